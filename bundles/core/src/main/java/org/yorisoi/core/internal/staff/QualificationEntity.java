package org.yorisoi.core.internal.staff;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.staff.QualificationRecord;

/** A qualification of a person, verified or not yet. */
@Entity
@Table(name = "YS_QUALIFICATION", indexes = @Index(name = "YS_QUALIFICATION_PERSON", columnList = "PERSON_ID"))
@NamedQuery(name = QualificationEntity.BY_PERSON, query = "SELECT q FROM QualificationEntity q"
        + " WHERE q.personId = :personId ORDER BY q.recordedMillis, q.id")
public class QualificationEntity {

    static final String BY_PERSON = "Qualification.byPerson";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    String personId;

    @Column(name = "QUALIFICATION", nullable = false, length = 64)
    String type;

    @Column(name = "CERTIFICATE_NUMBER", length = 100)
    String certificateNumber;

    @Column(name = "VERIFIED_BY", length = 100)
    String verifiedBy;

    @Column(name = "VERIFIED_MILLIS")
    Long verifiedMillis;

    @Column(name = "RECORDED_MILLIS", nullable = false)
    long recordedMillis;

    protected QualificationEntity() {
    }

    QualificationEntity(String id, String personId, Qualification type, String certificateNumber, String verifiedBy,
                        Instant now) {
        this.id = id;
        this.personId = personId;
        this.type = type.name();
        this.certificateNumber = certificateNumber;
        this.verifiedBy = verifiedBy;
        this.verifiedMillis = verifiedBy == null ? null : now.toEpochMilli();
        this.recordedMillis = now.toEpochMilli();
    }

    QualificationRecord toRecord() {
        return new QualificationRecord(personId, Qualification.valueOf(type), certificateNumber, verifiedBy,
                verifiedMillis == null ? null : Instant.ofEpochMilli(verifiedMillis));
    }
}
