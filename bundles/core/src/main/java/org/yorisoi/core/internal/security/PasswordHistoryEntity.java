package org.yorisoi.core.internal.security;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** One password a person had (its hash), kept so that recent ones are not reused. SET_AT is epoch milliseconds. */
@Entity
@Table(name = "YS_PASSWORD_HISTORY", indexes = @Index(name = "YS_PASSWORD_HISTORY_PERSON", columnList = "PERSON_ID,SET_AT"))
@NamedQuery(name = PasswordHistoryEntity.BY_PERSON, query = "SELECT h FROM PasswordHistoryEntity h"
        + " WHERE h.personId = :personId ORDER BY h.setAt DESC, h.id")
public class PasswordHistoryEntity {

    static final String BY_PERSON = "PasswordHistory.byPerson";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 255)
    String passwordHash;

    @Column(name = "SET_AT", nullable = false)
    long setAt;

    protected PasswordHistoryEntity() {
    }

    PasswordHistoryEntity(String id, String personId, String passwordHash, long setAt) {
        this.id = id;
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.setAt = setAt;
    }
}
