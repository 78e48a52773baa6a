package org.yorisoi.core.internal.erasure;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.protection.ErasureRecord;

/** An erasure record; rows are only inserted, and outlive the data they report on. Times are epoch milliseconds. */
@Entity
@Table(name = "YS_ERASURE_RECORD", indexes = @Index(name = "YS_ERASURE_RECORD_CONTRACT",
        columnList = "CONTRACT_ID,ERASED_AT"))
@NamedQuery(name = ErasureRecordEntity.OF_CONTRACT, query = "SELECT e FROM ErasureRecordEntity e"
        + " WHERE e.contractId = :contractId ORDER BY e.erasedAt DESC, e.id")
public class ErasureRecordEntity {

    static final String OF_CONTRACT = "ErasureRecord.ofContract";
    static final int METHOD = 2000;
    static final int ERASED_BY = 100;

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "CONSULTATIONS", nullable = false)
    long consultations;

    @Column(name = "MESSAGES", nullable = false)
    long messages;

    @Column(name = "OLDEST_DATA")
    Long oldestData;

    @Column(name = "NEWEST_DATA")
    Long newestData;

    @Column(name = "KEY_DESTROYED", nullable = false)
    boolean keyDestroyed;

    @Column(name = "METHOD", nullable = false, length = METHOD)
    String method;

    @Column(name = "ERASED_AT", nullable = false)
    long erasedAt;

    @Column(name = "ERASED_BY", nullable = false, length = ERASED_BY)
    String erasedBy;

    @Column(name = "BEFORE_TERM_END", nullable = false)
    boolean beforeTermEnd;

    protected ErasureRecordEntity() {
    }

    ErasureRecordEntity(ErasureRecord r) {
        this.id = r.id();
        this.contractId = r.contractId();
        this.consultations = r.consultations();
        this.messages = r.messages();
        this.oldestData = r.oldestData() == null ? null : r.oldestData().toEpochMilli();
        this.newestData = r.newestData() == null ? null : r.newestData().toEpochMilli();
        this.keyDestroyed = r.keyDestroyed();
        this.method = r.method();
        this.erasedAt = r.erasedAt().toEpochMilli();
        this.erasedBy = r.erasedBy();
        this.beforeTermEnd = r.beforeTermEnd();
    }

    ErasureRecord toRecord() {
        return new ErasureRecord(id, contractId, consultations, messages, instant(oldestData), instant(newestData),
                keyDestroyed, method, Instant.ofEpochMilli(erasedAt), erasedBy, beforeTermEnd);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
