package org.yorisoi.chat;

import java.time.Instant;
import java.util.Objects;

import org.yorisoi.consultation.Message;

/**
 * Something that happened in a conversation, numbered 1, 2, ... per conversation without gaps.
 *
 * @param conversationId the conversation
 * @param seq the event's number in the conversation
 * @param kind what happened
 * @param at when
 * @param message for {@link Kind#MESSAGE}: the message (any sender); otherwise null
 * @param counselorId for CLAIMED and TRANSFERRED: the counselor who holds it now; otherwise null
 * @param visibleToClient false for events only staff may see (notes, instructions)
 */
public record ChatEvent(String conversationId, long seq, Kind kind, Instant at, Message message, String counselorId,
                        boolean visibleToClient) {

    public ChatEvent {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** The kinds of event. */
    public enum Kind {
        /** A message from the consulter, a counselor, the AI or the platform (automatic replies). */
        MESSAGE,
        /** A counselor claimed the conversation. */
        CLAIMED,
        /** The conversation passed to another counselor. */
        TRANSFERRED,
        /** A lead left a note for the counselor (staff only). */
        NOTE,
        /** A municipality recorded an instruction for the thread (staff only). */
        INSTRUCTION,
        /** Closed. */
        CLOSED,
        /** The risk detector found risk in a consulter's message (staff only; {@code message} is that message). */
        RISK,
        /** A case was opened or changed on the conversation (staff only). */
        CASE
    }

    /** Never the message text. */
    @Override
    public String toString() {
        return "ChatEvent[" + conversationId + "#" + seq + " " + kind + "]";
    }
}
