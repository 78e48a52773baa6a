package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OneTimePasswordFileTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path path() {
        return folder.getRoot().toPath().resolve("data/yorisoi/first-admin-password");
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    public void fileHoldsALoginLineAndAPasswordLine() throws IOException {
        OneTimePasswordFile file = new OneTimePasswordFile(path());
        char[] password = FirstAdminBootstrap.oneTimePassword(20, "admin");

        file.write("admin", password);

        Properties p = read(path());
        assertEquals("admin", p.getProperty("login"));
        // compared without a message: a failing assertion must not print the password
        assertTrue(new String(password).equals(p.getProperty("password")));
        assertEquals(2, Files.readAllLines(path()).size());
        assertEquals(Optional.of("admin"), file.login());
    }

    @Test
    public void onlyThePlatformsUserMayReadIt() throws IOException {
        Assume.assumeTrue(path().getFileSystem().supportedFileAttributeViews().contains("posix"));

        new OneTimePasswordFile(path()).write("admin", "A1b2C3d4E5f6G7h8I9j0".toCharArray());

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path())));
    }

    @Test
    public void writingAgainReplacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        OneTimePasswordFile file = new OneTimePasswordFile(path());
        file.write("admin", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".toCharArray());

        file.write("root", "B1B1B1B1B1B1B1B1B1B1".toCharArray());

        assertEquals("root", read(path()).getProperty("login"));
        assertTrue("B1B1B1B1B1B1B1B1B1B1".equals(read(path()).getProperty("password")));
        try (var files = Files.list(path().getParent())) {
            assertEquals(1, files.filter(f -> !f.getFileName().toString().endsWith(".lock")).count());
        }
    }

    @Test
    public void missingFileNamesNoLoginAndDeletesQuietly() throws IOException {
        OneTimePasswordFile file = new OneTimePasswordFile(path());

        assertEquals(Optional.empty(), file.login());
        assertFalse(file.delete());
        assertFalse(file.exists());
    }

    @Test
    public void deletedFileIsGone() throws IOException {
        OneTimePasswordFile file = new OneTimePasswordFile(path());
        file.write("admin", "A1b2C3d4E5f6G7h8I9j0".toCharArray());

        assertTrue(file.delete());

        assertFalse(Files.exists(path()));
    }

    @Test
    public void exclusiveLockCanBeTakenAgainOnceReleased() throws IOException {
        OneTimePasswordFile file = new OneTimePasswordFile(path());
        try (Closeable first = file.exclusive()) {
            assertTrue(Files.exists(path().resolveSibling("first-admin-password.lock")));
        }
        try (Closeable second = file.exclusive()) {
            assertTrue(true);
        }
    }
}
