package org.yorisoi.channel.line.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

public class LineMessagingClientTest {

    static final String TOKEN = "channel-access-token-for-tests";

    private FakeLineApi line;
    private LineMessagingClient client;

    @Before
    public void start() throws Exception {
        line = new FakeLineApi();
        client = new LineMessagingClient(line.base(), TOKEN, Duration.ofMillis(10));
    }

    @After
    public void stop() {
        line.close();
    }

    @Test
    public void replyPostsTheReplyTokenAndTextMessagesWithTheBearerToken() {
        client.reply("38ef843bde154d9b91c21320ffd17a0f", List.of("ただいま相談時間外です。", "次は17時からです。"));

        assertEquals(1, line.calls.size());
        FakeLineApi.Call call = line.calls.get(0);
        assertEquals("POST", call.method());
        assertEquals("/v2/bot/message/reply", call.path());
        assertEquals("Bearer " + TOKEN, call.header("Authorization"));
        assertTrue(call.header("Content-Type").startsWith("application/json"));
        assertNull("a reply needs no retry key", call.header("X-Line-Retry-Key"));
        assertEquals("38ef843bde154d9b91c21320ffd17a0f", call.body().path("replyToken").asText());
        JsonNode messages = call.body().path("messages");
        assertEquals(2, messages.size());
        assertEquals("text", messages.get(0).path("type").asText());
        assertEquals("ただいま相談時間外です。", messages.get(0).path("text").asText());
        assertEquals("次は17時からです。", messages.get(1).path("text").asText());
    }

    @Test
    public void pushPostsToTheUserWithARetryKey() {
        client.push("U4af4980629", List.of("お返事です"));

        FakeLineApi.Call call = line.calls.get(0);
        assertEquals("/v2/bot/message/push", call.path());
        assertEquals("U4af4980629", call.body().path("to").asText());
        assertEquals("お返事です", call.body().path("messages").get(0).path("text").asText());
        UUID.fromString(call.header("X-Line-Retry-Key"));
    }

    @Test
    public void tooManyRequestsThenSuccessIsRetriedWithTheSameRetryKey() {
        line.answerWith(429, 200);

        client.push("U4af4980629", List.of("お返事です"));

        assertEquals(2, line.calls.size());
        assertEquals(line.calls.get(0).header("X-Line-Retry-Key"), line.calls.get(1).header("X-Line-Retry-Key"));
        assertEquals(line.calls.get(0).body(), line.calls.get(1).body());
    }

    @Test
    public void serverErrorsAreTriedThreeTimesThenReportedWithStatusAndRequestId() {
        line.answerWith(500, 502, 503);
        try {
            client.push("U4af4980629", List.of("お返事です"));
            fail("expected a LineApiException");
        } catch (LineApiException e) {
            assertEquals(503, e.status());
            assertEquals("req-3", e.requestId());
            assertFalse("no text in the error", e.getMessage().contains("お返事"));
        }
        assertEquals(LineMessagingClient.ATTEMPTS, line.calls.size());
    }

    @Test
    public void clientErrorIsNotRetried() {
        line.answerWith(400);
        try {
            client.reply("expired-token", List.of("こんにちは"));
            fail("expected a LineApiException");
        } catch (LineApiException e) {
            assertEquals(400, e.status());
        }
        assertEquals(1, line.calls.size());
    }

    @Test
    public void conflictOnARetryKeyMeansAlreadyDelivered() {
        line.answerWith(409);
        client.push("U4af4980629", List.of("お返事です"), UUID.randomUUID());
        assertEquals(1, line.calls.size());
    }

    @Test
    public void moreThanFiveTextsArePushedInCallsOfFiveEachWithItsOwnKey() {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            texts.add("メッセージ" + i);
        }
        client.push("U4af4980629", texts);

        assertEquals(2, line.calls.size());
        assertEquals(5, line.calls.get(0).body().path("messages").size());
        assertEquals(2, line.calls.get(1).body().path("messages").size());
        assertEquals("メッセージ6", line.calls.get(1).body().path("messages").get(0).path("text").asText());
        assertNotEquals(line.calls.get(0).header("X-Line-Retry-Key"), line.calls.get(1).header("X-Line-Retry-Key"));
    }

    @Test
    public void replyCarriesAtMostFiveTextsBecauseItsTokenServesOneCall() {
        client.reply("token", List.of("1", "2", "3", "4", "5", "6"));
        assertEquals(1, line.calls.size());
        assertEquals(5, line.calls.get(0).body().path("messages").size());
    }

    @Test
    public void textsAreCutAtFiveThousandCharactersWithoutSplittingASurrogatePair() {
        String longText = "あ".repeat(6000);
        client.push("U4af4980629", List.of(longText));
        assertEquals(5000, line.calls.get(0).body().path("messages").get(0).path("text").asText().length());

        String emojiAtTheEdge = "あ".repeat(4999) + "😀" + "あ";
        String cut = LineMessagingClient.cut(emojiAtTheEdge);
        assertEquals(4999, cut.length());
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    public void retryKeyOfAnOutboundMessageIsStableAcrossDeliveries() {
        org.yorisoi.consultation.Message m = new org.yorisoi.consultation.Message("7f0c1b1e-0000-4000-8000-000000000001",
                "c-1", 3, org.yorisoi.consultation.Sender.COUNSELOR, "p-1", java.time.Instant.EPOCH, "お返事");
        assertEquals(LineOutboundChannel.retryKey(m), LineOutboundChannel.retryKey(m));
    }
}
