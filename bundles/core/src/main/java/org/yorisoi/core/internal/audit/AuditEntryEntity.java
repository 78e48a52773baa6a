package org.yorisoi.core.internal.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;

/**
 * One row per audit entry. Rows are only ever inserted. The sequence number is assigned by {@link JpaAuditLog},
 * not generated: it is part of the hashed content, and a gap in it is how a deleted row shows.
 */
@Entity
@Table(name = "YS_AUDIT", indexes = {
        @Index(name = "YS_AUDIT_CONTRACT", columnList = "CONTRACT_ID,AT_MILLIS"),
        @Index(name = "YS_AUDIT_ACTOR", columnList = "ACTOR,AT_MILLIS"),
        @Index(name = "YS_AUDIT_TARGET", columnList = "TARGET,SEQ")})
@NamedQuery(name = AuditEntryEntity.LAST, query = "SELECT e FROM AuditEntryEntity e ORDER BY e.sequence DESC")
@NamedQuery(name = AuditEntryEntity.PAGE, query = "SELECT e FROM AuditEntryEntity e"
        + " WHERE e.sequence > :after AND e.sequence <= :upTo ORDER BY e.sequence")
@NamedQuery(name = AuditEntryEntity.ABOUT, query = "SELECT e FROM AuditEntryEntity e"
        + " WHERE e.target = :target ORDER BY e.sequence")
public class AuditEntryEntity {

    static final String LAST = "AuditEntry.last";
    static final String PAGE = "AuditEntry.page";
    static final String ABOUT = "AuditEntry.about";

    static final int ACTOR = 100;
    static final int ORIGIN = 200;
    static final int CONTRACT_ID = 32;
    static final int ACTION = 48;
    static final int TARGET = 300;
    static final int DETAIL = 1000;

    @Id
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "AT_MILLIS", nullable = false)
    private long atMillis;

    @Column(name = "ACTOR", nullable = false, length = ACTOR)
    private String actor;

    @Column(name = "ORIGIN", length = ORIGIN)
    private String origin;

    @Column(name = "CONTRACT_ID", length = CONTRACT_ID)
    private String contractId;

    @Column(name = "ACTION", nullable = false, length = ACTION)
    private String action;

    @Column(name = "TARGET", length = TARGET)
    private String target;

    @Column(name = "OUTCOME", nullable = false, length = 16)
    private String outcome;

    @Column(name = "DETAIL", length = DETAIL)
    private String detail;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditEntry e) {
        this.sequence = e.sequence();
        this.atMillis = e.at().toEpochMilli();
        this.actor = e.actor();
        this.origin = e.origin();
        this.contractId = e.contractId();
        this.action = e.action();
        this.target = e.target();
        this.outcome = e.outcome().name();
        this.detail = e.detail();
        this.previousHash = e.previousHash();
        this.hash = e.hash();
    }

    /**
     * The event cut to the column widths: an over-long value must not lose the entry, and what is hashed must be
     * what is stored.
     */
    static AuditEvent fit(AuditEvent e) {
        return new AuditEvent(cut(e.actor(), ACTOR), cut(e.origin(), ORIGIN), cut(e.contractId(), CONTRACT_ID),
                cut(e.action(), ACTION), cut(e.target(), TARGET), e.outcome(), cut(e.detail(), DETAIL));
    }

    private static String cut(String s, int length) {
        if (s == null || s.length() <= length) {
            return s;
        }
        // not between the two halves of a surrogate pair
        return s.substring(0, Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length);
    }

    AuditEntry toEntry() {
        AuditEvent.Outcome o;
        try {
            o = AuditEvent.Outcome.valueOf(outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            o = null; // an altered row: the hash check reports it
        }
        return new AuditEntry(sequence, Instant.ofEpochMilli(atMillis), actor, origin, contractId, action, target, o,
                detail, previousHash, hash);
    }
}
