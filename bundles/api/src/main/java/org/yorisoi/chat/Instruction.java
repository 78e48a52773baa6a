package org.yorisoi.chat;

import java.time.Instant;

/**
 * A municipality-directed message (Asahikawa 7(2)オ): a municipal user records what the consulter should be told; a
 * counselor sends it. Both steps are kept and audited.
 *
 * @param id random UUID
 * @param conversationId the thread
 * @param contractId the contract
 * @param authorId the municipal user's person id
 * @param at when recorded
 * @param text the message to send (encrypted at rest)
 * @param sentAt when a counselor sent it, or null
 * @param sentBy who sent it, or null
 * @param messageId the message it became, or null
 */
public record Instruction(String id, String conversationId, String contractId, String authorId, Instant at, String text,
                          Instant sentAt, String sentBy, String messageId) {
    @Override
    public String toString() {
        return "Instruction[" + id + "]";
    }
}
