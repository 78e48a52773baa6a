package org.yorisoi.core.internal.crypto;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class KeystorePasswordTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path keystore() {
        return tmp.getRoot().toPath().resolve("keys").resolve("contract-keys.p12");
    }

    @Test
    public void environmentVariableWinsAndNoFileIsWritten() throws Exception {
        char[] password = KeystorePassword.resolve(keystore(),
                Map.of(KeystorePassword.ENVIRONMENT_VARIABLE, "from-the-environment")::get);
        assertArrayEquals("from-the-environment".toCharArray(), password);
        assertFalse(Files.exists(KeystorePassword.fileFor(keystore())));
    }

    @Test
    public void firstStartGeneratesA32ByteRandomPasswordFileReadableByTheOwnerOnly() throws Exception {
        char[] password = KeystorePassword.resolve(keystore(), name -> null);
        Path file = KeystorePassword.fileFor(keystore());
        assertEquals(32, Base64.getDecoder().decode(new String(password)).length);
        assertEquals(new String(password), Files.readString(file, StandardCharsets.UTF_8));
        assumeTrue(KeystorePassword.posix(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    public void laterStartsReadTheSamePassword() throws Exception {
        char[] first = KeystorePassword.resolve(keystore(), name -> null);
        assertArrayEquals(first, KeystorePassword.resolve(keystore(), name -> null));
    }

    @Test(expected = IllegalStateException.class)
    public void existingKeystoreWithoutItsPasswordIsRefusedRatherThanGivenANewOne() throws Exception {
        Files.createDirectories(keystore().getParent());
        Files.write(keystore(), new byte[] {1, 2, 3});
        KeystorePassword.resolve(keystore(), name -> null);
    }

    @Test(expected = IllegalStateException.class)
    public void emptyPasswordFileIsRefused() throws Exception {
        Files.createDirectories(keystore().getParent());
        Files.writeString(KeystorePassword.fileFor(keystore()), "\n");
        KeystorePassword.resolve(keystore(), name -> null);
    }

    @Test
    public void emptyEnvironmentVariableFallsBackToTheFile() throws Exception {
        char[] password = KeystorePassword.resolve(keystore(), Map.of(KeystorePassword.ENVIRONMENT_VARIABLE, "")::get);
        assertTrue(Files.exists(KeystorePassword.fileFor(keystore())));
        assertEquals(44, password.length);
    }
}
