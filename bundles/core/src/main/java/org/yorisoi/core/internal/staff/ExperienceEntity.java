package org.yorisoi.core.internal.staff;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.staff.ExperienceRecord;

/** A period of experience of a person. */
@Entity
@Table(name = "YS_EXPERIENCE", indexes = @Index(name = "YS_EXPERIENCE_PERSON", columnList = "PERSON_ID"))
@NamedQuery(name = ExperienceEntity.BY_PERSON, query = "SELECT e FROM ExperienceEntity e"
        + " WHERE e.personId = :personId ORDER BY e.recordedMillis, e.id")
public class ExperienceEntity {

    static final String BY_PERSON = "Experience.byPerson";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "KIND", nullable = false, length = 64)
    String kind;

    @Column(name = "MONTHS", nullable = false)
    int months;

    @Column(name = "DESCRIPTION", length = 500)
    String description;

    @Column(name = "RECORDED_MILLIS", nullable = false)
    long recordedMillis;

    protected ExperienceEntity() {
    }

    ExperienceEntity(String id, String personId, ExperienceKind kind, int months, String description, Instant now) {
        this.id = id;
        this.personId = personId;
        this.kind = kind.name();
        this.months = months;
        this.description = description;
        this.recordedMillis = now.toEpochMilli();
    }

    ExperienceRecord toRecord() {
        return new ExperienceRecord(personId, ExperienceKind.valueOf(kind), months, description);
    }
}
