package org.yorisoi.core.internal.chat;

import org.yorisoi.risk.Severity;

import java.time.Instant;
import java.util.Map;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.contract.spi.Channel;

/**
 * The chat's view of a consultation (same id). {@code LAST_SEQ} is the number of its latest event: writers lock
 * this row and take the next number, so the numbers have no gaps. The record's texts are ciphertext under the
 * contract's key; {@code LAST_REPLY} remembers the situation of the latest automatic reply, so that one is not
 * repeated for every message.
 */
@Entity
@Table(name = "YS_CONVERSATION", indexes = {
        @Index(name = "YS_CONVERSATION_STATE", columnList = "CONTRACT_ID,STATE,OPENED_AT"),
        @Index(name = "YS_CONVERSATION_EXTERNAL", columnList = "CONTRACT_ID,CHANNEL,EXTERNAL_USER_ID")})
@NamedQuery(name = ConversationEntity.IN_STATE, query = "SELECT c FROM ConversationEntity c"
        + " WHERE c.contractId = :contractId AND c.state = :state ORDER BY c.openedAt, c.id")
@NamedQuery(name = ConversationEntity.COUNT_IN_STATE, query = "SELECT COUNT(c) FROM ConversationEntity c"
        + " WHERE c.contractId = :contractId AND c.state = :state")
@NamedQuery(name = ConversationEntity.HELD_BY, query = "SELECT c FROM ConversationEntity c"
        + " WHERE c.contractId = :contractId AND c.state = 'ACTIVE' AND c.counselorId = :counselorId"
        + " ORDER BY c.openedAt, c.id")
@NamedQuery(name = ConversationEntity.OF_EXTERNAL_USER, query = "SELECT c FROM ConversationEntity c"
        + " WHERE c.contractId = :contractId AND c.channel = :channel AND c.externalUserId = :externalUserId"
        + " AND c.state <> 'CLOSED' ORDER BY c.openedAt DESC")
class ConversationEntity {

    static final String IN_STATE = "Conversation.inState";
    static final String COUNT_IN_STATE = "Conversation.countInState";
    static final String HELD_BY = "Conversation.heldBy";
    static final String OF_EXTERNAL_USER = "Conversation.ofExternalUser";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "CHANNEL", nullable = false, length = 16)
    String channel;

    @Column(name = "STATE", nullable = false, length = 16)
    String state;

    @Column(name = "COUNSELOR_ID", length = 64)
    String counselorId;

    @Column(name = "CLIENT_TOKEN_HASH", length = 64)
    String clientTokenHash;

    @Column(name = "EXTERNAL_USER_ID", length = 128)
    String externalUserId;

    @Column(name = "OPENED_AT", nullable = false)
    long openedAt;

    @Column(name = "CLAIMED_AT")
    Long claimedAt;

    @Column(name = "CLOSED_AT")
    Long closedAt;

    @Column(name = "LAST_SEQ", nullable = false)
    long lastSeq;

    @Column(name = "MESSAGE_COUNT", nullable = false)
    int clientMessages;

    @Column(name = "LAST_REPLY", length = 16)
    String lastReply;

    /** The open call-back, kept here so that intake never scans YS_CALLBACK while holding this row's lock. */
    @Column(name = "OPEN_CALLBACK_ID", length = 36)
    String openCallbackId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "MAIN_COMPLAINT", length = 64 * 1024)
    byte[] mainComplaint;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "ADVICE", length = 64 * 1024)
    byte[] advice;

    @Column(name = "CATEGORY", length = 32)
    String category;

    @Column(name = "URGENCY", length = 16)
    String urgency;

    @Column(name = "RECORD_ATTRIBUTES", length = 2000)
    String recordAttributes;

    @Column(name = "CLOSED_BY", length = 64)
    String closedBy;

    /** The highest counted risk of the consulter's messages ({@link Severity} ordinal); null before any was found. */
    @Column(name = "RISK_LEVEL")
    Integer riskLevel;

    protected ConversationEntity() {
    }

    ConversationEntity(String id, String contractId, Channel channel, Instant openedAt) {
        this.id = id;
        this.contractId = contractId;
        this.channel = channel.name();
        this.state = ConversationState.WAITING.name();
        this.openedAt = openedAt.toEpochMilli();
    }

    Severity risk() {
        return riskLevel == null ? Severity.NONE : Severity.values()[riskLevel];
    }

    /** Raises the conversation's risk to {@code severity} when that is higher; never lowers it. */
    void raiseRisk(Severity severity) {
        if (severity.compareTo(risk()) > 0) {
            riskLevel = severity.ordinal();
        }
    }

    /** The queue's order: highest risk first, then longest waiting. */
    static final java.util.Comparator<ConversationEntity> QUEUE_ORDER =
            java.util.Comparator.comparing(ConversationEntity::risk).reversed()
                    .thenComparingLong((ConversationEntity c) -> c.openedAt).thenComparing(c -> c.id);

    ConversationState state() {
        return ConversationState.valueOf(state);
    }

    Conversation toRecord(Map<String, String> attributes) {
        return new Conversation(id, contractId, Channel.valueOf(channel), state(), counselorId, attributes,
                Instant.ofEpochMilli(openedAt), claimedAt == null ? null : Instant.ofEpochMilli(claimedAt),
                closedAt == null ? null : Instant.ofEpochMilli(closedAt), lastSeq, risk());
    }

    @Override
    public String toString() {
        return "ConversationEntity[" + id + " " + state + "]";
    }
}
