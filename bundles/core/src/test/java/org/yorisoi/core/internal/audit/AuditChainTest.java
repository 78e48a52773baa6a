package org.yorisoi.core.internal.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditEvent.Outcome;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.core.internal.audit.AuditChain.Head;

public class AuditChainTest {

    private static final Instant T0 = Instant.parse("2025-09-01T09:00:00.123456Z");

    /** A chain of {@code n} entries, and its head as the anchor would hold it. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        Head head = Head.EMPTY;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditChain.next(head, T0.plusSeconds(i), new AuditEvent("karaf", "203.0.113." + i, "kyoto",
                    AuditActions.CONTENT_READ, "consultation=" + (4700 + i), Outcome.SUCCESS, null));
            entries.add(e);
            head = Head.of(e);
        }
        return entries;
    }

    private static Head anchorOf(List<AuditEntry> entries) {
        return entries.isEmpty() ? null : Head.of(entries.get(entries.size() - 1));
    }

    private static AuditVerification verify(List<AuditEntry> entries, Head anchor) {
        return AuditChain.verify(entries.iterator(), anchor);
    }

    /** The same entry with another detail, its hash left as it was. */
    private static AuditEntry withDetail(AuditEntry e, String detail) {
        return new AuditEntry(e.sequence(), e.at(), e.actor(), e.origin(), e.contractId(), e.action(), e.target(),
                e.outcome(), detail, e.previousHash(), e.hash());
    }

    private static AuditEntry rehashed(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.at(), e.actor(), e.origin(), e.contractId(), e.action(), e.target(),
                e.outcome(), e.detail(), e.previousHash(), AuditChain.hash(e));
    }

    @Test
    public void chainOfThreeVerifies() {
        List<AuditEntry> entries = chain(3);

        AuditVerification result = verify(entries, anchorOf(entries));

        assertEquals(AuditVerification.ok(3), result);
        assertEquals(AuditChain.GENESIS, entries.get(0).previousHash());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertTrue(entries.get(2).hash().matches("[0-9a-f]{64}"));
    }

    @Test
    public void entriesAreStoredToTheMillisecond() {
        assertEquals(Instant.parse("2025-09-01T09:00:01.123Z"), chain(1).get(0).at());
    }

    @Test
    public void alteredFieldIsReportedAtItsSequence() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        entries.set(1, withDetail(entries.get(1), "nothing to see"));

        AuditVerification result = verify(entries, anchor);

        assertFalse(result.intact());
        assertEquals(Long.valueOf(2), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("altered"));
    }

    @Test
    public void alteredAndRehashedEntryBreaksTheLinkOfTheNext() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        entries.set(1, rehashed(withDetail(entries.get(1), "nothing to see")));

        AuditVerification result = verify(entries, anchor);

        assertEquals(Long.valueOf(3), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("does not link to entry 2"));
    }

    @Test
    public void deletedMiddleRowIsAGap() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        entries.remove(1);

        AuditVerification result = verify(entries, anchor);

        assertFalse(result.intact());
        assertEquals(Long.valueOf(2), result.firstBadSequence());
        assertEquals("entry 2 is missing", result.problem());
    }

    @Test
    public void deletedFirstRowsAreAGap() {
        List<AuditEntry> entries = chain(4);
        Head anchor = anchorOf(entries);
        entries.subList(0, 2).clear();

        AuditVerification result = verify(entries, anchor);

        assertEquals(Long.valueOf(1), result.firstBadSequence());
        assertEquals("entries 1..2 are missing", result.problem());
    }

    @Test
    public void deletedLastRowMismatchesTheAnchor() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        entries.remove(2);

        AuditVerification result = verify(entries, anchor);

        assertFalse(result.intact());
        assertEquals(2, result.entriesChecked());
        assertEquals(Long.valueOf(3), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("missing at the end"));
    }

    @Test
    public void replacedLastRowMismatchesTheAnchor() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        entries.set(2, rehashed(withDetail(entries.get(2), "nothing to see")));

        AuditVerification result = verify(entries, anchor);

        assertEquals(Long.valueOf(3), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("does not match the anchor"));
    }

    @Test
    public void allRowsDeletedMismatchesTheAnchor() {
        AuditVerification result = verify(List.of(), new Head(3, chain(3).get(2).hash()));

        assertEquals(Long.valueOf(1), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().startsWith("entries 1..3 missing at the end"));
    }

    @Test
    public void rowsAddedBehindTheAnchorAreReported() {
        List<AuditEntry> entries = chain(3);

        AuditVerification result = verify(entries, Head.of(entries.get(1)));

        assertEquals(Long.valueOf(3), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("not anchored"));
    }

    @Test
    public void reorderedRowsAreDetected() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);

        AuditVerification swapped = verify(List.of(entries.get(0), entries.get(2), entries.get(1)), anchor);
        assertFalse(swapped.intact());
        assertEquals(Long.valueOf(2), swapped.firstBadSequence());

        AuditVerification duplicated = verify(List.of(entries.get(0), entries.get(1), entries.get(1)), anchor);
        assertEquals(Long.valueOf(2), duplicated.firstBadSequence());
        assertTrue(duplicated.problem(), duplicated.problem().contains("out of order"));
    }

    @Test
    public void contentMovedToAnotherSequenceIsDetected() {
        List<AuditEntry> entries = chain(3);
        Head anchor = anchorOf(entries);
        AuditEntry second = entries.get(1);
        AuditEntry third = entries.get(2);
        // the rows keep their sequence numbers but swap everything else, links and hashes included
        entries.set(1, new AuditEntry(2, third.at(), third.actor(), third.origin(), third.contractId(), third.action(),
                third.target(), third.outcome(), third.detail(), third.previousHash(), third.hash()));
        entries.set(2, new AuditEntry(3, second.at(), second.actor(), second.origin(), second.contractId(),
                second.action(), second.target(), second.outcome(), second.detail(), second.previousHash(),
                second.hash()));

        AuditVerification result = verify(entries, anchor);

        assertEquals(Long.valueOf(2), result.firstBadSequence());
    }

    @Test
    public void canonicalEncodingIsUnambiguous() {
        AuditEntry ab = new AuditEntry(1, T0, "ab", "c", null, "login", null, Outcome.SUCCESS, null,
                AuditChain.GENESIS, null);
        AuditEntry bc = new AuditEntry(1, T0, "a", "bc", null, "login", null, Outcome.SUCCESS, null,
                AuditChain.GENESIS, null);
        AuditEntry nullTarget = new AuditEntry(1, T0, "a", "b", null, "login", null, Outcome.SUCCESS, null,
                AuditChain.GENESIS, null);
        AuditEntry emptyTarget = new AuditEntry(1, T0, "a", "b", null, "login", "", Outcome.SUCCESS, null,
                AuditChain.GENESIS, null);

        assertNotEquals(AuditChain.hash(ab), AuditChain.hash(bc));
        assertNotEquals(AuditChain.hash(nullTarget), AuditChain.hash(emptyTarget));
    }

    @Test
    public void encodingNeverChanges() {
        // a change here would make every stored log fail verification
        AuditEntry e = new AuditEntry(1, Instant.parse("2025-09-01T00:00:00Z"), "karaf", "console", "kyoto",
                "login", "相談=1", Outcome.DENIED, "wrong password", AuditChain.GENESIS, null);

        // computed independently: sha256(previousHash || 0x01, seq, millis as int64, then per field int32 length + UTF-8)
        assertEquals("fcecadff2deeecdee889347e71c3ff1244ae19a79a9b285f264e0a5e561d59bb", AuditChain.hash(e));
    }

    @Test
    public void emptyLogWithoutAnchorIsIntact() {
        assertEquals(AuditVerification.ok(0), verify(List.of(), null));
    }

    @Test
    public void logWithoutAnchorIsReported() {
        AuditVerification result = verify(chain(2), null);

        assertEquals(Long.valueOf(2), result.firstBadSequence());
        assertTrue(result.problem(), result.problem().contains("anchor"));
    }

    @Test
    public void intactResultHasNoProblem() {
        AuditVerification result = verify(chain(1), anchorOf(chain(1)));

        assertNull(result.firstBadSequence());
        assertNull(result.problem());
    }

    @Test
    public void startUpContinuesAfterTheAnchorWhenItIsAhead() {
        Head database = new Head(5, "a".repeat(64));
        Head anchor = new Head(7, "b".repeat(64));

        assertEquals(anchor, AuditChain.resume(database, anchor));
        assertEquals(database, AuditChain.resume(database, null));
        assertEquals(database, AuditChain.resume(database, new Head(4, "c".repeat(64))));
        assertEquals(Head.EMPTY, AuditChain.resume(Head.EMPTY, null));
    }
}
