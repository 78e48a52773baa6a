package org.yorisoi.core.internal.staff;

import java.time.Instant;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.Shift;

/** A person on duty in one role under one contract; start inclusive, end exclusive. */
@Entity
@Table(name = "YS_SHIFT", indexes = {
        @Index(name = "YS_SHIFT_CONTRACT", columnList = "CONTRACT_ID,START_MILLIS"),
        @Index(name = "YS_SHIFT_PERSON", columnList = "PERSON_ID,START_MILLIS")})
@NamedQuery(name = ShiftEntity.OVERLAPPING_PERSON, query = "SELECT s FROM ShiftEntity s WHERE s.personId = :personId"
        + " AND s.startMillis < :toMillis AND s.endMillis > :fromMillis ORDER BY s.startMillis")
@NamedQuery(name = ShiftEntity.OVERLAPPING_CONTRACT, query = "SELECT s FROM ShiftEntity s"
        + " WHERE s.contractId = :contractId AND s.startMillis < :toMillis AND s.endMillis > :fromMillis"
        + " ORDER BY s.startMillis, s.personId")
@NamedQuery(name = ShiftEntity.OVERLAPPING_CONTRACT_ACTIVE, query = "SELECT s FROM ShiftEntity s, PersonEntity p"
        + " WHERE p.id = s.personId AND p.active = TRUE AND s.contractId = :contractId"
        + " AND s.startMillis < :toMillis AND s.endMillis > :fromMillis ORDER BY s.startMillis, s.personId")
public class ShiftEntity {

    static final String OVERLAPPING_PERSON = "Shift.overlappingPerson";
    static final String OVERLAPPING_CONTRACT = "Shift.overlappingContract";
    static final String OVERLAPPING_CONTRACT_ACTIVE = "Shift.overlappingContractActive";

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "ROLE_NAME", nullable = false, length = 32)
    String role;

    @Column(name = "START_MILLIS", nullable = false)
    long startMillis;

    @Column(name = "END_MILLIS", nullable = false)
    long endMillis;

    @Column(name = "CREATED_MILLIS", nullable = false)
    long createdMillis;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;

    protected ShiftEntity() {
    }

    ShiftEntity(Shift shift, Instant now, String actor) {
        this.id = shift.id();
        this.personId = shift.personId();
        this.contractId = shift.contractId();
        this.role = shift.role().name();
        this.startMillis = shift.start().toInstant().toEpochMilli();
        this.endMillis = shift.end().toInstant().toEpochMilli();
        this.createdMillis = now.toEpochMilli();
        this.createdBy = actor;
    }

    Shift toRecord() {
        return new Shift(id, personId, contractId, Role.valueOf(role), Instant.ofEpochMilli(startMillis).atOffset(JST),
                Instant.ofEpochMilli(endMillis).atOffset(JST));
    }
}
