package org.yorisoi.core.internal.chat;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.chat.RiskMark;
import org.yorisoi.risk.Category;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

/**
 * A risk detector's hit on a consulter's message: the lexicon entry and the offsets, never the matched words, so the
 * row says where to look without copying what was written.
 */
@Entity
@Table(name = "YS_RISK_MARK", indexes = @Index(name = "YS_RISK_MARK_CONVERSATION", columnList = "CONVERSATION_ID,AT_MILLIS"))
@NamedQuery(name = RiskMarkEntity.OF_CONVERSATION, query = "SELECT m FROM RiskMarkEntity m"
        + " WHERE m.conversationId = :conversationId ORDER BY m.atMillis, m.messageId, m.startOffset")
class RiskMarkEntity {

    static final String OF_CONVERSATION = "RiskMark.ofConversation";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "MESSAGE_ID", nullable = false, length = 36)
    String messageId;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Column(name = "ENTRY_ID", nullable = false, length = 64)
    String entryId;

    @Column(name = "CATEGORY", nullable = false, length = 32)
    String category;

    @Column(name = "SEVERITY", nullable = false, length = 8)
    String severity;

    @Column(name = "START_OFFSET", nullable = false)
    int startOffset;

    @Column(name = "END_OFFSET", nullable = false)
    int endOffset;

    @Column(name = "NEGATED", nullable = false)
    boolean negated;

    @Column(name = "REPORTED", nullable = false)
    boolean reported;

    @Column(name = "LEXICON_VERSION", length = 32)
    String lexiconVersion;

    protected RiskMarkEntity() {
    }

    RiskMarkEntity(String id, String conversationId, String messageId, long atMillis, RiskHit hit, String lexiconVersion) {
        this.id = id;
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.atMillis = atMillis;
        this.entryId = hit.entryId();
        this.category = hit.category().name();
        this.severity = hit.severity().name();
        this.startOffset = hit.start();
        this.endOffset = hit.end();
        this.negated = hit.negated();
        this.reported = hit.reported();
        this.lexiconVersion = lexiconVersion;
    }

    RiskMark toRecord() {
        return new RiskMark(messageId, new RiskHit(entryId, Category.valueOf(category), Severity.valueOf(severity),
                startOffset, endOffset, negated, reported), lexiconVersion);
    }
}
