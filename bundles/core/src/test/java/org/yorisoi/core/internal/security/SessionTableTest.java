package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.core.internal.security.SessionTable.Entry;
import org.yorisoi.core.internal.security.SessionTable.Idle;
import org.yorisoi.core.internal.security.SessionTable.Live;
import org.yorisoi.core.internal.security.SessionTable.Lookup;
import org.yorisoi.core.internal.security.SessionTable.Unknown;

public class SessionTableTest {

    private static final Duration IDLE = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    private final SessionTable table = new SessionTable();

    @Test
    public void tokenIs256RandomBitsInUrlSafeBase64WithoutPadding() {
        String token = SessionTable.newToken();

        assertTrue(token.matches("[A-Za-z0-9_-]{43}"));
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    }

    @Test
    public void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(SessionTable.newToken());
        }
        assertEquals(10_000, tokens.size());
    }

    @Test
    public void useWithinTheIdleTimeOutKeepsTheSessionAndRestartsTheTimeOut() {
        Entry opened = table.open("p1", "tanaka", T0);

        Lookup first = table.touch(opened.token(), T0.plus(Duration.ofMinutes(14)), IDLE);
        Lookup second = table.touch(opened.token(), T0.plus(Duration.ofMinutes(28)), IDLE);

        assertTrue(first instanceof Live);
        assertTrue(second instanceof Live);
        Entry entry = ((Live) second).entry();
        assertEquals(T0.plus(Duration.ofMinutes(28)), entry.lastUsed());
        assertEquals(T0, entry.createdAt());
        assertEquals(T0.plus(Duration.ofMinutes(43)), entry.expiresAt(IDLE));
    }

    @Test
    public void sessionIdleLongerThanTheTimeOutEndsAtItsNextUse() {
        Entry opened = table.open("p1", "tanaka", T0);

        Lookup atTheLimit = table.touch(opened.token(), T0.plus(IDLE), IDLE);
        Lookup tooLate = table.touch(opened.token(), T0.plus(IDLE).plus(IDLE).plusMillis(1), IDLE);
        Lookup afterwards = table.touch(opened.token(), T0.plus(IDLE).plus(IDLE).plusMillis(2), IDLE);

        assertTrue("exactly the time-out is not longer than it", atTheLimit instanceof Live);
        assertTrue(tooLate instanceof Idle);
        assertEquals("p1", ((Idle) tooLate).entry().personId());
        assertTrue("an ended session stays ended", afterwards instanceof Unknown);
        assertEquals(0, table.size());
    }

    @Test
    public void aShorterTimeOutAppliesToLiveSessionsAtOnce() {
        Entry opened = table.open("p1", "tanaka", T0);

        assertTrue(table.touch(opened.token(), T0.plusSeconds(3), Duration.ofSeconds(2)) instanceof Idle);
    }

    @Test
    public void sweepEndsOnlyIdleSessions() {
        Entry idle = table.open("p1", "tanaka", T0);
        Entry busy = table.open("p2", "sato", T0);
        table.touch(busy.token(), T0.plus(Duration.ofMinutes(10)), IDLE);

        List<Entry> swept = table.removeIdle(T0.plus(Duration.ofMinutes(16)), IDLE);

        assertEquals(List.of(idle.token()), swept.stream().map(Entry::token).toList());
        assertTrue(table.touch(busy.token(), T0.plus(Duration.ofMinutes(16)), IDLE) instanceof Live);
        assertTrue(table.touch(idle.token(), T0.plus(Duration.ofMinutes(16)), IDLE) instanceof Unknown);
    }

    @Test
    public void removeAllEndsEverySessionOfThePersonOnly() {
        table.open("p1", "tanaka", T0);
        table.open("p1", "tanaka", T0.plusSeconds(1));
        Entry other = table.open("p2", "sato", T0);

        assertEquals(2, table.removeAll("p1").size());
        assertEquals(1, table.size());
        assertTrue(table.touch(other.token(), T0.plusSeconds(2), IDLE) instanceof Live);
    }

    @Test
    public void closedOrUnknownTokensFindNothing() {
        Entry opened = table.open("p1", "tanaka", T0);

        assertEquals(opened, table.remove(opened.token()).orElseThrow());
        assertTrue(table.remove(opened.token()).isEmpty());
        assertTrue(table.touch(opened.token(), T0, IDLE) instanceof Unknown);
        assertTrue(table.touch(null, T0, IDLE) instanceof Unknown);
        assertTrue(table.touch(SessionTable.newToken(), T0, IDLE) instanceof Unknown);
    }
}
