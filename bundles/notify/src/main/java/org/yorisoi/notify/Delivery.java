package org.yorisoi.notify;

import java.time.Instant;

/**
 * The outcome of one attempt to deliver a notice.
 *
 * @param noticeId  the notice
 * @param kind      the channel used
 * @param delivered true once the receiving server accepted the notice (SMTP 250 after DATA, HTTP 2xx)
 * @param at        when the outcome was known
 * @param detail    the SMTP reply code or HTTP status and a short reason; never the notice's content
 */
public record Delivery(String noticeId, Destination.Kind kind, boolean delivered, Instant at, String detail) {
}
