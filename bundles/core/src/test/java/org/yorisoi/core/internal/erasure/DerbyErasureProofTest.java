package org.yorisoi.core.internal.erasure;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What embedded Derby keeps of deleted rows in its files, and that {@link DerbyCompaction} removes it: a 48-byte
 * random marker written into BLOBs is searched for, byte by byte, in every file of the database directory
 * (tables in {@code seg0/}, transaction log in {@code log/}). Plain JDBC, no OSGi. Failures name files, never bytes.
 */
public class DerbyErasureProofTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ERASED = "erased";
    private static final String KEPT = "kept";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private EmbeddedDerby derby;
    private Path db;
    private Connection connection;
    private final byte[] marker = new byte[48];
    private final Map<Integer, byte[]> keptBodies = new HashMap<>();

    @Before
    public void createDatabase() throws Exception {
        RANDOM.nextBytes(marker);
        db = tmp.getRoot().toPath().resolve("db");
        derby = new EmbeddedDerby(db);
        connection = derby.connect();
        execute("CREATE TABLE YS_MESSAGE (ID INT PRIMARY KEY, CONTRACT_ID VARCHAR(32) NOT NULL, BODY BLOB NOT NULL)");
        execute("CREATE INDEX YS_MESSAGE_CONTRACT ON YS_MESSAGE (CONTRACT_ID)");
    }

    @After
    public void shutDown() throws Exception {
        if (connection != null && !connection.isClosed()) {
            connection.close();
        }
        derby.close();
    }

    @Test
    public void deletedRowsStayInTableAndLogFilesAfterCommitAndCheckpoint() throws Exception {
        insertRows(200, 4000);
        DerbyCompaction.checkpoint(connection);
        assertFoundIn("seg0/");
        assertFoundIn("log/");

        deleteErasedRows();
        DerbyCompaction.checkpoint(connection);
        assertFoundIn("seg0/");
        assertFoundIn("log/");
    }

    @Test
    public void compressAndCheckpointAloneLeaveTheRowsInTheCurrentLogFile() throws Exception {
        insertRows(200, 4000);
        deleteErasedRows();
        DerbyCompaction.compressTables(connection, DerbyCompaction.currentSchema(connection), List.of("YS_MESSAGE"));
        DerbyCompaction.checkpoint(connection);
        DerbyCompaction.checkpoint(connection);

        List<Path> holding = DatabaseFiles.filesContaining(db, marker);
        assertTrue("table files are clean after compression: " + holding,
                holding.stream().noneMatch(p -> p.startsWith("seg0")));
        assertTrue("the current log file still holds the inserts: " + holding,
                holding.stream().anyMatch(p -> p.startsWith("log")));
    }

    @Test
    public void compactionRemovesDeletedRowsFromEveryDatabaseFile() throws Exception {
        insertRows(200, 4000);
        DerbyCompaction.checkpoint(connection);
        assertTrue(DatabaseFiles.contains(db, marker));

        deleteErasedRows();
        DerbyCompaction.Result result = DerbyCompaction.compact(connection, List.of("YS_MESSAGE"), Duration.ofSeconds(5));

        assertTrue(result.logSwitched());
        assertTrue(result.oldLogReleased());
        assertEquals(List.of(), DatabaseFiles.filesContaining(db, marker));
        assertKeptRowsIntact();
        assertNoScratchTableLeft();

        connection.close();
        derby.close();
        assertEquals("after shutdown too", List.of(), DatabaseFiles.filesContaining(db, marker));
    }

    @Test
    public void compactionRemovesRowsWrittenOverSeveralLogFiles() throws Exception {
        // about 3 MiB of marked rows: the inserts span several 1 MiB log files
        insertRows(120, 50_000);
        deleteErasedRows();
        DerbyCompaction.Result result = DerbyCompaction.compact(connection, List.of("YS_MESSAGE"), Duration.ofSeconds(5));

        assertTrue(result.oldLogReleased());
        assertEquals(List.of(), DatabaseFiles.filesContaining(db, marker));
        assertKeptRowsIntact();
    }

    @Test
    public void openTransactionOfAnotherUserKeepsTheOldLogFileUntilItEnds() throws Exception {
        insertRows(100, 4000);
        execute("CREATE TABLE OTHER (I INT)");
        try (Connection other = derby.connect()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO OTHER VALUES (1)"); // begins writing before the erasure
            }
            deleteErasedRows();
            DerbyCompaction.Result result = DerbyCompaction.compact(connection, List.of("YS_MESSAGE"),
                    Duration.ofMillis(300));

            assertTrue(result.logSwitched());
            assertFalse(result.oldLogReleased());
            assertEquals(1, result.transactionsHoldingOldLog());
            assertTrue(DatabaseFiles.filesContaining(db, marker).stream().allMatch(p -> p.startsWith("log")));

            other.commit();
        }
        DerbyCompaction.checkpoint(connection);
        assertEquals("the next checkpoint deletes it", List.of(), DatabaseFiles.filesContaining(db, marker));
    }

    @Test
    public void compactionWaitsForATransactionThatEndsSoon() throws Exception {
        insertRows(100, 4000);
        execute("CREATE TABLE OTHER (I INT)");
        Connection other = derby.connect();
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
            s.executeUpdate("INSERT INTO OTHER VALUES (1)");
        }
        deleteErasedRows();
        Thread committer = new Thread(() -> {
            try {
                Thread.sleep(300);
                other.commit();
                other.close();
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        committer.start();
        DerbyCompaction.Result result = DerbyCompaction.compact(connection, List.of("YS_MESSAGE"), Duration.ofSeconds(10));
        committer.join();

        assertTrue(result.oldLogReleased());
        assertEquals(List.of(), DatabaseFiles.filesContaining(db, marker));
    }

    @Test
    public void logSwitchIntervalFollowsTheDatabasePropertyWithinDerbysBounds() throws Exception {
        assertEquals(DerbyCompaction.DEFAULT_LOG_SWITCH_INTERVAL, DerbyCompaction.logSwitchInterval(connection));
        setDatabaseProperty("derby.storage.logSwitchInterval", "2000000");
        assertEquals(2_000_000, DerbyCompaction.logSwitchInterval(connection));
        setDatabaseProperty("derby.storage.logSwitchInterval", "10");
        assertEquals(DerbyCompaction.MIN_LOG_SWITCH_INTERVAL, DerbyCompaction.logSwitchInterval(connection));
        setDatabaseProperty("derby.storage.logSwitchInterval", null);
    }

    /** Rows alternate between the erased contract (marker inside random bytes) and a kept one (random only). */
    private void insertRows(int rows, int maxBody) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO YS_MESSAGE VALUES (?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                byte[] body = new byte[200 + RANDOM.nextInt(maxBody)];
                RANDOM.nextBytes(body);
                boolean erased = i % 2 == 0;
                if (erased) {
                    System.arraycopy(marker, 0, body, RANDOM.nextInt(body.length - marker.length), marker.length);
                } else {
                    keptBodies.put(i, body);
                }
                p.setInt(1, i);
                p.setString(2, erased ? ERASED : KEPT);
                p.setBytes(3, body);
                p.executeUpdate();
            }
        }
    }

    private void deleteErasedRows() throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM YS_MESSAGE WHERE CONTRACT_ID = ?")) {
            p.setString(1, ERASED);
            assertTrue(p.executeUpdate() > 0);
        }
    }

    private void assertFoundIn(String prefix) {
        assertTrue("marker expected under " + prefix, DatabaseFiles.filesContaining(db, marker).stream()
                .anyMatch(p -> p.toString().startsWith(prefix)));
    }

    private void assertKeptRowsIntact() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT ID, CONTRACT_ID, BODY FROM YS_MESSAGE")) {
            int rows = 0;
            while (r.next()) {
                rows++;
                assertEquals(KEPT, r.getString(2));
                assertArrayEquals(keptBodies.get(r.getInt(1)), r.getBytes(3));
            }
            assertEquals(keptBodies.size(), rows);
        }
    }

    private void assertNoScratchTableLeft() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME LIKE 'YS_ERASURE_LOG_%'")) {
            r.next();
            assertEquals(0, r.getInt(1));
        }
    }

    private void setDatabaseProperty(String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.execute();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
