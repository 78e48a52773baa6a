package org.yorisoi.core.internal.emergency;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.emergency.LeadAlert;

/**
 * A lead alert. The table is also the out-box of the alert mails: {@code MAILED_AT} stays empty until the contract's
 * lead mailbox accepted the alert (or none is configured), so a restart loses no alert mail.
 */
@Entity
@Table(name = "YS_LEAD_ALERT", indexes = {
        @Index(name = "YS_LEAD_ALERT_CONTRACT", columnList = "CONTRACT_ID,AT_MILLIS"),
        @Index(name = "YS_LEAD_ALERT_MAIL", columnList = "MAIL_PENDING")})
@NamedQuery(name = LeadAlertEntity.OF_CONTRACT, query = "SELECT a FROM LeadAlertEntity a"
        + " WHERE a.contractId = :contractId ORDER BY a.atMillis DESC, a.id")
@NamedQuery(name = LeadAlertEntity.MAIL_PENDING, query = "SELECT a FROM LeadAlertEntity a"
        + " WHERE a.mailPending = TRUE ORDER BY a.atMillis")
public class LeadAlertEntity {

    static final String OF_CONTRACT = "LeadAlert.ofContract";
    static final String MAIL_PENDING = "LeadAlert.mailPending";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "KIND", nullable = false, length = 32)
    String kind;

    @Column(name = "CASE_ID", length = 36)
    String caseId;

    @Column(name = "CONVERSATION_ID", length = 36)
    String conversationId;

    @Column(name = "STEP_INDEX", nullable = false)
    int stepIndex;

    @Column(name = "NOTICE_ID", length = 36)
    String noticeId;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Column(name = "SEEN_AT")
    Long seenAt;

    @Column(name = "SEEN_BY", length = 64)
    String seenBy;

    @Column(name = "MAIL_PENDING", nullable = false)
    boolean mailPending;

    @Column(name = "MAIL_ATTEMPTS", nullable = false)
    int mailAttempts;

    @Column(name = "MAIL_NEXT_AT")
    Long mailNextAt;

    protected LeadAlertEntity() {
    }

    LeadAlertEntity(String contractId, LeadAlert.Kind kind, String caseId, String conversationId, int stepIndex,
                    String noticeId, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.contractId = contractId;
        this.kind = kind.name();
        this.caseId = caseId;
        this.conversationId = conversationId;
        this.stepIndex = stepIndex;
        this.noticeId = noticeId;
        this.atMillis = at.toEpochMilli();
        this.mailPending = true;
    }

    /** The alert raised by a high-risk message, before any case exists. */
    public static LeadAlertEntity highRiskMessage(String contractId, String conversationId, Instant at) {
        return new LeadAlertEntity(contractId, LeadAlert.Kind.HIGH_RISK_MESSAGE, null, conversationId, -1, null, at);
    }

    public String id() {
        return id;
    }

    LeadAlert toRecord() {
        return new LeadAlert(id, contractId, LeadAlert.Kind.valueOf(kind), caseId, conversationId, stepIndex, noticeId,
                Instant.ofEpochMilli(atMillis), seenAt == null ? null : Instant.ofEpochMilli(seenAt), seenBy);
    }
}
