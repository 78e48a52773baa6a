package org.yorisoi.core.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts message texts with AES-GCM under their contract's key.
 *
 * <p>Stored form: one version byte ({@value #VERSION}), the 12-byte random IV, then the ciphertext with its
 * 128-bit tag. The associated data is {@code <contractId>/<consultationId>/<messageId>}: a ciphertext copied into
 * another row (or another contract's table rows) fails authentication instead of showing there.
 */
public final class ContentCipher {

    static final byte VERSION = 1;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentCipher() {
    }

    /** The stored form of the text, bound to its row. */
    public static byte[] encrypt(SecretKey key, String contractId, String consultationId, String messageId,
                                 String text) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(contractId, consultationId, messageId));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            // the JDK always has AES-GCM: this is a broken key, and the ids are all that may be said
            throw new IllegalStateException("could not encrypt message " + messageId + " of consultation "
                    + consultationId + " (contract " + contractId + "): " + e.getClass().getSimpleName());
        }
    }

    /**
     * The text of a stored form.
     *
     * @throws IllegalStateException when it does not decrypt with this key for this row (wrong key, altered bytes,
     *         copied from another row); the message names the ids only
     */
    public static String decrypt(SecretKey key, String contractId, String consultationId, String messageId,
                                 byte[] stored) {
        if (stored == null || stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw unreadable(contractId, consultationId, messageId, "unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(associatedData(contractId, consultationId, messageId));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw unreadable(contractId, consultationId, messageId, "authentication failed");
        }
    }

    /** The ids may not contain the separator, or two different rows could share associated data. */
    static byte[] associatedData(String contractId, String consultationId, String messageId) {
        for (String id : new String[] {contractId, consultationId, messageId}) {
            if (id == null || id.isEmpty() || id.indexOf('/') >= 0) {
                throw new IllegalArgumentException("ids must be non-empty and free of '/': " + contractId + ", "
                        + consultationId + ", " + messageId);
            }
        }
        return (contractId + "/" + consultationId + "/" + messageId).getBytes(StandardCharsets.UTF_8);
    }

    private static IllegalStateException unreadable(String contractId, String consultationId, String messageId,
                                                    String why) {
        return new IllegalStateException("message " + messageId + " of consultation " + consultationId
                + " (contract " + contractId + ") cannot be decrypted: " + why);
    }
}
