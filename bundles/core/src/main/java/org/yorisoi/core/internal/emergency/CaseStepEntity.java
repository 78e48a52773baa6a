package org.yorisoi.core.internal.emergency;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * A step of a case, copied from the contract's escalation rule when the case opened (a later version of the contract
 * does not change an open case's duties). The record of what was done is ciphertext under the contract's key.
 */
@Entity
@Table(name = "YS_CASE_STEP", indexes = {
        @Index(name = "YS_CASE_STEP_CASE", columnList = "CASE_ID,STEP_INDEX"),
        @Index(name = "YS_CASE_STEP_DUE", columnList = "DONE_AT,DUE_AT")})
@NamedQuery(name = CaseStepEntity.OF_CASE, query = "SELECT s FROM CaseStepEntity s WHERE s.caseId = :caseId"
        + " ORDER BY s.index")
@NamedQuery(name = CaseStepEntity.TO_WATCH, query = "SELECT s FROM CaseStepEntity s WHERE s.doneAt IS NULL"
        + " AND s.overdueAlerted = FALSE ORDER BY s.dueAt")
class CaseStepEntity {

    static final String OF_CASE = "CaseStep.ofCase";
    static final String TO_WATCH = "CaseStep.toWatch";

    /** {@code <caseId>#<index>}. */
    @Id
    @Column(name = "ID", length = 48)
    String id;

    @Column(name = "CASE_ID", nullable = false, length = 36)
    String caseId;

    @Column(name = "STEP_INDEX", nullable = false)
    int index;

    @Column(name = "KIND", nullable = false, length = 32)
    String kind;

    @Column(name = "ROUTE_BY", length = 32)
    String routeBy;

    @Column(name = "DESCRIPTION_JA", nullable = false, length = 2000)
    String descriptionJa;

    @Column(name = "CLAUSE", nullable = false, length = 200)
    String clause;

    @Column(name = "NEEDS_CONSENT", nullable = false)
    boolean needsConsent;

    @Column(name = "AUTOMATIC", nullable = false)
    boolean automatic;

    /** Comma-separated recipient ids. */
    @Column(name = "RECIPIENT_IDS", length = 1000)
    String recipientIds;

    /** Acknowledgement window of the step's notices in seconds; null when none is asked. */
    @Column(name = "ACK_SECONDS")
    Long acknowledgeSeconds;

    @Column(name = "OWNER_ID", length = 64)
    String ownerId;

    @Column(name = "DUE_AT", nullable = false)
    long dueAt;

    @Column(name = "DONE_AT")
    Long doneAt;

    @Column(name = "DONE_BY", length = 64)
    String doneBy;

    @Lob
    @Column(name = "RECORD_CIPHER")
    byte[] recordCipher;

    /** Whether the due-soon reminder was raised (once per step). */
    @Column(name = "REMINDED", nullable = false)
    boolean reminded;

    /** Whether the lead was alerted that the step is overdue (once per step). */
    @Column(name = "OVERDUE_ALERTED", nullable = false)
    boolean overdueAlerted;

    protected CaseStepEntity() {
    }

    static String id(String caseId, int index) {
        return caseId + "#" + index;
    }
}
