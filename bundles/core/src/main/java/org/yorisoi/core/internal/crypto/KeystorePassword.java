package org.yorisoi.core.internal.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the keystore's password comes from: the environment variable {@value #ENVIRONMENT_VARIABLE} when set,
 * else the file {@value #FILE_NAME} next to the keystore, generated at the first start. The password is never
 * logged.
 */
final class KeystorePassword {

    static final String ENVIRONMENT_VARIABLE = "YORISOI_KEYSTORE_PASSWORD";
    static final String FILE_NAME = "keystore.password";
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(KeystorePassword.class);

    private KeystorePassword() {
    }

    /**
     * The password for the keystore at {@code keystore}. Generates the password file only for a new installation
     * (neither keystore nor password file): a new password for an existing keystore would only hide its loss.
     *
     * @param environment looks an environment variable up ({@code System::getenv}); null when not set
     */
    static char[] resolve(Path keystore, UnaryOperator<String> environment) throws IOException {
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Path file = fileFor(keystore);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.isEmpty()) {
                throw new IllegalStateException("the keystore password file " + file + " is empty");
            }
            return stored.toCharArray();
        }
        if (Files.exists(keystore)) {
            throw new IllegalStateException("the keystore " + keystore + " exists but its password does not: set "
                    + ENVIRONMENT_VARIABLE + " or restore " + file);
        }
        return generate(file);
    }

    static Path fileFor(Path keystore) {
        return keystore.resolveSibling(FILE_NAME);
    }

    private static char[] generate(Path file) throws IOException {
        ensurePrivateDirectory(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getEncoder().encodeToString(random);
        try (OutputStream out = Files.newOutputStream(createPrivateFile(file), StandardOpenOption.WRITE)) {
            out.write(password.getBytes(StandardCharsets.US_ASCII));
        }
        LOG.info("Generated the contract keystore password in {}", file);
        return password.toCharArray();
    }

    /** Creates the directory readable by the owner only, where the file system knows POSIX permissions. */
    static void ensurePrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            // the umask may have narrowed, never widened, the mode; set it exactly anyway
            Files.setPosixFilePermissions(dir, OWNER_DIRECTORY);
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates a new, empty file readable and writable by the owner only where POSIX permissions exist. */
    static Path createPrivateFile(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        FileAttribute<?>[] attributes = posix(file.getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        return Files.createFile(file, attributes);
    }

    static boolean posix(Path existing) {
        Path probe = existing;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        try {
            return probe != null && Files.getFileStore(probe).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
