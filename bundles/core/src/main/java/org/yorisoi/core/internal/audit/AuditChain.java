package org.yorisoi.core.internal.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditVerification;

/**
 * The hash chain of the audit log, without persistence: how an entry is hashed, and how a sequence of entries is
 * checked. {@code hash = hex(SHA-256(previousHash as ASCII || canonical(entry)))}.
 */
final class AuditChain {

    /** The previous hash of entry 1. */
    static final String GENESIS = "0".repeat(64);

    /** The newest entry: its sequence number and hash. {@code sequence} 0 with {@link #GENESIS} for an empty log. */
    record Head(long sequence, String hash) {
        static final Head EMPTY = new Head(0, GENESIS);

        static Head of(AuditEntry entry) {
            return new Head(entry.sequence(), entry.hash());
        }
    }

    private AuditChain() {
    }

    /** The entry that follows {@code head}, with its hash. {@code at} is cut to milliseconds, as stored. */
    static AuditEntry next(Head head, Instant at, AuditEvent e) {
        long sequence = head.sequence() + 1;
        Instant millis = Instant.ofEpochMilli(at.toEpochMilli());
        AuditEntry unhashed = new AuditEntry(sequence, millis, e.actor(), e.origin(), e.contractId(), e.action(),
                e.target(), e.outcome(), e.detail(), head.hash(), null);
        return new AuditEntry(sequence, millis, e.actor(), e.origin(), e.contractId(), e.action(), e.target(),
                e.outcome(), e.detail(), head.hash(), hash(unhashed));
    }

    /**
     * Every field but {@code hash}, in a fixed order; each string as its UTF-8 length (4 bytes, -1 for null)
     * followed by its bytes, so that no two different entries encode alike (("ab","c") is not ("a","bc")).
     */
    static byte[] canonical(AuditEntry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1); // encoding version, should the fields ever change
            out.writeLong(e.sequence());
            out.writeLong(e.at().toEpochMilli());
            for (String s : new String[] {e.actor(), e.origin(), e.contractId(), e.action(), e.target(),
                    e.outcome() == null ? null : e.outcome().name(), e.detail(), e.previousHash()}) {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // not with a byte array
        }
        return bytes.toByteArray();
    }

    static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(e.previousHash()).getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical(e));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    /** Checks entries given oldest first, then the newest against {@code anchor} (null: no anchor was written). */
    static AuditVerification verify(Iterator<AuditEntry> entries, Head anchor) {
        Verifier verifier = new Verifier();
        while (entries.hasNext()) {
            if (!verifier.accept(entries.next())) {
                break;
            }
        }
        return verifier.finish(anchor);
    }

    /**
     * At start-up, the head to continue from. When the anchor is ahead of the database (its newest rows were
     * deleted), continue after the anchor, so that the missing sequence numbers stay a visible gap instead of
     * being reused; otherwise continue after the database.
     */
    static Head resume(Head database, Head anchor) {
        return anchor != null && anchor.sequence() > database.sequence() ? anchor : database;
    }

    /** Checks entries one at a time, oldest first, so that a caller can page through a large log. */
    static final class Verifier {
        private Head previous = Head.EMPTY;
        private long checked;
        private AuditVerification failure;

        /** @return false once a problem is found: later entries need not be read */
        boolean accept(AuditEntry e) {
            if (failure != null) {
                return false;
            }
            checked++;
            long expected = previous.sequence() + 1;
            if (e.sequence() > expected) {
                return fail(expected, expected == e.sequence() - 1 ? "entry " + expected + " is missing"
                        : "entries " + expected + ".." + (e.sequence() - 1) + " are missing");
            }
            if (e.sequence() < expected) {
                return fail(e.sequence(), "entry " + e.sequence() + " comes after entry " + previous.sequence()
                        + ": out of order or duplicated");
            }
            if (!previous.hash().equals(e.previousHash())) {
                return fail(e.sequence(), "entry " + e.sequence() + " does not link to entry " + previous.sequence()
                        + " (previous hash differs): an entry was replaced or moved");
            }
            if (!hash(e).equals(e.hash())) {
                return fail(e.sequence(), "entry " + e.sequence() + " was altered (its hash does not match its content)");
            }
            previous = Head.of(e);
            return true;
        }

        private boolean fail(long sequence, String problem) {
            failure = AuditVerification.broken(checked, sequence, problem);
            return false;
        }

        AuditVerification finish(Head anchor) {
            if (failure != null) {
                return failure;
            }
            if (anchor == null) {
                return previous.sequence() == 0 ? AuditVerification.ok(0)
                        : AuditVerification.broken(checked, previous.sequence(),
                                "the anchor outside the database is missing, but the log has "
                                        + previous.sequence() + " entries");
            }
            if (anchor.sequence() > previous.sequence()) {
                long first = previous.sequence() + 1;
                return AuditVerification.broken(checked, first, (first == anchor.sequence() ? "entry " + first
                        : "entries " + first + ".." + anchor.sequence())
                        + " missing at the end (the anchor says the log ends at " + anchor.sequence() + ")");
            }
            if (anchor.sequence() < previous.sequence()) {
                return AuditVerification.broken(checked, anchor.sequence() + 1, "entries after "
                        + anchor.sequence() + " are not anchored (the log ends at " + previous.sequence()
                        + "): added behind the platform's back, or it stopped before anchoring them");
            }
            if (!anchor.hash().equals(previous.hash())) {
                return AuditVerification.broken(checked, previous.sequence(), "entry " + previous.sequence()
                        + " does not match the anchor outside the database: it was replaced");
            }
            return AuditVerification.ok(checked);
        }
    }
}
