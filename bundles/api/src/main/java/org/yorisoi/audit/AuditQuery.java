package org.yorisoi.audit;

import java.time.Instant;

/**
 * What to look for in the audit log. A null criterion matches anything; the criteria given must all match.
 * Results come newest first.
 *
 * @param actor exactly this actor, or null
 * @param contractId exactly this contract, or null
 * @param action exactly this action (see {@link AuditActions}), or null
 * @param from entries at or after this instant, or null
 * @param to entries before this instant (exclusive), or null
 * @param limit at most this many entries; clamped to 1..{@value #MAX_LIMIT}
 */
public record AuditQuery(String actor, String contractId, String action, Instant from, Instant to, int limit) {

    /** The most entries one query returns. */
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** The newest {@code limit} entries, whatever they are. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
