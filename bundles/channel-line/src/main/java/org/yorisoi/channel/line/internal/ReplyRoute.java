package org.yorisoi.channel.line.internal;

import java.time.Duration;
import java.time.Instant;

/** How an answer to an event goes out: with the event's reply token while it is still good, else by push. */
enum ReplyRoute {
    REPLY,
    PUSH;

    /**
     * LINE accepts a reply token for about a minute after the event; the validity configured is kept below that so
     * that a reply sent at the edge is not refused, and the event's own timestamp is used (not the arrival time)
     * because a redelivered event arrives late with its original timestamp.
     */
    static ReplyRoute of(String replyToken, Instant eventTime, Instant now, Duration validity) {
        if (replyToken == null || replyToken.isBlank() || eventTime == null) {
            return PUSH;
        }
        Duration age = Duration.between(eventTime, now);
        return age.compareTo(validity) < 0 ? REPLY : PUSH;
    }
}
