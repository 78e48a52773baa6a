package org.yorisoi.emergency;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice of a case to one recipient's destination, and what became of it.
 *
 * @param id the notice id, in the acknowledgement link
 * @param stepIndex the step that sent it
 * @param recipientId the recipient (contract bundle id, e.g. {@code kyoto-city-board})
 * @param recipientNameJa the recipient's name, e.g. 京都市教育委員会
 * @param channel {@code EMAIL} or {@code WEBHOOK}
 * @param address where it went (mail address or webhook URL)
 * @param attempts how many times it was sent (first sending, retries after failures, re-notifications)
 * @param firstSentAt the first attempt, or null before it
 * @param lastSentAt the latest attempt, or null before it
 * @param delivered whether the latest attempt was accepted by the receiving server
 * @param lastDetail the receiving server's answer to the latest attempt (status and reason, no content)
 * @param acknowledgeBy when it must be acknowledged by (the contract's time), or null when no acknowledgement is
 *                      asked for
 * @param acknowledgedAt when the recipient acknowledged it, or null
 * @param renotifiedAt when it was last sent again for want of an acknowledgement, or null
 */
public record CaseNotice(String id, int stepIndex, String recipientId, String recipientNameJa, String channel,
                         String address, int attempts, Instant firstSentAt, Instant lastSentAt, boolean delivered,
                         String lastDetail, Instant acknowledgeBy, Instant acknowledgedAt, Instant renotifiedAt) {
    public CaseNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
