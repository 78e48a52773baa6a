package org.yorisoi.chat;

import java.time.Duration;

/**
 * A waiting conversation in a contract's queue. The queue is ordered by risk (highest first), then by waiting time.
 *
 * @param conversation the conversation
 * @param position 1 for the first to be answered
 * @param waiting since its first message
 */
public record QueueEntry(Conversation conversation, int position, Duration waiting) {
}
