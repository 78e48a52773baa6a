package org.yorisoi.core.internal.crypto;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.crypto.SecretKey;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ContractKeysTest {

    private static final char[] PASSWORD = "test-password".toCharArray();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path keystore;
    private ContractKeys keys;

    @Before
    public void openKeystore() throws Exception {
        keystore = tmp.getRoot().toPath().resolve("keys").resolve("contract-keys.p12");
        keys = new ContractKeys(keystore, PASSWORD);
    }

    @Test
    public void noKeyAndNoFileBeforeTheFirstNeed() {
        assertTrue(keys.existing("kyoto").isEmpty());
        assertFalse(Files.exists(keystore));
    }

    @Test
    public void firstNeedCreatesAnAes256KeyAndStoresIt() throws Exception {
        SecretKey key = keys.keyFor("kyoto");
        assertEquals("AES", key.getAlgorithm());
        assertEquals(32, key.getEncoded().length);
        assertSame("cached", key, keys.keyFor("kyoto"));
        KeyStore onDisk = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            onDisk.load(in, PASSWORD);
        }
        assertEquals(List.of("contract-kyoto"), Collections.list(onDisk.aliases()));
    }

    @Test
    public void keysAreReloadedFromDiskByTheNextStart() throws Exception {
        byte[] kyoto = keys.keyFor("kyoto").getEncoded();
        byte[] sakai = keys.keyFor("sakai").getEncoded();
        ContractKeys restarted = new ContractKeys(keystore, PASSWORD);
        assertArrayEquals(kyoto, restarted.existing("kyoto").orElseThrow().getEncoded());
        assertArrayEquals(sakai, restarted.keyFor("sakai").getEncoded());
        assertFalse(Arrays.equals(kyoto, sakai));
    }

    @Test
    public void destroyRemovesTheKeyFromMemoryAndDiskAndKeepsTheOthers() throws Exception {
        keys.keyFor("kyoto");
        byte[] sakai = keys.keyFor("sakai").getEncoded();

        assertTrue(keys.destroy("kyoto"));

        assertTrue(keys.existing("kyoto").isEmpty());
        ContractKeys restarted = new ContractKeys(keystore, PASSWORD);
        assertTrue(restarted.existing("kyoto").isEmpty());
        assertArrayEquals(sakai, restarted.existing("sakai").orElseThrow().getEncoded());
    }

    @Test
    public void destroyingAMissingKeySaysSo() {
        assertFalse(keys.destroy("kyoto"));
        keys.keyFor("kyoto");
        assertTrue(keys.destroy("kyoto"));
        assertFalse(keys.destroy("kyoto"));
    }

    @Test
    public void aKeyCreatedAfterDestructionIsANewKey() {
        byte[] old = keys.keyFor("kyoto").getEncoded();
        keys.destroy("kyoto");
        assertFalse(Arrays.equals(old, keys.keyFor("kyoto").getEncoded()));
    }

    @Test
    public void keystoreIsReplacedAtomicallyLeavingNoTemporaryFileAndStaysOwnerOnly() throws Exception {
        keys.keyFor("kyoto");
        keys.keyFor("sakai");
        keys.destroy("kyoto");
        try (Stream<Path> files = Files.list(keystore.getParent())) {
            assertEquals(List.of(keystore.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        assumeTrue(KeystorePassword.posix(keystore));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.getParent())));
    }

    @Test(expected = IOException.class)
    public void wrongPasswordRefusesToOpenTheKeystore() throws Exception {
        keys.keyFor("kyoto");
        new ContractKeys(keystore, "another".toCharArray());
    }

    @Test(expected = IllegalArgumentException.class)
    public void contractIdsOutsideTheAliasAlphabetAreRefused() {
        keys.keyFor("../kyoto");
    }

    @Test
    public void componentResolvesTheKarafHomeAndTheGeneratedPasswordFile() throws Exception {
        String previous = System.getProperty("karaf.home");
        System.setProperty("karaf.home", tmp.getRoot().toString());
        try {
            ContractKeys component = new ContractKeys(config("${karaf.home}/keys/contract-keys.p12"));
            component.keyFor("kyoto");
            assertEquals(tmp.getRoot().toPath().resolve("keys/contract-keys.p12"), component.keystore());
            if (System.getenv(KeystorePassword.ENVIRONMENT_VARIABLE) == null) {
                assertTrue(Files.exists(tmp.getRoot().toPath().resolve("keys/keystore.password")));
            }
            ContractKeys restarted = new ContractKeys(config("${karaf.home}/keys/contract-keys.p12"));
            assertTrue(restarted.existing("kyoto").isPresent());
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.home");
            } else {
                System.setProperty("karaf.home", previous);
            }
        }
    }

    @Test
    public void anErasureWaitsForRunningWritesAndHoldsOffNewOnes() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finishWrite = new CountDownLatch(1);
        AtomicBoolean erasedDuringWrite = new AtomicBoolean();
        AtomicBoolean erasing = new AtomicBoolean();
        Thread writer = new Thread(() -> keys.writing("kyoto", () -> {
            writing.countDown();
            await(finishWrite);
            erasedDuringWrite.set(erasing.get());
            return null;
        }));
        writer.start();
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        Thread eraser = new Thread(() -> keys.erasing("kyoto", () -> {
            erasing.set(true);
            return null;
        }));
        eraser.start();
        eraser.join(200);
        assertTrue("the erasure waits for the write", eraser.isAlive());
        // another contract is not held up
        assertEquals("done", keys.writing("sakai", () -> "done"));
        finishWrite.countDown();
        writer.join(5000);
        eraser.join(5000);
        assertFalse(erasedDuringWrite.get());
        assertTrue(erasing.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ContractKeys.Config config(String keystore) {
        return new ContractKeys.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ContractKeys.Config.class;
            }

            @Override
            public String keystore() {
                return keystore;
            }
        };
    }
}
