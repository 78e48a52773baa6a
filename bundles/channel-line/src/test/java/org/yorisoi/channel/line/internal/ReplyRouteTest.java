package org.yorisoi.channel.line.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class ReplyRouteTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration VALIDITY = Duration.ofSeconds(50);

    @Test
    public void freshEventIsAnsweredWithItsReplyToken() {
        assertEquals(ReplyRoute.REPLY, ReplyRoute.of("token", NOW.minusSeconds(2), NOW, VALIDITY));
    }

    @Test
    public void eventOlderThanTheValidityIsAnsweredByPush() {
        assertEquals(ReplyRoute.PUSH, ReplyRoute.of("token", NOW.minusSeconds(50), NOW, VALIDITY));
        assertEquals(ReplyRoute.PUSH, ReplyRoute.of("token", NOW.minusSeconds(600), NOW, VALIDITY));
    }

    @Test
    public void justUnderTheValidityStillReplies() {
        assertEquals(ReplyRoute.REPLY, ReplyRoute.of("token", NOW.minusMillis(49_999), NOW, VALIDITY));
    }

    @Test
    public void eventWithoutReplyTokenIsAnsweredByPush() {
        assertEquals(ReplyRoute.PUSH, ReplyRoute.of(null, NOW, NOW, VALIDITY));
        assertEquals(ReplyRoute.PUSH, ReplyRoute.of("", NOW, NOW, VALIDITY));
    }

    @Test
    public void eventStampedSlightlyAheadOfOurClockStillReplies() {
        assertEquals(ReplyRoute.REPLY, ReplyRoute.of("token", NOW.plusSeconds(1), NOW, VALIDITY));
    }
}
