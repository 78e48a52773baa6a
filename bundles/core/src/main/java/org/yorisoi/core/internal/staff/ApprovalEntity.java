package org.yorisoi.core.internal.staff;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.staff.ApprovalRecord;

/** An approved exception for a person under a contract. */
@Entity
@Table(name = "YS_APPROVAL", indexes = @Index(name = "YS_APPROVAL_PERSON", columnList = "PERSON_ID"))
@NamedQuery(name = ApprovalEntity.BY_PERSON, query = "SELECT a FROM ApprovalEntity a"
        + " WHERE a.personId = :personId ORDER BY a.recordedMillis, a.id")
public class ApprovalEntity {

    static final String BY_PERSON = "Approval.byPerson";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "APPROVAL_KIND", nullable = false, length = 100)
    String approvalKind;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "APPROVED_BY", nullable = false, length = 200)
    String approvedBy;

    @Column(name = "APPROVED_MILLIS", nullable = false)
    long approvedMillis;

    @Column(name = "NOTE", length = 1000)
    String note;

    @Column(name = "RECORDED_MILLIS", nullable = false)
    long recordedMillis;

    protected ApprovalEntity() {
    }

    ApprovalEntity(String id, ApprovalRecord approval, Instant now) {
        this.id = id;
        this.personId = approval.personId();
        this.approvalKind = approval.approvalKind();
        this.contractId = approval.contractId();
        this.approvedBy = approval.approvedBy();
        this.approvedMillis = approval.approvedAt().toEpochMilli();
        this.note = approval.note();
        this.recordedMillis = now.toEpochMilli();
    }

    ApprovalRecord toRecord() {
        return new ApprovalRecord(personId, approvalKind, contractId, approvedBy, Instant.ofEpochMilli(approvedMillis),
                note);
    }
}
