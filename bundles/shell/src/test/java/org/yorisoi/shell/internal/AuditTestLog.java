package org.yorisoi.shell.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;

/** An in-memory audit log for the command tests: no hashing, records what it was asked. */
final class AuditTestLog implements AuditLog {

    final List<AuditEntry> entries = new ArrayList<>();
    AuditVerification verification = AuditVerification.ok(0);
    AuditQuery asked;
    int verified;

    AuditEntry add(String at, String actor, String origin, String contractId, String action, String target,
                   AuditEvent.Outcome outcome) {
        AuditEntry e = new AuditEntry(entries.size() + 1, Instant.parse(at), actor, origin, contractId, action, target,
                outcome, null, "0".repeat(64), "f".repeat(64));
        entries.add(e);
        return e;
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        return add(Instant.now().toString(), event.actor(), event.origin(), event.contractId(), event.action(),
                event.target(), event.outcome());
    }

    @Override
    public List<AuditEntry> search(AuditQuery q) {
        asked = q;
        return entries.stream()
                .filter(e -> q.actor() == null || q.actor().equals(e.actor()))
                .filter(e -> q.contractId() == null || q.contractId().equals(e.contractId()))
                .filter(e -> q.action() == null || q.action().equals(e.action()))
                .filter(e -> q.from() == null || !e.at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.at().isBefore(q.to()))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                .limit(q.limit()).toList();
    }

    @Override
    public AuditVerification verify() {
        verified++;
        return verification;
    }
}
