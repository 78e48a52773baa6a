package org.yorisoi.core.internal.staff;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.yorisoi.staff.Person;

/**
 * A person of the staff directory. Every change to a person or what belongs to it (grants, qualifications, shifts)
 * increments the version, so that two concurrent changes to one person cannot both commit (e.g. two overlapping
 * shifts assigned at once).
 */
@Entity
@Table(name = "YS_PERSON", uniqueConstraints = @UniqueConstraint(name = "YS_PERSON_LOGIN", columnNames = "LOGIN_NAME"))
@NamedQuery(name = PersonEntity.ALL, query = "SELECT p FROM PersonEntity p ORDER BY p.loginName")
@NamedQuery(name = PersonEntity.BY_LOGIN, query = "SELECT p FROM PersonEntity p WHERE p.loginName = :loginName")
public class PersonEntity {

    static final String ALL = "Person.all";
    static final String BY_LOGIN = "Person.byLogin";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "LOGIN_NAME", nullable = false, length = 64)
    String loginName;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    String displayName;

    @Column(name = "ACTIVE", nullable = false)
    boolean active;

    @Column(name = "CREATED_MILLIS", nullable = false)
    long createdMillis;

    @Column(name = "DEACTIVATED_MILLIS")
    Long deactivatedMillis;

    // Reserved for the authentication work that follows: nullable, not used by the directory, never exposed.
    @Column(name = "PASSWORD_HASH", length = 255)
    String passwordHash;

    @Column(name = "PASSWORD_CHANGED_AT")
    Long passwordChangedAt;

    @Column(name = "FAILED_LOGINS")
    Integer failedLogins;

    @Column(name = "LOCKED_UNTIL")
    Long lockedUntil;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    protected PersonEntity() {
    }

    PersonEntity(String id, String loginName, String displayName, Instant createdAt) {
        this.id = id;
        this.loginName = loginName;
        this.displayName = displayName;
        this.active = true;
        this.createdMillis = createdAt.toEpochMilli();
    }

    Person toRecord() {
        return new Person(id, loginName, displayName, active, Instant.ofEpochMilli(createdMillis));
    }
}
