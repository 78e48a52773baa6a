package org.yorisoi.channel.line.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code X-Line-Signature} of a webhook: Base64 of the HMAC-SHA256 of the raw body, keyed with the channel secret. */
final class LineSignature {

    static final String HEADER = "X-Line-Signature";

    private LineSignature() {
    }

    static String sign(String channelSecret, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Whether the header is the body's signature under the secret. Compared in constant time, so that the time taken
     * tells an attacker nothing about how much of a forged signature was right.
     */
    static boolean matches(String channelSecret, byte[] rawBody, String signatureHeader) {
        if (channelSecret == null || channelSecret.isBlank() || signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        byte[] expected = sign(channelSecret, rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signatureHeader.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
