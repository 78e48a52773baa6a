package org.yorisoi.core.internal.staff;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.staff.StaffChange;

/** One change to the staff directory. Rows are only ever inserted. */
@Entity
@Table(name = "YS_STAFF_CHANGE", indexes = @Index(name = "YS_STAFF_CHANGE_PERSON", columnList = "PERSON_ID,ID"))
@NamedQuery(name = StaffChangeEntity.BY_PERSON, query = "SELECT c FROM StaffChangeEntity c"
        + " WHERE c.personId = :personId ORDER BY c.id")
public class StaffChangeEntity {

    static final String BY_PERSON = "StaffChange.byPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Column(name = "ACTOR", nullable = false, length = 100)
    String actor;

    @Column(name = "WHAT", nullable = false, length = 40)
    String what;

    @Column(name = "DETAIL", length = 2000)
    String detail;

    protected StaffChangeEntity() {
    }

    StaffChangeEntity(String personId, Instant at, String actor, String what, String detail) {
        this.personId = personId;
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
        this.what = what;
        // the column holds 2000 characters: a longer detail is cut rather than failing the change
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    StaffChange toRecord() {
        return new StaffChange(id, personId, Instant.ofEpochMilli(atMillis), actor, what, detail);
    }
}
