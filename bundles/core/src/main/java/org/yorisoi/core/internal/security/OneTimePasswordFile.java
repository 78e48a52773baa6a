package org.yorisoi.core.internal.security;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * The file that hands the first administrator's one-time password to whoever runs the platform: two lines,
 * {@code login=...} and {@code password=...}, readable by the platform's OS user only where the file system has
 * POSIX permissions. Written whole or not at all.
 */
final class OneTimePasswordFile {

    private final Path file;

    OneTimePasswordFile(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Writes (or replaces) the file; the password's bytes are wiped from memory afterwards. */
    void write(String login, char[] password) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        CharBuffer text = CharBuffer.allocate(login.length() + password.length + 32);
        text.put("login=").put(login).put('\n').put("password=").put(password).put('\n').flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } finally {
            wipe(text, bytes);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The login named in the file, or empty when there is no file. */
    Optional<String> login() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty("login"));
    }

    boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }

    /**
     * An exclusive lock on a file beside it, held until closed: two platform processes started on the same data
     * folder cannot both set up a first administrator.
     */
    Closeable exclusive() throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return () -> {
                try {
                    lock.release();
                } finally {
                    channel.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
            // best effort where there are no POSIX permissions
            path.toFile().setReadable(false, false);
            path.toFile().setReadable(true, true);
            path.toFile().setWritable(false, false);
            path.toFile().setWritable(true, true);
        }
    }

    private static void wipe(CharBuffer text, ByteBuffer bytes) {
        if (text.hasArray()) {
            Arrays.fill(text.array(), '\0');
        }
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
