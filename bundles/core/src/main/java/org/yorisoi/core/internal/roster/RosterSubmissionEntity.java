package org.yorisoi.core.internal.roster;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.staff.RosterSubmission;

/** That a contract's roster was submitted; its rows are {@link RosterSubmissionRowEntity}. Rows are only inserted. */
@Entity
@Table(name = "YS_ROSTER_SUBMISSION", indexes = @Index(name = "YS_ROSTER_SUBMISSION_CONTRACT", columnList = "CONTRACT_ID,ID"))
@NamedQuery(name = RosterSubmissionEntity.BY_CONTRACT, query = "SELECT s FROM RosterSubmissionEntity s"
        + " WHERE s.contractId = :contractId ORDER BY s.id DESC")
public class RosterSubmissionEntity {

    static final String BY_CONTRACT = "RosterSubmission.byContract";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "SUBMITTED_MILLIS", nullable = false)
    long submittedMillis;

    @Column(name = "SUBMITTED_BY", nullable = false, length = 100)
    String submittedBy;

    @Column(name = "PERSONS", nullable = false)
    int persons;

    @Column(name = "ADDED", nullable = false)
    int added;

    @Column(name = "CHANGED", nullable = false)
    int changed;

    @Column(name = "REMOVED", nullable = false)
    int removed;

    protected RosterSubmissionEntity() {
    }

    RosterSubmissionEntity(String contractId, Instant at, String submittedBy, int persons, int added, int changed,
                           int removed) {
        this.contractId = contractId;
        this.submittedMillis = at.toEpochMilli();
        this.submittedBy = submittedBy;
        this.persons = persons;
        this.added = added;
        this.changed = changed;
        this.removed = removed;
    }

    RosterSubmission toRecord() {
        return new RosterSubmission(id, contractId, Instant.ofEpochMilli(submittedMillis), submittedBy, persons, added,
                changed, removed);
    }
}
