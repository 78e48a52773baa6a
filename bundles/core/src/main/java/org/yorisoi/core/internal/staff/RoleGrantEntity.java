package org.yorisoi.core.internal.staff;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

/** A role granted to a person under a contract ({@code *}: every contract) for a span of days, both ends included. */
@Entity
@Table(name = "YS_ROLE_GRANT", indexes = @Index(name = "YS_ROLE_GRANT_PERSON", columnList = "PERSON_ID"))
@NamedQuery(name = RoleGrantEntity.BY_PERSON, query = "SELECT g FROM RoleGrantEntity g WHERE g.personId = :personId"
        + " ORDER BY g.contractId, g.role, g.validFrom")
public class RoleGrantEntity {

    static final String BY_PERSON = "RoleGrant.byPerson";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "ROLE_NAME", nullable = false, length = 32)
    String role;

    @Column(name = "VALID_FROM", nullable = false)
    LocalDate validFrom;

    @Column(name = "VALID_UNTIL")
    LocalDate validUntil;

    @Column(name = "ORGANISATION", length = 64)
    String organisation;

    protected RoleGrantEntity() {
    }

    RoleGrantEntity(String id, RoleGrant grant) {
        this.id = id;
        this.personId = grant.personId();
        this.contractId = grant.contractId();
        this.role = grant.role().name();
        this.validFrom = grant.from();
        this.validUntil = grant.until();
        this.organisation = grant.organisation();
    }

    RoleGrant toRecord() {
        return new RoleGrant(personId, contractId, Role.valueOf(role), validFrom, validUntil, organisation);
    }
}
