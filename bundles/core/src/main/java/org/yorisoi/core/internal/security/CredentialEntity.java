package org.yorisoi.core.internal.security;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.yorisoi.core.internal.security.LockoutRules.FailureState;

/**
 * A person's password and lockout state, apart from the person so that the staff directory never loads a hash.
 * Times are epoch milliseconds.
 */
@Entity
@Table(name = "YS_CREDENTIAL")
public class CredentialEntity {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    String personId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 255)
    String passwordHash;

    @Column(name = "CHANGED_AT", nullable = false)
    long changedAt;

    @Column(name = "MUST_CHANGE", nullable = false)
    boolean mustChange;

    @Column(name = "FAILURES", nullable = false)
    int failures;

    @Column(name = "FIRST_FAILURE_AT")
    Long firstFailureAt;

    @Column(name = "LOCKED_UNTIL")
    Long lockedUntil;

    protected CredentialEntity() {
    }

    CredentialEntity(String personId) {
        this.personId = personId;
    }

    Instant changed() {
        return Instant.ofEpochMilli(changedAt);
    }

    FailureState failureState() {
        return new FailureState(failures, firstFailureAt == null ? null : Instant.ofEpochMilli(firstFailureAt),
                lockedUntil == null ? null : Instant.ofEpochMilli(lockedUntil));
    }

    void failureState(FailureState state) {
        failures = state.failures();
        firstFailureAt = state.firstFailureAt() == null ? null : state.firstFailureAt().toEpochMilli();
        lockedUntil = state.lockedUntil() == null ? null : state.lockedUntil().toEpochMilli();
    }
}
