package org.yorisoi.chat;

import java.util.Objects;

import org.yorisoi.risk.RiskHit;

/**
 * A risk detector's hit on a consulter's message, stored with the message and shown to the counselor.
 *
 * @param messageId the message
 * @param hit the lexicon entry found, with its offsets in the message text
 * @param lexiconVersion the lexicon version that found it
 */
public record RiskMark(String messageId, RiskHit hit, String lexiconVersion) {
    public RiskMark {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(hit, "hit");
    }
}
