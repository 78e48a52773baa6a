package org.yorisoi.core.internal.consultation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

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
import org.yorisoi.core.internal.erasure.DatabaseFiles;
import org.yorisoi.core.internal.erasure.ProtectionFixture;
import org.yorisoi.platform.UnknownContractException;

/**
 * The store on embedded Derby, one database for the class; each test works under contracts of its own. Texts are
 * compared without being echoed: assertion messages name positions only.
 */
public class JpaConsultationStoreTest {

    private static final String TEXT = "先生にも親にも言えないことがあります。";
    private static final AtomicInteger TESTS = new AtomicInteger();

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static ProtectionFixture f;
    private String kyoto;
    private String sakai;

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
        kyoto = "kyoto-" + n;
        sakai = "sakai-" + n;
        f.contracts.deploy(ProtectionFixture.contract(kyoto, "2024-04-01", "2025-03-31"));
        f.contracts.deploy(ProtectionFixture.contract(sakai, "2024-04-01", "2025-03-31"));
        f.clock.set(Instant.parse("2025-03-31T09:00:00Z"));
    }

    @Test
    public void openedConsultationIsFoundWithItsAttributesAndAudited() {
        Consultation c = f.store.open(kyoto, Channel.LINE, Map.of("schoolType", "PRIVATE", "note", "a=b;c"));
        assertEquals(c, f.store.find(c.id()).orElseThrow());
        assertEquals(Map.of("schoolType", "PRIVATE", "note", "a=b;c"), c.attributes());
        assertEquals(Channel.LINE, c.channel());
        assertNull(c.closedAt());
        AuditEvent opened = events(kyoto).get(0);
        assertEquals(AuditActions.WRITE, opened.action());
        assertEquals(c.id(), opened.target());
        assertEquals(kyoto, opened.contractId());
    }

    @Test(expected = IllegalArgumentException.class)
    public void openingRefusesAMalformedContractId() {
        f.store.open("Kyoto/1", Channel.WEB, Map.of());
    }

    @Test(expected = UnknownContractException.class)
    public void openingRefusesAContractThatIsNotDeployed() {
        f.store.open("kumamoto", Channel.WEB, Map.of());
    }

    @Test(expected = IllegalArgumentException.class)
    public void openingRefusesAttributeKeysThatAreNotCodes() {
        f.store.open(kyoto, Channel.WEB, Map.of("school type", "PRIVATE"));
    }

    @Test
    public void messagesComeBackDecryptedInOrderNumberedFromOne() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        List<String> texts = List.of(TEXT, "そうなんだね。話してくれてありがとう。", "はい 😢");
        f.store.append(c.id(), Sender.CLIENT, null, texts.get(0));
        f.store.append(c.id(), Sender.COUNSELOR, "person-1", texts.get(1));
        f.store.append(c.id(), Sender.CLIENT, null, texts.get(2));

        List<Message> messages = f.store.messages(c.id());
        assertEquals(3, messages.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, messages.get(i).seq());
            assertTrue("text of message " + (i + 1) + " differs", texts.get(i).equals(messages.get(i).text()));
        }
        assertEquals(Sender.COUNSELOR, messages.get(1).sender());
        assertEquals("person-1", messages.get(1).authorId());
    }

    @Test
    public void messageTextIsStoredOnlyEncrypted() throws Exception {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        Message m = f.store.append(c.id(), Sender.CLIENT, null, TEXT);
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] body = body(m.id());
        assertEquals(1, body[0]);
        assertEquals(1 + 12 + plain.length + 16, body.length);
        checkpoint();
        assertTrue("the stored form reaches the files", DatabaseFiles.contains(f.databaseDirectory(), body));
        assertFalse("the text never does", DatabaseFiles.contains(f.databaseDirectory(), plain));
    }

    @Test
    public void emptyAndOverlongTextsAreRefusedWithoutQuotingThem() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        for (String refused : new String[] {"", "  \n ", "秘".repeat(10_001)}) {
            try {
                f.store.append(c.id(), Sender.CLIENT, null, refused);
                fail("accepted a refused text");
            } catch (IllegalArgumentException e) {
                assertFalse("the refusal quotes the text", e.getMessage().contains("秘"));
            }
        }
        assertTrue(f.store.messages(c.id()).isEmpty());
    }

    @Test
    public void tenThousandCharactersAreAcceptedCountingSurrogatePairsOnce() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        String longest = "😢".repeat(10_000); // 20,000 UTF-16 units, 40,000 UTF-8 bytes
        f.store.append(c.id(), Sender.CLIENT, null, longest);
        assertTrue("longest text differs", longest.equals(f.store.messages(c.id()).get(0).text()));
    }

    @Test
    public void appendingToAClosedConsultationIsRefused() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        f.store.close(c.id());
        try {
            f.store.append(c.id(), Sender.CLIENT, null, TEXT);
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains(c.id()));
        }
    }

    @Test
    public void closingTwiceChangesNothingAndIsAuditedOnce() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        f.clock.set(Instant.parse("2025-03-31T10:00:00Z"));
        Consultation closed = f.store.close(c.id());
        f.clock.set(Instant.parse("2025-03-31T11:00:00Z"));
        assertEquals(closed, f.store.close(c.id()));
        assertEquals(Instant.parse("2025-03-31T10:00:00Z"), closed.closedAt());
        assertEquals(2, events(kyoto).size()); // opened, closed
    }

    @Test
    public void concurrentAppendsToOneConsultationGetGapFreeNumbers() throws Exception {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> seqs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                seqs.add(pool.submit(() -> f.store.append(c.id(), Sender.CLIENT, null, TEXT).seq()));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> seq : seqs) {
                numbers.add(seq.get());
            }
            Collections.sort(numbers);
            assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), numbers);
        } finally {
            pool.shutdown();
        }
        assertEquals(40, f.store.messages(c.id()).size());
    }

    @Test
    public void listGivesTheContractsConsultationsOpenedInTheRangeOldestFirst() {
        f.clock.set(Instant.parse("2025-01-01T00:00:00Z"));
        Consultation first = f.store.open(kyoto, Channel.WEB, Map.of());
        f.clock.set(Instant.parse("2025-01-02T00:00:00Z"));
        Consultation second = f.store.open(kyoto, Channel.WEB, Map.of());
        f.store.open(sakai, Channel.WEB, Map.of());
        f.clock.set(Instant.parse("2025-01-03T00:00:00Z"));
        f.store.open(kyoto, Channel.WEB, Map.of());

        List<Consultation> listed = f.store.list(kyoto, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-03T00:00:00Z"), 10);
        assertEquals(List.of(first, second), listed);
        assertEquals(List.of(first), f.store.list(kyoto, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-03T00:00:00Z"), 1));
    }

    @Test
    public void readsAfterTheKeyWasDestroyedSayTheDataWasErased() {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        f.store.append(c.id(), Sender.CLIENT, null, TEXT);
        // the rows of a database backup restored after an erasure: the key is gone
        f.keys.destroy(kyoto);
        try {
            f.store.messages(c.id());
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("the data of contract " + kyoto + " was erased"));
        }
    }

    @Test
    public void aCiphertextCopiedIntoAnotherRowIsRefused() throws Exception {
        Consultation c = f.store.open(kyoto, Channel.WEB, Map.of());
        Message first = f.store.append(c.id(), Sender.CLIENT, null, TEXT);
        Message second = f.store.append(c.id(), Sender.CLIENT, null, "べつのメッセージ");
        try (Connection connection = f.derby.connect();
             PreparedStatement p = connection.prepareStatement("UPDATE YS_MESSAGE SET BODY = ? WHERE ID = ?")) {
            p.setBytes(1, body(first.id()));
            p.setString(2, second.id());
            assertEquals(1, p.executeUpdate());
        }
        try {
            f.store.messages(c.id());
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains(second.id()));
            assertFalse(e.getMessage().contains("言えない"));
        }
    }

    @Test
    public void unknownConsultationIsRefusedAndNotFound() {
        assertTrue(f.store.find("no-such-id").isEmpty());
        for (Runnable call : List.<Runnable>of(() -> f.store.messages("no-such-id"),
                () -> f.store.close("no-such-id"), () -> f.store.append("no-such-id", Sender.CLIENT, null, TEXT))) {
            try {
                call.run();
                fail();
            } catch (IllegalArgumentException e) {
                assertNotNull(e.getMessage());
            }
        }
    }

    private static List<AuditEvent> events(String contractId) {
        synchronized (f.audit) {
            return f.audit.events.stream().filter(e -> contractId.equals(e.contractId())).toList();
        }
    }

    private byte[] body(String messageId) throws Exception {
        try (Connection connection = f.derby.connect();
             PreparedStatement p = connection.prepareStatement("SELECT BODY FROM YS_MESSAGE WHERE ID = ?")) {
            p.setString(1, messageId);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            }
        }
    }

    private void checkpoint() throws Exception {
        try (Connection connection = f.derby.connect(); Statement s = connection.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }
}
