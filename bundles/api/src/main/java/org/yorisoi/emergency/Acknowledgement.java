package org.yorisoi.emergency;

import java.time.Instant;

/**
 * What the recipient of a notice sees on the acknowledgement page: enough to know which notice it is, nothing of
 * the consultation.
 *
 * @param noticeId the notice
 * @param caseId the case
 * @param contractNameJa the contract's name
 * @param recipientNameJa who it was sent to
 * @param emergency true for an emergency, false for information sharing
 * @param sentAt when it was first sent
 * @param acknowledgedAt when it was acknowledged, or null while it is not
 */
public record Acknowledgement(String noticeId, String caseId, String contractNameJa, String recipientNameJa,
                              boolean emergency, Instant sentAt, Instant acknowledgedAt) {
}
