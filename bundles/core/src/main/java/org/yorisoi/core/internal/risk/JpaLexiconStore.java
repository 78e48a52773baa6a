package org.yorisoi.core.internal.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.risk.LexiconStore;
import org.yorisoi.risk.LexiconVersion;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.RiskDetector.LexiconText;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/**
 * The lexicon's versions in the database. On activation the newest published version goes into the detector, so an
 * edit survives a restart; publishing validates in the detector first, then stores, then audits.
 */
@Component(service = LexiconStore.class)
public class JpaLexiconStore implements LexiconStore {

    static final int MAX_TEXT = 1024 * 1024;
    static final int MAX_NOTE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(JpaLexiconStore.class);

    private final JpaTemplate jpa;
    private final RiskDetector detector;
    private final PlatformClock clock;
    private final AuditLog audit;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaLexiconStore(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                           @Reference TransactionManager transactionManager, @Reference RiskDetector detector,
                           @Reference PlatformClock clock, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.detector = detector;
        this.clock = clock;
        this.audit = audit;
        installNewest();
    }

    JpaLexiconStore(JpaTemplate jpa, RiskDetector detector, PlatformClock clock, AuditLog audit, boolean install) {
        this.jpa = jpa;
        this.detector = detector;
        this.clock = clock;
        this.audit = audit;
        if (install) {
            installNewest();
        }
    }

    private void installNewest() {
        Optional<LexiconVersionEntity> newest = newest();
        if (newest.isEmpty()) {
            return;
        }
        try {
            int entries = detector.useLexicon(newest.get().version, newest.get().text);
            LOG.info("Risk lexicon {} from the database is in force ({} entries)", newest.get().version, entries);
        } catch (IllegalArgumentException e) {
            // a stored version the detector no longer accepts (a newer detector, stricter format): keep the shipped one
            LOG.error("Stored risk lexicon {} is not valid for this detector, the shipped one stays in force: {}",
                    newest.get().version, e.getMessage());
        }
    }

    @Override
    public LexiconText current() {
        return detector.lexicon();
    }

    @Override
    public List<LexiconVersion> history() {
        List<LexiconVersion> versions = new ArrayList<>(published());
        LexiconText shipped = detector.shippedLexicon();
        versions.add(new LexiconVersion(shipped.version(), "shipped", null, shipped.entries(),
                "shipped with the risk detector"));
        return versions;
    }

    @Override
    public Optional<LexiconText> text(String version) {
        LexiconText shipped = detector.shippedLexicon();
        LexiconVersionEntity stored = jpa.txExpr(TransactionType.Supports,
                em -> em.find(LexiconVersionEntity.class, version));
        if (stored != null) {
            return Optional.of(new LexiconText(stored.version, stored.text, stored.entries));
        }
        return shipped.version().equals(version) ? Optional.of(shipped) : Optional.empty();
    }

    @Override
    public LexiconVersion publish(Caller caller, String text, String note) {
        if (caller == null) {
            throw new AccessDeniedException("not authenticated");
        }
        if (!caller.may(Permission.LEXICON_MANAGE, null)) {
            throw new AccessDeniedException("requires " + Permission.LEXICON_MANAGE);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the lexicon text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the lexicon is longer than " + MAX_TEXT + " characters");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("the note is longer than " + MAX_NOTE + " characters");
        }
        synchronized (this) {
            Instant now = clock.now();
            String version = nextVersion(LocalDate.ofInstant(now, PlatformClock.TOKYO));
            LexiconText previous = detector.lexicon();
            int entries = detector.useLexicon(version, text); // refuses an invalid text, naming the line
            LexiconVersionEntity v = new LexiconVersionEntity();
            v.version = version;
            v.author = caller.personId();
            v.atMillis = now.toEpochMilli();
            v.entries = entries;
            v.note = note == null || note.isBlank() ? null : note.trim();
            v.text = text;
            try {
                jpa.tx(TransactionType.Required, em -> em.persist(v));
                audit.record(new AuditEvent(caller.login(), caller.origin(), null, AuditActions.LEXICON_PUBLISHED,
                        version, AuditEvent.Outcome.SUCCESS, "entries=" + entries + " previous=" + previous.version()));
            } catch (RuntimeException e) {
                // not stored or not audited: the previous version goes back into force
                detector.useLexicon(previous.version(), previous.text());
                throw e;
            }
            return toRecord(v);
        }
    }

    /** {@code <date>.<n>}, n one more than the day's highest, never the shipped version's name. */
    private String nextVersion(LocalDate day) {
        String prefix = day + ".";
        String shipped = detector.shippedLexicon().version();
        List<String> taken = published().stream().map(LexiconVersion::version).toList();
        int n = 1;
        while (taken.contains(prefix + n) || shipped.equals(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private List<LexiconVersion> published() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(LexiconVersionEntity.HISTORY,
                Object[].class).getResultList()).stream().map(row -> new LexiconVersion((String) row[0],
                (String) row[1], Instant.ofEpochMilli(((Number) row[2]).longValue()), ((Number) row[3]).intValue(),
                (String) row[4])).toList();
    }

    private Optional<LexiconVersionEntity> newest() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(LexiconVersionEntity.NEWEST_FIRST,
                LexiconVersionEntity.class).setMaxResults(1).getResultList()).stream().findFirst();
    }

    private static LexiconVersion toRecord(LexiconVersionEntity v) {
        return new LexiconVersion(v.version, v.author, Instant.ofEpochMilli(v.atMillis), v.entries, v.note);
    }
}
