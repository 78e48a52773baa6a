package org.yorisoi.channel.line.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.Test;

/** Bodies as the LINE Messaging API documents them (Messaging API reference, "Webhook event objects"). */
public class LineWebhookParserTest {

    static final String FOLLOW = """
            {"destination":"xxxxxxxxxx","events":[{"replyToken":"85cbe770fa8b4f45bbe077b1d4be4a36","type":"follow",
            "mode":"active","timestamp":1705891467176,"source":{"type":"user","userId":"U3c28a70ed7c5e7ce2ef1b1bd3a1b1234"},
            "webhookEventId":"01HMQGW40RZJPJM3RAJP7BHC2Q","deliveryContext":{"isRedelivery":false},"follow":{"isUnblocked":false}}]}
            """;

    static final String TEXT = """
            {"destination":"xxxxxxxxxx","events":[{"type":"message","message":{"type":"text","id":"468789577898262530",
            "quoteToken":"q3Plxr4AgKd...","text":"学校に行きたくない"},"webhookEventId":"01H810YECXQQZ37VAXPF6H9E6T",
            "deliveryContext":{"isRedelivery":false},"timestamp":1692251666727,"source":{"type":"user",
            "userId":"U4af4980629..."},"replyToken":"38ef843bde154d9b91c21320ffd17a0f","mode":"active"}]}
            """;

    static final String STICKER = """
            {"destination":"xxxxxxxxxx","events":[{"type":"message","message":{"type":"sticker","id":"468789601012548290",
            "stickerId":"52002738","packageId":"11537","stickerResourceType":"ANIMATION","keywords":["cony"]},
            "webhookEventId":"01H810YECXQQZ37VAXPF6H9E6U","deliveryContext":{"isRedelivery":false},
            "timestamp":1692251666800,"source":{"type":"user","userId":"U4af4980629..."},
            "replyToken":"0f3779fba3b349968c5d07db31eab56f","mode":"active"}]}
            """;

    static final String REDELIVERED = """
            {"destination":"xxxxxxxxxx","events":[{"type":"message","message":{"type":"text","id":"468789577898262530",
            "text":"学校に行きたくない"},"webhookEventId":"01H810YECXQQZ37VAXPF6H9E6T","deliveryContext":{"isRedelivery":true},
            "timestamp":1692251666727,"source":{"type":"user","userId":"U4af4980629..."},"mode":"active"}]}
            """;

    private static LineEvent only(String json) {
        List<LineEvent> events = LineWebhookParser.parse(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    public void followEventCarriesUserAndReplyToken() {
        LineEvent e = only(FOLLOW);
        assertEquals("follow", e.type());
        assertEquals("U3c28a70ed7c5e7ce2ef1b1bd3a1b1234", e.userId());
        assertEquals("85cbe770fa8b4f45bbe077b1d4be4a36", e.replyToken());
        assertEquals(Instant.ofEpochMilli(1705891467176L), e.timestamp());
        assertFalse(e.isTextMessage());
        assertFalse(e.redelivery());
    }

    @Test
    public void textMessageCarriesItsIdAndText() {
        LineEvent e = only(TEXT);
        assertTrue(e.isTextMessage());
        assertEquals("468789577898262530", e.messageId());
        assertEquals("学校に行きたくない", e.text());
        assertEquals("38ef843bde154d9b91c21320ffd17a0f", e.replyToken());
    }

    @Test
    public void stickerIsAMessageButNotText() {
        LineEvent e = only(STICKER);
        assertEquals("message", e.type());
        assertEquals("sticker", e.messageType());
        assertFalse(e.isTextMessage());
        assertNull(e.text());
    }

    @Test
    public void redeliveryKeepsTheOriginalMessageIdSoTheStoreCanDeduplicate() {
        LineEvent first = only(TEXT);
        LineEvent again = only(REDELIVERED);
        assertTrue(again.redelivery());
        assertEquals(first.messageId(), again.messageId());
        assertEquals(first.timestamp(), again.timestamp());
        assertNull(again.replyToken());
    }

    @Test
    public void verificationWebhookWithoutEventsHasNoEvents() {
        assertTrue(LineWebhookParser.parse("{\"destination\":\"x\",\"events\":[]}".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test(expected = IllegalArgumentException.class)
    public void bodyWithoutEventsIsRejected() {
        LineWebhookParser.parse("{\"destination\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void eventNeverPrintsTextOrUser() {
        String printed = only(TEXT).toString();
        assertFalse(printed.contains("学校"));
        assertFalse(printed.contains("U4af4980629"));
    }
}
