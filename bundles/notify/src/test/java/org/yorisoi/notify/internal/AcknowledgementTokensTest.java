package org.yorisoi.notify.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class AcknowledgementTokensTest {

    private final AcknowledgementTokens tokens =
            new AcknowledgementTokens("installation-secret-of-32-bytes-or-more!".getBytes(StandardCharsets.UTF_8));

    @Test
    public void theTokenOfANoticeVerifies() {
        assertTrue(tokens.verify("n-1", tokens.tokenFor("n-1")));
    }

    @Test
    public void aTokenDoesNotVerifyForAnotherNoticeId() {
        assertFalse(tokens.verify("n-2", tokens.tokenFor("n-1")));
    }

    @Test
    public void aChangedTokenIsRejected() {
        String token = tokens.tokenFor("n-1");
        String changed = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertFalse(tokens.verify("n-1", changed));
        assertFalse(tokens.verify("n-1", token.substring(1)));
        assertFalse(tokens.verify("n-1", "not base64 !"));
        assertFalse(tokens.verify("n-1", null));
    }

    @Test
    public void anotherInstallationSecretGivesAnotherToken() {
        AcknowledgementTokens other =
                new AcknowledgementTokens("another-secret-also-32-bytes-long-!!".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(tokens.tokenFor("n-1"), other.tokenFor("n-1"));
        assertFalse(other.verify("n-1", tokens.tokenFor("n-1")));
    }

    @Test
    public void theLinkIsHttpsAckNoticeIdToken() {
        String url = tokens.acknowledgeUrl(URI.create("https://yorisoi.example.jp/"), "n-1");
        assertEquals("https://yorisoi.example.jp/ack/n-1/" + tokens.tokenFor("n-1"), url);
        assertTrue(url.matches("https://yorisoi\\.example\\.jp/ack/n-1/[A-Za-z0-9_-]{43}"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aPlainHttpBaseUrlIsRefused() {
        tokens.acknowledgeUrl(URI.create("http://yorisoi.example.jp"), "n-1");
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNoticeIdThatNeedsEscapingIsRefused() {
        tokens.tokenFor("../n 1");
    }

    @Test(expected = IllegalArgumentException.class)
    public void aShortInstallationSecretIsRefused() {
        new AcknowledgementTokens(new byte[16]);
    }
}
