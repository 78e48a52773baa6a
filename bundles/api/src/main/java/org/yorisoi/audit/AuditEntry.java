package org.yorisoi.audit;

import java.time.Instant;

/**
 * One stored entry of the audit log: an {@link AuditEvent} with its place in the chain.
 *
 * @param sequence 1 for the first entry ever, then without gaps
 * @param at when it was recorded (platform clock, millisecond precision)
 * @param actor see {@link AuditEvent}
 * @param origin see {@link AuditEvent}
 * @param contractId see {@link AuditEvent}
 * @param action see {@link AuditEvent}
 * @param target see {@link AuditEvent}
 * @param outcome see {@link AuditEvent}
 * @param detail see {@link AuditEvent}
 * @param previousHash the {@code hash} of entry {@code sequence - 1}; 64 zeros for the first entry
 * @param hash SHA-256 over {@code previousHash} and all fields above, as 64 lower-case hex digits
 */
public record AuditEntry(long sequence, Instant at, String actor, String origin, String contractId, String action,
                         String target, AuditEvent.Outcome outcome, String detail, String previousHash, String hash) {

    /** The event this entry records. */
    public AuditEvent event() {
        return new AuditEvent(actor, origin, contractId, action, target, outcome, detail);
    }
}
