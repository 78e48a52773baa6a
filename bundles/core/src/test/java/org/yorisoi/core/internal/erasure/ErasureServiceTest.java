package org.yorisoi.core.internal.erasure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.protection.ErasureRecord;

/**
 * The erasure on embedded Derby, one database for the class; each test erases contracts of its own. Terms end on
 * 2025-03-31; the clock stands at 2025-03-31 18:00 in Tokyo unless a test moves it.
 */
public class ErasureServiceTest {

    private static final String TEXT = "死にたいと思うことがある、と書いた。";
    private static final Instant LAST_DAY_EVENING = Instant.parse("2025-03-31T09:00:00Z");
    private static final AtomicInteger TESTS = new AtomicInteger();

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static ProtectionFixture f;
    private String erased;
    private String kept;

    @BeforeClass
    public static void start() throws Exception {
        f = new ProtectionFixture(TMP.getRoot().toPath());
    }

    @AfterClass
    public static void stop() {
        f.close();
    }

    @Before
    public void deployContractsOfThisTest() {
        int n = TESTS.incrementAndGet();
        erased = "erased-" + n;
        kept = "kept-" + n;
        f.contracts.deploy(ProtectionFixture.contract(erased, "2024-04-01", "2025-03-31"));
        f.contracts.deploy(ProtectionFixture.contract(kept, "2024-04-01", "2026-03-31"));
        f.clock.set(LAST_DAY_EVENING);
    }

    @Test
    public void erasureBeforeTheTermsLastDayIsRefusedWithoutForce() {
        Consultation c = consultationWithMessages(erased, 1);
        f.clock.set(Instant.parse("2025-03-30T14:59:59Z")); // 2025-03-30 23:59:59 in Tokyo
        try {
            f.erasure.erase(erased, false, "admin");
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("2025-03-31"));
        }
        assertEquals(1, f.store.messages(c.id()).size());
        assertTrue(f.erasure.records(erased).isEmpty());
    }

    @Test
    public void erasureFromTheFirstMinuteOfTheLastDayInTokyoIsAllowed() {
        consultationWithMessages(erased, 1);
        f.clock.set(Instant.parse("2025-03-30T15:00:00Z")); // 2025-03-31 00:00 in Tokyo
        ErasureRecord r = f.erasure.erase(erased, false, "admin");
        assertFalse(r.beforeTermEnd());
    }

    @Test
    public void forcedErasureBeforeTheEndIsRecordedAsSuch() {
        f.clock.set(Instant.parse("2024-12-01T00:00:00Z"));
        ErasureRecord r = f.erasure.erase(kept, true, "admin");
        assertTrue(r.beforeTermEnd());
    }

    @Test(expected = UnknownContractException.class)
    public void contractThatIsNotDeployedIsRefused() {
        f.erasure.erase("not-deployed", true, "admin");
    }

    @Test
    public void erasureDeletesOnlyThatContractsDataDestroysItsKeyAndCountsWhatItDeleted() {
        f.clock.set(Instant.parse("2025-01-10T01:00:00Z"));
        Consultation first = consultationWithMessages(erased, 2);
        f.clock.set(Instant.parse("2025-03-20T12:00:00Z"));
        Consultation second = consultationWithMessages(erased, 1);
        Consultation other = consultationWithMessages(kept, 2);
        f.clock.set(LAST_DAY_EVENING);

        ErasureRecord r = f.erasure.erase(erased, false, "admin");

        assertEquals(2, r.consultations());
        assertEquals(3, r.messages());
        assertEquals(Instant.parse("2025-01-10T01:00:00Z"), r.oldestData());
        assertEquals(Instant.parse("2025-03-20T12:00:00Z"), r.newestData());
        assertTrue(r.keyDestroyed());
        assertEquals("admin", r.erasedBy());
        assertEquals(LAST_DAY_EVENING, r.erasedAt());
        assertFalse(r.beforeTermEnd());
        assertTrue(f.store.find(first.id()).isEmpty());
        assertTrue(f.store.find(second.id()).isEmpty());
        assertTrue(f.keys.existing(erased).isEmpty());
        assertEquals(2, f.store.messages(other.id()).size());
        assertTrue(f.keys.existing(kept).isPresent());
        assertEquals(List.of(r), f.erasure.records(erased));
        assertEquals(r, f.erasure.record(r.id()).orElseThrow());
    }

    @Test
    public void methodListsTheStepsTakenInJapaneseAndEnglish() {
        consultationWithMessages(erased, 1);
        String method = f.erasure.erase(erased, false, "admin").method();
        List<String> steps = ErasureMethod.steps(method);
        assertTrue(steps.get(0).startsWith("行の削除 / rows deleted"));
        assertTrue(steps.get(1).startsWith("暗号鍵の破棄 / encryption key destroyed (AES-256, PKCS12 keystore entry contract-"
                + erased));
        assertTrue(steps.get(2).contains("SYSCS_COMPRESS_TABLE: YS_MESSAGE, YS_CONSULTATION"));
        assertTrue(steps.get(3).startsWith("トランザクションログの切替 / transaction log switched"));
        assertTrue(steps.get(4).contains("SYSCS_CHECKPOINT_DATABASE"));
        assertTrue(steps.get(4).contains("older log files deleted"));
        assertTrue(steps.get(5).startsWith("注記 / note"));
    }

    @Test
    public void erasureIsAuditedWithCountsAndTheRecordIdButNoContent() {
        consultationWithMessages(erased, 2);
        ErasureRecord r = f.erasure.erase(erased, false, "admin");
        AuditEvent event = events(erased).stream().filter(e -> e.action().equals(AuditActions.DATA_ERASED))
                .findFirst().orElseThrow();
        assertEquals("admin", event.actor());
        assertEquals(r.id(), event.target());
        assertEquals(AuditEvent.Outcome.SUCCESS, event.outcome());
        assertTrue(event.detail().contains("consultations=1 messages=2"));
        assertFalse(event.detail().contains("死に"));
    }

    @Test
    public void erasureWithoutDataStillWritesARecord() {
        ErasureRecord r = f.erasure.erase(erased, false, "admin");
        assertEquals(0, r.consultations());
        assertEquals(0, r.messages());
        assertNull(r.oldestData());
        assertNull(r.newestData());
        assertFalse(r.keyDestroyed());
        assertTrue(r.method().contains("暗号鍵なし / no encryption key existed"));
        assertEquals(List.of(r), f.erasure.records(erased));
    }

    @Test
    public void recordsAreListedNewestFirst() {
        ErasureRecord first = f.erasure.erase(erased, false, "admin");
        f.clock.set(LAST_DAY_EVENING.plusSeconds(3600));
        ErasureRecord second = f.erasure.erase(erased, false, "operator");
        assertEquals(List.of(second, first), f.erasure.records(erased));
    }

    @Test
    public void contractCanBeUsedAgainAfterErasureWithANewKey() {
        consultationWithMessages(erased, 1);
        f.erasure.erase(erased, false, "admin");
        Consultation again = consultationWithMessages(erased, 1);
        assertEquals(1, f.store.messages(again.id()).size());
    }

    @Test
    public void printableReportCarriesTheRecordsFields() {
        consultationWithMessages(erased, 3);
        ErasureRecord r = f.erasure.erase(erased, false, "admin");
        String report = f.erasure.printable(r.id());
        assertTrue(report.startsWith("データ消去報告書 / Data erasure record"));
        for (String expected : List.of(r.id(), erased, "テスト契約", "2025-03-31 18:00:00 JST", "admin",
                "消去した相談 / Consultations erased:\n    1 件", "消去したメッセージ / Messages erased:\n    3 件",
                "暗号鍵の破棄 / Encryption key destroyed:\n    はい / yes", "1. 行の削除", "署名または押印 / Signature or seal")) {
            assertTrue("missing: " + expected, report.contains(expected));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void printingAnUnknownRecordIsRefused() {
        f.erasure.printable("no-such-record");
    }

    @Test
    public void afterErasureNeitherTheTextNorItsCiphertextIsInAnyDatabaseFile() throws Exception {
        Consultation c = f.store.open(erased, Channel.WEB, Map.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(f.store.append(c.id(), Sender.CLIENT, null, TEXT + " (" + i + ")").id());
        }
        Consultation other = consultationWithMessages(kept, 5);
        List<byte[]> ciphertexts = new ArrayList<>();
        for (String id : ids) {
            ciphertexts.add(body(id));
        }
        checkpoint();
        byte[] phrase = TEXT.getBytes(StandardCharsets.UTF_8);
        assertFalse("the text is never stored in clear", DatabaseFiles.contains(f.databaseDirectory(), phrase));
        for (byte[] ciphertext : ciphertexts) {
            assertTrue("the stored form is in the files before", DatabaseFiles.contains(f.databaseDirectory(),
                    ciphertext));
        }

        f.erasure.erase(erased, false, "admin");

        for (byte[] ciphertext : ciphertexts) {
            assertEquals(List.of(), DatabaseFiles.filesContaining(f.databaseDirectory(), ciphertext));
        }
        assertFalse(DatabaseFiles.contains(f.databaseDirectory(), phrase));
        List<Message> left = f.store.messages(other.id());
        assertEquals(5, left.size());
    }

    private Consultation consultationWithMessages(String contractId, int messages) {
        Consultation c = f.store.open(contractId, Channel.WEB, Map.of("schoolType", "PUBLIC"));
        for (int i = 0; i < messages; i++) {
            f.store.append(c.id(), Sender.CLIENT, null, TEXT);
        }
        return c;
    }

    private static List<AuditEvent> events(String contractId) {
        synchronized (f.audit) {
            return f.audit.events.stream().filter(e -> contractId.equals(e.contractId())).toList();
        }
    }

    private static byte[] body(String messageId) throws Exception {
        try (Connection connection = f.derby.connect();
             PreparedStatement p = connection.prepareStatement("SELECT BODY FROM YS_MESSAGE WHERE ID = ?")) {
            p.setString(1, messageId);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            }
        }
    }

    private static void checkpoint() throws Exception {
        try (Connection connection = f.derby.connect(); Statement s = connection.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }
}
