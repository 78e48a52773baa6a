package org.yorisoi.chat;

/** Where a conversation stands. */
public enum ConversationState {
    /** Waiting for a counselor (in the queue, or out of hours on the call-back list). */
    WAITING,
    /** A counselor has claimed it. */
    ACTIVE,
    /** Closed with its record. */
    CLOSED
}
