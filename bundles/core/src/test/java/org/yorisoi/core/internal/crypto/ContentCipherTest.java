package org.yorisoi.core.internal.crypto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.junit.Test;

public class ContentCipherTest {

    private static final String TEXT = "学校に行くのがつらいです。誰にも言えなくて 😢";
    private static final String CONTRACT = "kyoto";
    private static final String CONSULTATION = "c-1";
    private static final String MESSAGE = "m-1";

    private final SecretKey key = newKey();

    private static SecretKey newKey() {
        try {
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256);
            return g.generateKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] sealed() {
        return ContentCipher.encrypt(key, CONTRACT, CONSULTATION, MESSAGE, TEXT);
    }

    @Test
    public void roundTripGivesTheTextBack() {
        assertTrue(TEXT.equals(ContentCipher.decrypt(key, CONTRACT, CONSULTATION, MESSAGE, sealed())));
    }

    @Test
    public void storedFormIsVersionThenIvThenCiphertextWithTag() {
        byte[] stored = sealed();
        assertEquals(1, stored[0]);
        assertEquals(1 + 12 + TEXT.getBytes(StandardCharsets.UTF_8).length + 16, stored.length);
    }

    @Test
    public void storedFormDoesNotContainTheText() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] stored = sealed();
        for (int i = 0; i + 8 <= stored.length; i++) {
            for (int j = 0; j + 8 <= plain.length; j++) {
                assertFalse("8 bytes of the text appear in the stored form",
                        Arrays.equals(stored, i, i + 8, plain, j, j + 8));
            }
        }
    }

    @Test
    public void sameTextEncryptsDifferentlyEachTimeBecauseTheIvIsRandom() {
        byte[] first = sealed();
        byte[] second = sealed();
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(first, 1, 13, second, 1, 13));
    }

    @Test
    public void anyAlteredByteIsDetected() {
        byte[] stored = sealed();
        // the IV, the first ciphertext byte, the last tag byte
        for (int position : new int[] {1, 12, 13, stored.length - 1}) {
            byte[] altered = stored.clone();
            altered[position] ^= 0x01;
            assertUnreadable(altered, CONTRACT, CONSULTATION, MESSAGE, key);
        }
        assertUnreadable(Arrays.copyOf(stored, stored.length - 1), CONTRACT, CONSULTATION, MESSAGE, key);
    }

    @Test
    public void unknownVersionIsRefused() {
        byte[] stored = sealed();
        stored[0] = 2;
        assertUnreadable(stored, CONTRACT, CONSULTATION, MESSAGE, key);
    }

    @Test
    public void ciphertextBoundToItsRowFailsElsewhere() {
        byte[] stored = sealed();
        assertUnreadable(stored, CONTRACT, CONSULTATION, "m-2", key);
        assertUnreadable(stored, CONTRACT, "c-2", MESSAGE, key);
        assertUnreadable(stored, "asahikawa", CONSULTATION, MESSAGE, key);
    }

    @Test
    public void anotherContractsKeyCannotDecrypt() {
        assertUnreadable(sealed(), CONTRACT, CONSULTATION, MESSAGE, newKey());
    }

    @Test(expected = IllegalArgumentException.class)
    public void idsContainingTheSeparatorAreRefusedSoThatNoTwoRowsShareAssociatedData() {
        // ("kyoto", "a/b", "c") and ("kyoto", "a", "b/c") would both bind to "kyoto/a/b/c"
        ContentCipher.encrypt(key, CONTRACT, "a/b", "c", TEXT);
    }

    private static void assertUnreadable(byte[] stored, String contract, String consultation, String message,
                                         SecretKey key) {
        try {
            ContentCipher.decrypt(key, contract, consultation, message, stored);
            fail("decrypted where it must not");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains(message));
            assertTrue(e.getMessage().contains(consultation));
            assertFalse("the failure must not carry the text", e.getMessage().contains("学校"));
        }
    }
}
