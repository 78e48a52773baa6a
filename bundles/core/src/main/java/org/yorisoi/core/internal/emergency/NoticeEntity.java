package org.yorisoi.core.internal.emergency;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * A notice of a case to one address of one recipient. Written before it is sent, so a crash between writing and
 * sending leaves a pending notice that the next check sends; the acknowledgement token is not stored: it is derived from the notice id under the contract's key.
 */
@Entity
@Table(name = "YS_NOTICE", indexes = {
        @Index(name = "YS_NOTICE_CASE", columnList = "CASE_ID"),
        @Index(name = "YS_NOTICE_PENDING", columnList = "CLOSED,NEXT_AT")})
@NamedQuery(name = NoticeEntity.OF_CASE, query = "SELECT n FROM NoticeEntity n WHERE n.caseId = :caseId"
        + " ORDER BY n.stepIndex, n.recipientId, n.address")
@NamedQuery(name = NoticeEntity.DUE, query = "SELECT n FROM NoticeEntity n WHERE n.closed = FALSE"
        + " AND n.nextAt <= :now ORDER BY n.nextAt")
class NoticeEntity {

    static final String OF_CASE = "Notice.ofCase";
    static final String DUE = "Notice.due";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CASE_ID", nullable = false, length = 36)
    String caseId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "STEP_INDEX", nullable = false)
    int stepIndex;

    @Column(name = "RECIPIENT_ID", nullable = false, length = 64)
    String recipientId;

    @Column(name = "CHANNEL", nullable = false, length = 16)
    String channel;

    @Column(name = "ADDRESS", nullable = false, length = 500)
    String address;

    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;

    @Column(name = "FIRST_SENT_AT")
    Long firstSentAt;

    @Column(name = "LAST_SENT_AT")
    Long lastSentAt;

    @Column(name = "DELIVERED", nullable = false)
    boolean delivered;

    @Column(name = "LAST_DETAIL", length = 300)
    String lastDetail;

    @Column(name = "ACK_SECONDS")
    Long acknowledgeSeconds;

    @Column(name = "ACK_BY")
    Long acknowledgeBy;

    @Column(name = "ACKNOWLEDGED_AT")
    Long acknowledgedAt;

    @Column(name = "RENOTIFIED_AT")
    Long renotifiedAt;

    /** Whether the lead was told this notice failed (once, until it is delivered). */
    @Column(name = "FAILURE_ALERTED", nullable = false)
    boolean failureAlerted;

    /** When the checker next looks at it (send, retry, re-notify); meaningless once closed. */
    @Column(name = "NEXT_AT", nullable = false)
    long nextAt;

    /** Nothing more to do: acknowledged, delivered without an acknowledgement asked, or its case closed. */
    @Column(name = "CLOSED", nullable = false)
    boolean closed;

    protected NoticeEntity() {
    }
}
