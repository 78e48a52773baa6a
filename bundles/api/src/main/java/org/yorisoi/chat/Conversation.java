package org.yorisoi.chat;

import org.yorisoi.risk.Severity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.yorisoi.contract.spi.Channel;

/**
 * A chat consultation as the chat sees it; its id is the consultation id of {@link org.yorisoi.consultation}.
 *
 * @param id the consultation id
 * @param contractId the contract
 * @param channel WEB or LINE
 * @param state where it stands
 * @param counselorId the person id of the counselor who holds it, or null
 * @param attributes the intake attributes
 * @param openedAt first message
 * @param claimedAt when a counselor first claimed it, or null
 * @param closedAt when it was closed, or null
 * @param lastSeq the sequence number of its latest event
 * @param risk the highest counted risk of the consulter's messages so far (never lowered); NONE when null is given
 */
public record Conversation(String id, String contractId, Channel channel, ConversationState state, String counselorId,
                           Map<String, String> attributes, Instant openedAt, Instant claimedAt, Instant closedAt,
                           long lastSeq, Severity risk) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(openedAt, "openedAt");
        risk = risk == null ? Severity.NONE : risk;
    }
}
