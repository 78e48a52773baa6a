package org.yorisoi.emergency;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a contract's lead must look at now: shown on the lead's board and mailed to the contract's lead
 * address when one is configured.
 *
 * @param id the alert id
 * @param contractId the contract
 * @param kind what happened
 * @param caseId the case, or null (a high-risk message before any case)
 * @param conversationId the conversation
 * @param stepIndex the step concerned, or -1
 * @param noticeId the notice concerned, or null
 * @param at when it was raised
 * @param seenAt when a lead marked it seen, or null
 * @param seenBy who, or null
 */
public record LeadAlert(String id, String contractId, Kind kind, String caseId, String conversationId, int stepIndex,
                        String noticeId, Instant at, Instant seenAt, String seenBy) {
    public LeadAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** The kinds of alert. */
    public enum Kind {
        /** A consulter's message was assessed as high risk. */
        HIGH_RISK_MESSAGE,
        /** A notice was not acknowledged in the contract's time; it was sent again. */
        NOTICE_UNACKNOWLEDGED,
        /** A notice could not be delivered (server down, address refused); it is being retried. */
        NOTICE_UNDELIVERED,
        /** A step with a later deadline (e.g. 09:00 the next day) is due soon and not done: the reminder. */
        STEP_DUE_SOON,
        /** A step passed its due time without being done. */
        STEP_OVERDUE,
        /** No recipient address is configured for a routed recipient: nobody can be notified. */
        RECIPIENT_UNCONFIGURED
    }
}
