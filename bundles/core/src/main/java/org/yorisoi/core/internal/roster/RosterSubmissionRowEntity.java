package org.yorisoi.core.internal.roster;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * One person on a submitted roster: the fingerprint of the row as submitted, and the names, which a later roster
 * reports when the person is removed. The row's content itself is not kept: it stays in the staff directory.
 */
@Entity
@Table(name = "YS_ROSTER_SUBMISSION_ROW",
        indexes = @Index(name = "YS_ROSTER_SUBMISSION_ROW_SUB", columnList = "SUBMISSION_ID"))
@NamedQuery(name = RosterSubmissionRowEntity.BY_SUBMISSION, query = "SELECT r FROM RosterSubmissionRowEntity r"
        + " WHERE r.submissionId = :submissionId ORDER BY r.id")
public class RosterSubmissionRowEntity {

    static final String BY_SUBMISSION = "RosterSubmissionRow.bySubmission";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SUBMISSION_ID", nullable = false)
    long submissionId;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "LOGIN_NAME", nullable = false, length = 64)
    String loginName;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    String displayName;

    @Column(name = "FINGERPRINT", nullable = false, length = 64)
    String fingerprint;

    protected RosterSubmissionRowEntity() {
    }

    RosterSubmissionRowEntity(long submissionId, String personId, String loginName, String displayName,
                              String fingerprint) {
        this.submissionId = submissionId;
        this.personId = personId;
        this.loginName = loginName;
        this.displayName = displayName;
        this.fingerprint = fingerprint;
    }

    RosterMarking.Submitted toSubmitted() {
        return new RosterMarking.Submitted(personId, loginName, displayName, fingerprint);
    }
}
