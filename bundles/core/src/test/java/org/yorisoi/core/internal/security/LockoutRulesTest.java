package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;
import org.yorisoi.core.internal.security.LockoutRules.FailureState;

public class LockoutRulesTest {

    private static final int MAX = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private static FailureState fail(FailureState state, Instant at) {
        return LockoutRules.afterFailure(state, at, MAX, WINDOW, LOCKOUT);
    }

    private static FailureState failures(int count, Duration apart) {
        FailureState state = FailureState.NONE;
        for (int i = 0; i < count; i++) {
            state = fail(state, T0.plus(apart.multipliedBy(i)));
        }
        return state;
    }

    @Test
    public void fiveFailuresWithinFifteenMinutesLockTheAccount() {
        FailureState state = failures(5, Duration.ofMinutes(3)); // last one at +12 min

        assertEquals(5, state.failures());
        assertEquals(T0.plus(Duration.ofMinutes(12)).plus(LOCKOUT), state.lockedUntil());
        assertTrue(LockoutRules.isLocked(state, T0.plus(Duration.ofMinutes(12))));
    }

    @Test
    public void fourFailuresDoNotLock() {
        FailureState state = failures(4, Duration.ofMinutes(1));

        assertEquals(4, state.failures());
        assertNull(state.lockedUntil());
        assertFalse(LockoutRules.isLocked(state, T0.plus(Duration.ofMinutes(4))));
    }

    @Test
    public void failuresFurtherApartThanTheWindowStartANewCount() {
        FailureState four = failures(4, Duration.ofMinutes(4)); // first at T0, last at +12 min
        FailureState fifth = fail(four, T0.plus(WINDOW)); // the window of T0 is over

        assertEquals(1, fifth.failures());
        assertEquals(T0.plus(WINDOW), fifth.firstFailureAt());
        assertFalse(LockoutRules.isLocked(fifth, T0.plus(WINDOW)));
    }

    @Test
    public void lockEndsAfterFifteenMinutes() {
        FailureState locked = failures(5, Duration.ofMinutes(1));
        Instant until = locked.lockedUntil();

        assertTrue(LockoutRules.isLocked(locked, until.minusMillis(1)));
        assertFalse(LockoutRules.isLocked(locked, until));
    }

    @Test
    public void failureWhileLockedDoesNotExtendTheLock() {
        FailureState locked = failures(5, Duration.ofMinutes(1));

        FailureState again = fail(locked, locked.lockedUntil().minusSeconds(1));

        assertEquals(locked, again);
    }

    @Test
    public void failureAfterTheLockRanOutStartsANewCount() {
        FailureState locked = failures(5, Duration.ofMinutes(1));
        Instant later = locked.lockedUntil().plusSeconds(1);

        FailureState next = fail(locked, later);

        assertEquals(new FailureState(1, later, null), next);
    }

    @Test
    public void oneFailureLocksWhenTheLimitIsOne() {
        FailureState state = LockoutRules.afterFailure(FailureState.NONE, T0, 1, WINDOW, LOCKOUT);

        assertEquals(T0.plus(LOCKOUT), state.lockedUntil());
    }

    @Test
    public void recentFailuresCountOnlyWithinTheWindowOrALiveLock() {
        FailureState three = failures(3, Duration.ofMinutes(1));
        FailureState locked = failures(5, Duration.ofMinutes(1));

        assertEquals(3, LockoutRules.recentFailures(three, T0.plus(Duration.ofMinutes(14)), WINDOW));
        assertEquals(0, LockoutRules.recentFailures(three, T0.plus(WINDOW), WINDOW));
        assertEquals(5, LockoutRules.recentFailures(locked, locked.lockedUntil().minusMillis(1), WINDOW));
        assertEquals(0, LockoutRules.recentFailures(locked, locked.lockedUntil(), WINDOW));
        assertEquals(0, LockoutRules.recentFailures(FailureState.NONE, T0, WINDOW));
    }
}
