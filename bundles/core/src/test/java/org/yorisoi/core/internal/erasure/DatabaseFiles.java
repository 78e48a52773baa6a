package org.yorisoi.core.internal.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Byte search over the files of a database directory, for tests that prove data has left (or reached) the disk.
 * Every regular file under the directory is searched, whatever its kind (Derby's {@code seg0/c*.dat}, the
 * transaction log {@code log/log*.dat}, control files); files are streamed, so large databases do not need memory
 * of their size. Reports file names only, never the bytes around a hit: the needle may stand for consultation text.
 */
public final class DatabaseFiles {

    private static final int BUFFER = 1 << 16;

    private DatabaseFiles() {
    }

    /** True when any file under {@code dir} contains {@code needle}. */
    public static boolean contains(Path dir, byte[] needle) {
        return !filesContaining(dir, needle).isEmpty();
    }

    /** The files under {@code dir} that contain {@code needle}, relative to {@code dir}, in name order. */
    public static List<Path> filesContaining(Path dir, byte[] needle) {
        if (needle.length == 0) {
            throw new IllegalArgumentException("empty needle");
        }
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (fileContains(file, needle)) {
                    hits.add(dir.relativize(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** True when the file contains the needle; a file that vanished meanwhile (a recycled log) contains nothing. */
    static boolean fileContains(Path file, byte[] needle) throws IOException {
        int[] failure = failureFunction(needle);
        byte[] buffer = new byte[BUFFER];
        int matched = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    // Knuth-Morris-Pratt: a match may span two reads
                    while (matched > 0 && buffer[i] != needle[matched]) {
                        matched = failure[matched - 1];
                    }
                    if (buffer[i] == needle[matched]) {
                        matched++;
                        if (matched == needle.length) {
                            return true;
                        }
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return false;
    }

    private static int[] failureFunction(byte[] needle) {
        int[] failure = new int[needle.length];
        int k = 0;
        for (int i = 1; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = failure[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

}
