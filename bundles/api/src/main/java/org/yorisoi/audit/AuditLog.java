package org.yorisoi.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log, kept in the database. Each entry commits to the one before it by a SHA-256 hash,
 * and the newest entry is also anchored outside the database, so that an altered, deleted or inserted row is
 * found by {@link #verify()}.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an event, synchronously and in a transaction of its own (a caller's transaction that rolls back
     * does not take the entry with it). The time is the platform clock's, to the millisecond.
     *
     * @return the entry as stored, with its sequence number and hashes
     * @throws RuntimeException when the entry could not be stored: the caller should then refuse the action it
     *         was about to audit rather than go on unaudited
     */
    AuditEntry record(AuditEvent event);

    /** The entries matching the query, newest first, at most {@link AuditQuery#limit()}. */
    List<AuditEntry> search(AuditQuery query);

    /**
     * Every entry about one object (its {@code target}, e.g. a case id), oldest first: the object's timeline. This
     * default reads only the newest {@link AuditQuery#MAX_LIMIT} entries; the platform's log overrides it with an
     * indexed query over the whole log.
     */
    default List<AuditEntry> about(String target) {
        List<AuditEntry> found = new java.util.ArrayList<>(search(AuditQuery.latest(AuditQuery.MAX_LIMIT)).stream()
                .filter(e -> target.equals(e.target())).toList());
        java.util.Collections.reverse(found);
        return found;
    }

    /**
     * Checks the whole chain, oldest first: sequence numbers without gaps, each entry's link to the previous one,
     * each entry's hash, and the newest entry against the anchor kept outside the database. Records an
     * {@link AuditActions#AUDIT_VERIFIED} entry with the result (after the check, so it is not part of it).
     */
    AuditVerification verify();
}
