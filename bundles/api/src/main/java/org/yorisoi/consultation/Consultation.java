package org.yorisoi.consultation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.yorisoi.contract.spi.Channel;

/**
 * One consultation (a conversation with one consulter).
 *
 * @param id random UUID
 * @param contractId the contract it came in under
 * @param channel how it came in
 * @param attributes the intake attributes (codes from the contract's {@code Eligibility}, e.g.
 *                   {@code schoolType=PRIVATE}); they decide routing and who may see the consultation. Not content:
 *                   stored unencrypted
 * @param openedAt when it began
 * @param closedAt when it ended, or null while open
 */
public record Consultation(String id, String contractId, Channel channel, Map<String, String> attributes,
                           Instant openedAt, Instant closedAt) {
    public Consultation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(channel, "channel");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
