package org.yorisoi.chat;

import java.time.Instant;

/**
 * An out-of-hours contact to call back in a staffed session (Kyoto 6(5)ア(イ) 呼びかけ).
 *
 * @param id random UUID
 * @param conversationId the conversation
 * @param contractId the contract
 * @param contactAt when the consulter wrote
 * @param dueBy the start of the staffed opening by which to call back (from the contract's calendar), or null
 * @param doneAt when a counselor called back, or null while open
 * @param doneBy who (person id), or null
 */
public record Callback(String id, String conversationId, String contractId, Instant contactAt, Instant dueBy,
                       Instant doneAt, String doneBy) {
    public boolean open() {
        return doneAt == null;
    }
}
