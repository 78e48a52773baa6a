package org.yorisoi.notify.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Acknowledgement tokens: the token of a notice is the HMAC-SHA256 of its id under a per-installation
 * secret, URL-safe Base64 without padding. Nothing is stored: whoever holds the secret can verify a link,
 * and nobody without it can forge one for another notice.
 */
public final class AcknowledgementTokens {

    /** Ids travel in a URL path segment unescaped, so only characters that need no escaping are allowed. */
    private static final Pattern URL_SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    /** 256 bits, the HMAC-SHA256 block-strength a guessing attacker would have to beat. */
    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public AcknowledgementTokens(byte[] installationSecret) {
        Objects.requireNonNull(installationSecret, "installationSecret");
        if (installationSecret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("installation secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(installationSecret.clone(), HMAC);
    }

    /** The token for a notice id. */
    public String tokenFor(String noticeId) {
        requireUrlSafeId(noticeId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(noticeId));
    }

    /** Whether {@code token} is the token of {@code noticeId}; compares in constant time. */
    public boolean verify(String noticeId, String token) {
        if (noticeId == null || token == null || !URL_SAFE_ID.matcher(noticeId).matches()) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(noticeId), presented);
    }

    /**
     * The acknowledgement link {@code https://<host>/ack/<noticeId>/<token>} under the installation's public
     * base URL (which may carry a path prefix, e.g. {@code https://yorisoi.example.jp/app}).
     */
    public String acknowledgeUrl(URI baseUrl, String noticeId) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equalsIgnoreCase(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("acknowledgement links must be https: " + baseUrl);
        }
        String base = baseUrl.toString();
        String prefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return prefix + "/ack/" + noticeId + "/" + tokenFor(noticeId);
    }

    private static void requireUrlSafeId(String noticeId) {
        if (noticeId == null || !URL_SAFE_ID.matcher(noticeId).matches()) {
            throw new IllegalArgumentException("notice id must match " + URL_SAFE_ID.pattern());
        }
    }

    private byte[] mac(String noticeId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(noticeId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", unavailable);
        }
    }
}
