package org.yorisoi.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.contract.spi.Channel;

/**
 * Stores consultations and their messages, message texts encrypted with the contract's key. Does not check
 * permissions: callers (REST resources, commands, channels) do.
 *
 * @throws IllegalArgumentException for an unknown consultation or invalid input; the message names ids only
 * @throws IllegalStateException when the contract's data has been erased and its key destroyed (for reads of
 *         data written before)
 */
@ProviderType
public interface ConsultationStore {

    Consultation open(String contractId, Channel channel, Map<String, String> attributes);

    /** Appends a message; refused for a closed consultation. */
    Message append(String consultationId, Sender sender, String authorId, String text);

    /** Closes a consultation; closing a closed one changes nothing. */
    Consultation close(String consultationId);

    Optional<Consultation> find(String consultationId);

    /** The contract's consultations opened in {@code from}..{@code to} (end exclusive), oldest first. */
    List<Consultation> list(String contractId, Instant from, Instant to, int limit);

    /** The messages of a consultation, decrypted, in order. */
    List<Message> messages(String consultationId);
}
