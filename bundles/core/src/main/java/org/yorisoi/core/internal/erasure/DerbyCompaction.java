package org.yorisoi.core.internal.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes deleted rows leave the files of an embedded Derby database: the table files and the transaction log.
 *
 * <p>What Derby 10.16 keeps after a committed {@code DELETE} (shown by {@code DerbyErasureProofTest}):
 * <ul>
 * <li>the table's container file ({@code seg0/c*.dat}) still holds the deleted rows' bytes, only marked deleted.
 *     {@code SYSCS_COMPRESS_TABLE} copies the live rows into a new container and drops the old file;</li>
 * <li>the transaction log ({@code log/logN.dat}) holds the inserts that wrote the rows. A checkpoint deletes the
 *     log files that recovery no longer needs, i.e. those before the first log record of the oldest transaction
 *     still open, but never the current file; and it starts a new file only when the current one has grown past
 *     {@code derby.storage.logSwitchInterval} (1 MiB by default, read at boot). No SQL procedure switches the log
 *     outright ({@code SYSCS_BACKUP_DATABASE} switches only in log archive mode, and copies the whole database).</li>
 * </ul>
 * So after compressing, this class writes more log than the switch interval in a transaction it rolls back (a
 * scratch table created, filled with zeros and dropped again by the rollback: nothing remains in the schema),
 * checkpoints until Derby works in a newer log file, waits for transactions that began writing in the older files
 * to end, and checkpoints once more: Derby then deletes the older files. Deleted files are unlinked, not
 * overwritten: their blocks stay on the disk until the file system reuses them.
 */
final class DerbyCompaction {

    /** Derby's default log switch interval, used when none is configured. */
    static final long DEFAULT_LOG_SWITCH_INTERVAL = 1024 * 1024;
    /** Derby's bounds for {@code derby.storage.logSwitchInterval}. */
    static final long MIN_LOG_SWITCH_INTERVAL = 100_000;
    static final long MAX_LOG_SWITCH_INTERVAL = 128L * 1024 * 1024;

    private static final String LOG_SWITCH_INTERVAL = "derby.storage.logSwitchInterval";
    private static final String FILLER_TABLE = "YS_ERASURE_LOG_FILLER";
    private static final String PROBE_TABLE = "YS_ERASURE_LOG_PROBE";
    private static final int FILLER_ROW = 32 * 1024;
    private static final int SWITCH_ATTEMPTS = 3;
    private static final long POLL_MILLIS = 100;
    /** A log instant as Derby's diagnostic tables show it: {@code (file,offset)}. */
    private static final Pattern LOG_INSTANT = Pattern.compile("\\((\\d+),\\s*\\d+\\)");

    /**
     * What the compaction did.
     *
     * @param tablesCompressed the tables rebuilt without their deleted rows
     * @param logSwitched Derby works in a log file newer than every one holding the deleted rows' log records
     * @param oldLogReleased no open transaction needed the older log files at the last checkpoint, so Derby
     *                       deleted them
     * @param transactionsHoldingOldLog the open transactions that still needed them when the wait ended
     */
    record Result(List<String> tablesCompressed, boolean logSwitched, boolean oldLogReleased,
                  int transactionsHoldingOldLog) {
    }

    private DerbyCompaction() {
    }

    /** True when the connection goes to an Apache Derby database. */
    static boolean isDerby(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
    }

    /**
     * Compresses the tables (of the connection's current schema), then moves the transaction log past every record
     * written so far and lets Derby delete the older log files.
     *
     * @param connection in auto-commit mode, outside any global transaction
     * @param wait how long to wait for other transactions that still need the older log files
     */
    static Result compact(Connection connection, List<String> tables, Duration wait) throws SQLException {
        String schema = currentSchema(connection);
        compressTables(connection, schema, tables);
        long oldFile = writeFillerLogAndRollBack(connection, fillerBytes(connection));
        boolean switched = false;
        for (int attempt = 0; attempt < SWITCH_ATTEMPTS && !switched; attempt++) {
            // a checkpoint Derby's daemon runs at the same moment makes ours wait for it instead of running:
            // check, and take another
            checkpoint(connection);
            switched = currentLogFile(connection) > oldFile;
        }
        int holding = awaitTransactionsBefore(connection, oldFile, wait);
        checkpoint(connection);
        return new Result(List.copyOf(tables), switched, switched && holding == 0, holding);
    }

    static String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("VALUES CURRENT SCHEMA")) {
            r.next();
            return r.getString(1);
        }
    }

    /** Rebuilds each table without its deleted rows, and gives the freed space back to the file system. */
    static void compressTables(Connection connection, String schema, List<String> tables) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
            for (String table : tables) {
                p.setString(1, schema);
                p.setString(2, table);
                p.execute();
            }
        }
    }

    static void checkpoint(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }

    /** More than the log switch interval, so that the current log file certainly outgrows it. */
    static long fillerBytes(Connection connection) throws SQLException {
        return logSwitchInterval(connection) + 2L * FILLER_ROW;
    }

    /**
     * The log switch interval in force: the database property, else the system property of this JVM (the database
     * is embedded), else Derby's default; within Derby's bounds.
     */
    static long logSwitchInterval(Connection connection) throws SQLException {
        String value;
        try (PreparedStatement p = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            p.setString(1, LOG_SWITCH_INTERVAL);
            try (ResultSet r = p.executeQuery()) {
                value = r.next() ? r.getString(1) : null;
            }
        }
        if (value == null) {
            value = System.getProperty(LOG_SWITCH_INTERVAL);
        }
        long interval = DEFAULT_LOG_SWITCH_INTERVAL;
        if (value != null) {
            try {
                interval = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                // not a number: Derby's default is the best guess
            }
        }
        return Math.max(MIN_LOG_SWITCH_INTERVAL, Math.min(MAX_LOG_SWITCH_INTERVAL, interval));
    }

    /**
     * Writes at least {@code bytes} of log in a transaction that is rolled back.
     *
     * @return the log file the filler began in: every record written before it lies in this file or an older one
     */
    static long writeFillerLogAndRollBack(Connection connection, long bytes) throws SQLException {
        return inRolledBackTransaction(connection, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE " + FILLER_TABLE + " (FILLER BLOB(" + FILLER_ROW + "))");
            }
            long startFile = newestLogFileInUse(connection);
            byte[] zeros = new byte[FILLER_ROW];
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO " + FILLER_TABLE + " (FILLER) VALUES (?)")) {
                for (long written = 0; written < bytes; written += FILLER_ROW) {
                    p.setBytes(1, zeros);
                    p.executeUpdate();
                }
            }
            return startFile;
        });
    }

    /** The log file Derby writes now: a transaction that writes (and is rolled back) shows where it began. */
    static long currentLogFile(Connection connection) throws SQLException {
        return inRolledBackTransaction(connection, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE " + PROBE_TABLE + " (PROBE INT)");
            }
            return newestLogFileInUse(connection);
        });
    }

    /**
     * Within a transaction that has written: the newest log file in which an open transaction began writing. Ours
     * began last, so this is the file being written now.
     */
    private static long newestLogFileInUse(Connection connection) throws SQLException {
        long newest = -1;
        for (long file : firstLogFilesOfOpenTransactions(connection)) {
            newest = Math.max(newest, file);
        }
        if (newest < 0) {
            throw new SQLException("Derby shows no open transaction that wrote to the log, not even this one");
        }
        return newest;
    }

    /**
     * Waits until no open transaction began writing in {@code file} or before.
     *
     * @return how many still did when the wait ended (0 when none)
     */
    static int awaitTransactionsBefore(Connection connection, long file, Duration wait) throws SQLException {
        // real elapsed time, not the platform clock: that one may stand still in a demonstration
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            int holding = 0;
            for (long first : firstLogFilesOfOpenTransactions(connection)) {
                if (first <= file) {
                    holding++;
                }
            }
            if (holding == 0 || System.nanoTime() - deadline >= 0) {
                return holding;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return holding;
            }
        }
    }

    private static List<Long> firstLogFilesOfOpenTransactions(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT FIRST_INSTANT FROM SYSCS_DIAG.TRANSACTION_TABLE WHERE FIRST_INSTANT IS NOT NULL")) {
            List<Long> files = new ArrayList<>();
            while (r.next()) {
                Matcher m = LOG_INSTANT.matcher(r.getString(1).trim());
                if (m.matches()) {
                    files.add(Long.parseLong(m.group(1)));
                }
            }
            return files;
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inRolledBackTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return work.run();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
