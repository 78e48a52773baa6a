package org.yorisoi.core.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.yorisoi.core.internal.audit.AuditChain.Head;

/**
 * The newest entry's sequence number and hash, kept in a file outside the database (one line:
 * {@code <sequence> <hash>}). Deleting the newest rows leaves no gap in the chain; the anchor shows it.
 */
final class AuditAnchor {

    private final Path file;

    AuditAnchor(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The anchored head, or null when no anchor was ever written. */
    Head read() throws IOException {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
            throw new IOException("unreadable audit anchor " + file + ": '" + line + "'");
        }
        try {
            return new Head(Long.parseLong(parts[0]), parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("unreadable audit anchor " + file + ": '" + line + "'", e);
        }
    }

    /** Replaces the anchor; a reader sees the old or the new one, never half of one. */
    void write(Head head) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, head.sequence() + " " + head.hash() + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
