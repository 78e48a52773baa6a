package org.yorisoi.chat;

import java.util.List;
import java.util.Objects;

import org.yorisoi.consultation.Message;

/**
 * What became of an inbound message: it is stored (committed) and these automatic replies were stored after it,
 * to be delivered by the channel that received it.
 *
 * @param conversation the conversation after the message
 * @param stored the inbound message as stored, or null when the conversation was only opened
 * @param replies automatic replies (out of hours with the next opening, busy with the queue position, closing
 *                notice outside the term), already stored as SYSTEM messages; empty when none is due
 * @param situation why the replies are what they are
 * @param queuePosition 1-based position in the queue when waiting in staffed hours, else 0
 */
public record IntakeResult(Conversation conversation, Message stored, List<Message> replies, Situation situation,
                           int queuePosition) {
    public IntakeResult {
        Objects.requireNonNull(conversation, "conversation");
        replies = List.copyOf(replies);
        Objects.requireNonNull(situation, "situation");
    }

    /** The service's situation at the time of the message. */
    public enum Situation {
        /** A counselor holds the conversation. */
        ANSWERED,
        /** Staffed hours, waiting for a free counselor. */
        QUEUED,
        /** Staffed hours but every counselor on duty is at capacity. */
        BUSY,
        /** Outside staffed hours: automatic reply, call-back list. */
        OUT_OF_HOURS,
        /** Outside the contract's term: closing notice. */
        OUTSIDE_TERM
    }
}
