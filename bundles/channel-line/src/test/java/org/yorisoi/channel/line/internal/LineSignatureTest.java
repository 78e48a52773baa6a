package org.yorisoi.channel.line.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

public class LineSignatureTest {

    static final String SECRET = "8c57ee8d3e0f4b4ea2b9c3b0d4f1a2e3";
    static final byte[] BODY = "{\"destination\":\"U0\",\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"text\":\"こんにちは\"}}]}"
            .getBytes(StandardCharsets.UTF_8);

    /** The signature as LINE's documentation computes it, independently of the code under test. */
    static String hmacBase64(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    public void signatureIsBase64OfHmacSha256OfTheRawBodyKeyedWithTheChannelSecret() throws Exception {
        assertEquals(hmacBase64(SECRET, BODY), LineSignature.sign(SECRET, BODY));
        assertTrue(LineSignature.matches(SECRET, BODY, hmacBase64(SECRET, BODY)));
    }

    @Test
    public void tamperedBodyIsRefused() throws Exception {
        String signature = hmacBase64(SECRET, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("こんにちは", "さようなら")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(LineSignature.matches(SECRET, tampered, signature));
    }

    @Test
    public void bodyReencodedAfterSigningIsRefused() throws Exception {
        // the signature covers the bytes LINE sent, so parsing and re-serialising would break it: verify raw bytes
        String signature = hmacBase64(SECRET, BODY);
        byte[] reformatted = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertFalse(LineSignature.matches(SECRET, reformatted, signature));
    }

    @Test
    public void signatureMadeWithAnotherSecretIsRefused() throws Exception {
        assertFalse(LineSignature.matches(SECRET, BODY, hmacBase64("another-channel-secret", BODY)));
    }

    @Test
    public void missingOrEmptySignatureOrSecretIsRefused() throws Exception {
        assertFalse(LineSignature.matches(SECRET, BODY, null));
        assertFalse(LineSignature.matches(SECRET, BODY, ""));
        assertFalse(LineSignature.matches("", BODY, hmacBase64(SECRET, BODY)));
    }
}
