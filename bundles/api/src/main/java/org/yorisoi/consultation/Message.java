package org.yorisoi.consultation;

import java.time.Instant;
import java.util.Objects;

/**
 * A message of a consultation, decrypted.
 *
 * @param id random UUID
 * @param consultationId the consultation
 * @param seq 1, 2, ... within the consultation
 * @param sender who wrote it
 * @param authorId the person id of the counselor who wrote it, or null
 * @param at when it was stored
 * @param text the message text: the most sensitive data the platform holds
 */
public record Message(String id, String consultationId, int seq, Sender sender, String authorId, Instant at,
                      String text) {
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    /** Never the text. */
    @Override
    public String toString() {
        return "Message[id=" + id + ", consultation=" + consultationId + ", seq=" + seq + ", sender=" + sender + "]";
    }
}
