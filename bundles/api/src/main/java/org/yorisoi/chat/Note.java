package org.yorisoi.chat;

import java.time.Instant;

/**
 * A lead's note to the counselor of a conversation; staff only, never shown to the consulter.
 *
 * @param id random UUID
 * @param conversationId the conversation
 * @param authorId the lead's person id
 * @param at when
 * @param text the note (sensitive: encrypted at rest like messages)
 */
public record Note(String id, String conversationId, String authorId, Instant at, String text) {
    @Override
    public String toString() {
        return "Note[" + id + "]";
    }
}
