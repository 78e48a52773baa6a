package org.yorisoi.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, encoded {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64 without
 * padding), so that the iteration count travels with each hash and can be raised later without locking anybody out.
 * Only the JDK is needed: no third-party crypto inside the platform's trust base.
 */
final class PasswordHashing {

    static final String SCHEME = "pbkdf2-sha256";
    static final int SALT_BYTES = 16;
    static final int HASH_BITS = 256;
    /** Above this a stored hash is treated as corrupt: checking it would stall a login thread for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    // a fixed salt for the decoy computation: its result is never compared with anything stored
    private static final byte[] DECOY_SALT = new byte[SALT_BYTES];

    private PasswordHashing() {
    }

    /** A new hash of the password with a fresh random salt. */
    static String hash(char[] password, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be 1.." + MAX_ITERATIONS + ", got " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, iterations, HASH_BITS);
        try {
            return SCHEME + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(derived);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** True when the password matches the encoded hash; false also for a hash that cannot be read. */
    static boolean verify(char[] password, String encoded) {
        Parsed parsed = parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] derived = derive(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        try {
            // constant time: how much of a guess was right must not show in the response time
            return MessageDigest.isEqual(derived, parsed.hash);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Spends about the time of one verification without comparing anything, so that a login with an unknown name
     * takes as long as one with a wrong password and does not reveal which names exist.
     */
    static void decoy(char[] password, int iterations) {
        byte[] derived = derive(password, DECOY_SALT, Math.max(1, Math.min(iterations, MAX_ITERATIONS)), HASH_BITS);
        Arrays.fill(derived, (byte) 0);
    }

    /** True when the hash was made with fewer iterations than now configured (or cannot be read). */
    static boolean needsRehash(String encoded, int iterations) {
        Parsed parsed = parse(encoded);
        return parsed == null || parsed.iterations < iterations;
    }

    /** The iteration count of an encoded hash, or -1 when it cannot be read. */
    static int iterationsOf(String encoded) {
        Parsed parsed = parse(encoded);
        return parsed == null ? -1 : parsed.iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return null;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = DECODER.decode(parts[2]);
            byte[] hash = DECODER.decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || hash.length == 0) {
                return null;
            }
            return new Parsed(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            return null; // not a number, not Base64: a corrupt row, treated as a wrong password
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // part of every Java 17 runtime; its absence is a broken JVM, not a wrong password
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword(); // the spec holds its own copy of the password
        }
    }
}
