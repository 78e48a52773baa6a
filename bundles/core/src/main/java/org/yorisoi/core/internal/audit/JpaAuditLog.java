package org.yorisoi.core.internal.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.TypedQuery;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.core.internal.audit.AuditChain.Head;
import org.yorisoi.core.internal.Actors;
import org.yorisoi.platform.PlatformClock;

/**
 * The audit log in table {@code YS_AUDIT}, anchored in {@code ${karaf.data}/audit/head}. Appends hold one lock, so
 * the chain stays linear; the head is kept in memory between appends.
 */
@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditLog.class);
    static final int PAGE = 1000;

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final AuditAnchor anchor;
    private final ReentrantLock lock = new ReentrantLock();
    private Head head; // guarded by lock

    /** The transaction manager orders us after it (see JpaDeploymentHistory) and serves RequiresNew. */
    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa, @Reference PlatformClock clock,
                       @Reference TransactionManager transactionManager, BundleContext context) {
        this.jpa = jpa;
        this.clock = clock;
        String data = context.getProperty("karaf.data");
        Path dir = data != null ? Path.of(data, "audit") : context.getDataFile("audit").toPath();
        this.anchor = new AuditAnchor(dir.resolve("head"));
        start();
    }

    /** Continues the chain after the newest entry; a head that disagrees with the anchor is itself audited. */
    private void start() {
        lock.lock();
        try {
            Head database = lastInDatabase();
            Head anchored;
            try {
                anchored = anchor.read();
            } catch (IOException e) {
                // keep auditing (after the database's head), but say so in the log itself
                LOG.error("Audit log: {}", e.getMessage());
                head = database;
                append(mismatch("database head " + database.sequence() + " " + database.hash()
                        + ", anchor unreadable"));
                return;
            }
            head = AuditChain.resume(database, anchored);
            if (anchored != null && !anchored.equals(database)) {
                LOG.error("Audit log: the newest entry in the database ({} {}) does not match the anchor {} ({} {})",
                        database.sequence(), database.hash(), anchor.file(), anchored.sequence(), anchored.hash());
                append(mismatch("database head " + database.sequence() + " " + database.hash() + ", anchor "
                        + anchored.sequence() + " " + anchored.hash()));
            }
        } finally {
            lock.unlock();
        }
    }

    private static AuditEvent mismatch(String detail) {
        return new AuditEvent("system", null, null, AuditActions.AUDIT_HEAD_MISMATCH, null, AuditEvent.Outcome.FAILURE,
                detail);
    }

    private Head lastInDatabase() {
        List<AuditEntryEntity> last = jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(AuditEntryEntity.LAST, AuditEntryEntity.class).setMaxResults(1).getResultList());
        return last.isEmpty() ? Head.EMPTY : Head.of(last.get(0).toEntry());
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        lock.lock();
        try {
            return append(event);
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock. The head moves only once the row is committed; the anchor follows it. */
    private AuditEntry append(AuditEvent event) {
        AuditEntry entry = AuditChain.next(head, clock.now(), AuditEntryEntity.fit(event));
        // its own transaction: a caller's rollback must not take the audit entry with it
        jpa.tx(TransactionType.RequiresNew, em -> em.persist(new AuditEntryEntity(entry)));
        head = Head.of(entry);
        try {
            anchor.write(head);
        } catch (IOException e) {
            // the entry is stored; verify will report the stale anchor until the next append rewrites it
            LOG.error("Audit log: could not write the anchor {}: {}", anchor.file(), e.toString());
        }
        return entry;
    }

    @Override
    public List<AuditEntry> about(String target) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(AuditEntryEntity.ABOUT,
                AuditEntryEntity.class).setParameter("target", target).getResultList().stream()
                .map(AuditEntryEntity::toEntry).toList());
    }

    @Override
    public List<AuditEntry> search(AuditQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntryEntity e WHERE 1 = 1");
        if (q.actor() != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (q.contractId() != null) {
            jpql.append(" AND e.contractId = :contractId");
        }
        if (q.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (q.from() != null) {
            jpql.append(" AND e.atMillis >= :from");
        }
        if (q.to() != null) {
            jpql.append(" AND e.atMillis < :to");
        }
        jpql.append(" ORDER BY e.sequence DESC");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<AuditEntryEntity> query = em.createQuery(jpql.toString(), AuditEntryEntity.class);
            if (q.actor() != null) {
                query.setParameter("actor", q.actor());
            }
            if (q.contractId() != null) {
                query.setParameter("contractId", q.contractId());
            }
            if (q.action() != null) {
                query.setParameter("action", q.action());
            }
            if (q.from() != null) {
                query.setParameter("from", q.from().toEpochMilli());
            }
            if (q.to() != null) {
                query.setParameter("to", q.to().toEpochMilli());
            }
            return query.setMaxResults(q.limit()).getResultList().stream().map(AuditEntryEntity::toEntry).toList();
        });
    }

    @Override
    public AuditVerification verify() {
        AuditVerification result;
        try {
            result = check();
        } catch (IOException e) {
            result = new AuditVerification(false, 0, null, "the anchor could not be read: " + e.getMessage());
        }
        record(new AuditEvent(Actors.current(), null, null, AuditActions.AUDIT_VERIFIED, null,
                result.intact() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
                result.intact() ? result.entriesChecked() + " entries intact"
                        : "first bad entry " + result.firstBadSequence() + ": " + result.problem()));
        return result;
    }

    /**
     * Pages through the log oldest first, up to the newest entry at the start: appends made meanwhile are not
     * checked, and do not move the anchor compared with.
     */
    private AuditVerification check() throws IOException {
        Head anchored;
        Head upTo;
        lock.lock();
        try {
            anchored = anchor.read();
            upTo = lastInDatabase();
        } finally {
            lock.unlock();
        }
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        while (true) {
            long from = after;
            List<AuditEntry> page = jpa.txExpr(TransactionType.Supports, em -> {
                List<AuditEntry> entries = new ArrayList<>(PAGE);
                for (AuditEntryEntity e : em.createNamedQuery(AuditEntryEntity.PAGE, AuditEntryEntity.class)
                        .setParameter("after", from).setParameter("upTo", upTo.sequence()).setMaxResults(PAGE)
                        .getResultList()) {
                    entries.add(e.toEntry());
                }
                return entries;
            });
            for (AuditEntry e : page) {
                if (!verifier.accept(e)) {
                    return verifier.finish(anchored);
                }
            }
            if (page.size() < PAGE) {
                return verifier.finish(anchored);
            }
            after = page.get(page.size() - 1).sequence();
        }
    }
}
