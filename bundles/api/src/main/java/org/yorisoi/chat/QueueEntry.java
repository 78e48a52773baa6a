package org.yorisoi.chat;

import java.time.Duration;

/**
 * A waiting conversation in a contract's queue.
 *
 * @param conversation the conversation
 * @param position 1 for the longest waiting
 * @param waiting since its first message
 */
public record QueueEntry(Conversation conversation, int position, Duration waiting) {
}
