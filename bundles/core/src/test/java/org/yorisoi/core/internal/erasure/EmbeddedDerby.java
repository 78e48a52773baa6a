package org.yorisoi.core.internal.erasure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** An embedded Derby database in a directory of the test's own, without OSGi. */
public final class EmbeddedDerby implements AutoCloseable {

    static {
        // Derby's own log goes to the build directory, not to the working directory
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toAbsolutePath().toString());
    }

    private final Path directory;
    private boolean shutDown;

    public EmbeddedDerby(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Connection connect() throws SQLException {
        shutDown = false;
        return DriverManager.getConnection("jdbc:derby:" + directory + ";create=true");
    }

    public DataSource dataSource() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(directory.toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** Shuts the database down, so that its files are complete and released. */
    @Override
    public void close() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        try {
            DriverManager.getConnection("jdbc:derby:" + directory + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006, a database never created (no test used it) as XJ004
            if (!"08006".equals(expected.getSQLState()) && !"XJ004".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + expected.getSQLState(),
                        expected);
            }
        }
    }
}
