package org.yorisoi.core.internal.chat;

/**
 * Lets the case service put a staff-only {@code CASE} event into a conversation, so consoles showing it refresh the
 * case panel at once. Internal to the core bundle (the chat service registers under it too).
 */
public interface CaseSignals {

    /** Records and publishes a CASE event on the conversation; a closed conversation takes it too. */
    void caseChanged(String conversationId);
}
