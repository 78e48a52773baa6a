package org.yorisoi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.ConsultationStore;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.security.Credentials;
import org.yorisoi.staff.StaffDirectory;

/** Encryption at rest and erasure, proven on the Derby files of the booted distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DataProtectionIT extends YorisoiTestSupport {

    private final StaffDirectory staff = live(StaffDirectory.class);

    private final Credentials credentials = live(Credentials.class);

    private final ConsultationStore consultations = live(ConsultationStore.class);

    private final AuditLog audit = live(AuditLog.class);

    private final DataSource dataSource = live(DataSource.class, "(osgi.jndi.service.name=yorisoi)");

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    private static Path databaseDirectory() {
        return Paths.get(System.getProperty("karaf.data"), "derby", "yorisoi");
    }

    /** True when some file of the database (data, log, anything) contains the bytes. */
    static boolean databaseFilesContain(Path dir, byte[] needle) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (contains(Files.readAllBytes(f), needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void checkpoint() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }

    private byte[] storedBody(String consultationId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT BODY FROM YS_MESSAGE WHERE CONSULTATION_ID = ?")) {
            s.setString(1, consultationId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("the message row is stored", rs.next());
                try (InputStream in = rs.getBinaryStream(1)) {
                    return in.readAllBytes();
                }
            }
        }
    }

    @Test
    public void messageTextIsEncryptedAtRestAndGoneFromTheDatabaseFilesAfterErasure() throws Exception {
        String phrase = "消去確認の合言葉 " + UUID.randomUUID();
        byte[] plain = phrase.getBytes(StandardCharsets.UTF_8);
        Consultation c = consultations.open("kumamoto", Channel.LINE, Map.of());
        consultations.append(c.id(), Sender.CLIENT, null, phrase);
        byte[] ciphertext = storedBody(c.id());
        checkpoint();

        assertFalse("the text never reaches the database files in clear", databaseFilesContain(databaseDirectory(), plain));
        assertTrue("the stored ciphertext is in the files before erasure (the search works)",
                databaseFilesContain(databaseDirectory(), ciphertext));

        String admin = tokenOf("eraser", "ADMIN@*");
        Response erased = call("POST", API + "/contracts/kumamoto/erasures?force=true", admin, null);
        assertEquals(erased.toString(), 201, erased.status);
        String recordId = erased.json().path("id").asText();
        assertTrue(erased.json().path("messages").asLong() >= 1);
        assertTrue(erased.json().path("keyDestroyed").asBoolean());

        assertFalse("no clear text after erasure", databaseFilesContain(databaseDirectory(), plain));
        assertFalse("no ciphertext after erasure", databaseFilesContain(databaseDirectory(), ciphertext));
        assertTrue(consultations.find(c.id()).isEmpty());

        Response printed = call("GET", API + "/contracts/kumamoto/erasures/" + recordId, admin, null);
        assertEquals(200, printed.status);
        assertTrue(printed.body.contains(recordId));
        assertTrue(printed.body.contains("データ消去"));
        assertFalse(audit.search(new AuditQuery("eraser", "kumamoto", "data-erased", null, null, 5)).isEmpty());
    }

    @Test
    public void erasureBeforeTheTermEndsNeedsForceAndAnAdministrator() throws Exception {
        String manager = tokenOf("sakai-manager", "CONTRACT_MANAGER@sakai");
        assertEquals(403, call("POST", API + "/contracts/sakai/erasures?force=true", manager, null).status);

        String admin = tokenOf("eraser", "ADMIN@*");
        Response refused = call("POST", API + "/contracts/sakai/erasures", admin, null);
        assertEquals(refused.toString(), 409, refused.status);
        assertEquals(200, call("GET", API + "/contracts/sakai/erasures", manager, null).status);
    }

    @Test
    public void contentReadsAndWritesAreAuditedWithIdsOnly() throws Exception {
        String counselor = tokenOf("writer", "COUNSELOR@asahikawa");
        Consultation c = consultations.open("asahikawa", Channel.WEB, Map.of());
        String secret = "秘密の相談内容 " + UUID.randomUUID();

        Response posted = call("POST", API + "/contracts/asahikawa/consultations/" + c.id() + "/messages", counselor,
                json("text", secret));
        Response read = call("GET", API + "/contracts/asahikawa/consultations/" + c.id(), counselor, null);

        assertEquals(posted.toString(), 201, posted.status);
        assertEquals(200, read.status);
        List<org.yorisoi.audit.AuditEntry> entries = audit.search(new AuditQuery("writer", "asahikawa", null, null, null, 20));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("write")));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("content-read") && c.id().equals(e.target())));
        assertTrue("no audit entry carries the text", entries.stream().noneMatch(e -> String.valueOf(e.detail()).contains(secret)
                || String.valueOf(e.target()).contains(secret)));
    }
}
