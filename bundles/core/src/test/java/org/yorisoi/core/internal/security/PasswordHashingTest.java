package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.Test;

public class PasswordHashingTest {

    /** Few iterations keep the tests fast; the rules do not depend on the count. */
    static final int ITERATIONS = 1_000;
    private static final char[] SECRET = "correct-horse-battery".toCharArray();

    @Test
    public void hashedPasswordVerifies() {
        String hash = PasswordHashing.hash(SECRET, ITERATIONS);

        assertTrue(PasswordHashing.verify(SECRET, hash));
    }

    @Test
    public void wrongPasswordDoesNotVerify() {
        String hash = PasswordHashing.hash(SECRET, ITERATIONS);

        assertFalse(PasswordHashing.verify("correct-horse-batterY".toCharArray(), hash));
        assertFalse(PasswordHashing.verify(new char[0], hash));
    }

    @Test
    public void encodedHashIsSchemeIterationsSixteenByteSaltAnd256BitHashInBase64() {
        String hash = PasswordHashing.hash(SECRET, ITERATIONS);

        assertTrue(hash.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"));
        String[] parts = hash.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertEquals(ITERATIONS, PasswordHashing.iterationsOf(hash));
    }

    @Test
    public void everyHashGetsItsOwnSalt() {
        Set<String> salts = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String hash = PasswordHashing.hash(SECRET, ITERATIONS);
            salts.add(hash.split("\\$")[2]);
            hashes.add(hash);
        }
        assertEquals(20, salts.size());
        assertEquals(20, hashes.size());
    }

    @Test
    public void hashIsPbkdf2HmacSha256AsPublished() {
        // RFC 7914 / common PBKDF2-HMAC-SHA256 test vector: P="password", S="salt", c=1, dkLen=32
        byte[] expected = HexFormat.of().parseHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = "pbkdf2-sha256$1$" + b64.encodeToString("salt".getBytes()) + "$" + b64.encodeToString(expected);

        assertTrue(PasswordHashing.verify("password".toCharArray(), encoded));
    }

    @Test
    public void hashWithFewerIterationsThanConfiguredIsUpgraded() {
        String hash = PasswordHashing.hash(SECRET, ITERATIONS);

        assertTrue(PasswordHashing.needsRehash(hash, ITERATIONS + 1));
        assertFalse(PasswordHashing.needsRehash(hash, ITERATIONS));
        assertFalse(PasswordHashing.needsRehash(hash, ITERATIONS - 1));
    }

    @Test
    public void unreadableHashNeverVerifies() {
        String good = PasswordHashing.hash(SECRET, ITERATIONS);
        String[] parts = good.split("\\$");
        for (String bad : new String[] {null, "", "plain", "bcrypt$1000$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$x$" + parts[2] + "$" + parts[3], "pbkdf2-sha256$0$" + parts[2] + "$" + parts[3],
                "pbkdf2-sha256$999999999$" + parts[2] + "$" + parts[3], "pbkdf2-sha256$1000$!!$" + parts[3],
                "pbkdf2-sha256$1000$" + parts[2], good + "$extra"}) {
            assertFalse(String.valueOf(bad), PasswordHashing.verify(SECRET, bad));
            assertTrue(PasswordHashing.needsRehash(bad, ITERATIONS));
        }
    }

    @Test
    public void theCallersPasswordArrayIsLeftIntact() {
        char[] password = SECRET.clone();

        PasswordHashing.verify(password, PasswordHashing.hash(password, ITERATIONS));

        assertTrue(Arrays.equals(SECRET, password));
    }

    @Test(expected = IllegalArgumentException.class)
    public void zeroIterationsAreRefused() {
        PasswordHashing.hash(SECRET, 0);
    }
}
