package org.yorisoi.core.internal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Counting failed logins and locking: {@code maxFailures} failures within {@code window} of the first one lock the
 * account for {@code lockout}. A failure after the window (or after a lock ran out) starts a new count.
 */
final class LockoutRules {

    /**
     * The failure state of an account.
     *
     * @param failures failures counted since {@code firstFailureAt}
     * @param firstFailureAt first failure of the current window, or null
     * @param lockedUntil end of the lock, or null; a past value means the lock has run out
     */
    record FailureState(int failures, Instant firstFailureAt, Instant lockedUntil) {
        static final FailureState NONE = new FailureState(0, null, null);
    }

    private LockoutRules() {
    }

    static boolean isLocked(FailureState state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failure at {@code now}. */
    static FailureState afterFailure(FailureState state, Instant now, int maxFailures, Duration window,
                                     Duration lockout) {
        if (isLocked(state, now)) {
            // the password is not even checked while locked; should a failure still arrive, it must not
            // extend the lock, or an attacker could keep a person out for ever
            return state;
        }
        boolean lockRanOut = state.lockedUntil() != null;
        boolean windowOver = state.firstFailureAt() == null || !now.isBefore(state.firstFailureAt().plus(window));
        if (lockRanOut || windowOver) {
            return countFrom(1, now, maxFailures, lockout);
        }
        return new FailureState(state.failures() + 1, state.firstFailureAt(),
                state.failures() + 1 >= maxFailures ? now.plus(lockout) : null);
    }

    private static FailureState countFrom(int failures, Instant now, int maxFailures, Duration lockout) {
        return new FailureState(failures, now, failures >= maxFailures ? now.plus(lockout) : null);
    }

    /** Failures that still count at {@code now}: those of a live lock, or of the current window. */
    static int recentFailures(FailureState state, Instant now, Duration window) {
        if (isLocked(state, now)) {
            return state.failures();
        }
        if (state.lockedUntil() != null || state.firstFailureAt() == null
                || !now.isBefore(state.firstFailureAt().plus(window))) {
            return 0;
        }
        return state.failures();
    }
}
