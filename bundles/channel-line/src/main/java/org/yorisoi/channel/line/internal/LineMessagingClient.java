package org.yorisoi.channel.line.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The LINE Messaging API calls the channel makes: reply and push of text messages. Logs statuses and LINE's
 * request ids, never texts, tokens or user ids.
 */
class LineMessagingClient {

    /** The Messaging API takes at most five messages per call. */
    static final int MAX_MESSAGES_PER_CALL = 5;
    /** And at most 5000 characters per text message. */
    static final int MAX_TEXT_LENGTH = 5000;
    static final int ATTEMPTS = 3;
    static final String REQUEST_ID_HEADER = "x-line-request-id";
    static final String RETRY_KEY_HEADER = "X-Line-Retry-Key";

    private static final Logger LOG = LoggerFactory.getLogger(LineMessagingClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String apiBase;
    private final String channelAccessToken;
    private final Duration firstBackoff;

    LineMessagingClient(String apiBase, String channelAccessToken, Duration firstBackoff) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.channelAccessToken = channelAccessToken;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Answers an event with its reply token. A reply token is good for one call only, so texts beyond the first five
     * are left out (and logged by count) rather than lost silently.
     */
    void reply(String replyToken, List<String> texts) {
        List<List<String>> batches = batches(texts);
        if (batches.isEmpty()) {
            return;
        }
        if (batches.size() > 1) {
            LOG.warn("LINE reply limited to {} messages; {} left out", MAX_MESSAGES_PER_CALL,
                    texts.size() - MAX_MESSAGES_PER_CALL);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("replyToken", replyToken);
        body.set("messages", messages(batches.get(0)));
        send("reply", "/v2/bot/message/reply", body, null);
    }

    /** Pushes the texts to the user, five per call, each call with a fresh retry key kept across its own retries. */
    void push(String userId, List<String> texts) {
        push(userId, texts, UUID.randomUUID());
    }

    /**
     * Pushes the texts to the user. The retry key makes LINE drop a repeated call it already accepted (answering
     * 409), so a caller that retries with the same key cannot send a message twice; batches after the first derive
     * their keys from it.
     */
    void push(String userId, List<String> texts, UUID retryKey) {
        List<List<String>> batches = batches(texts);
        for (int i = 0; i < batches.size(); i++) {
            UUID key = i == 0 ? retryKey
                    : UUID.nameUUIDFromBytes((retryKey + "#" + i).getBytes(StandardCharsets.US_ASCII));
            ObjectNode body = JSON.createObjectNode();
            body.put("to", userId);
            body.set("messages", messages(batches.get(i)));
            send("push", "/v2/bot/message/push", body, key);
        }
    }

    static List<List<String>> batches(List<String> texts) {
        List<String> cut = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                cut.add(cut(t));
            }
        }
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < cut.size(); i += MAX_MESSAGES_PER_CALL) {
            batches.add(List.copyOf(cut.subList(i, Math.min(cut.size(), i + MAX_MESSAGES_PER_CALL))));
        }
        return batches;
    }

    /** Cuts to the API's limit without splitting a surrogate pair (emoji are common in chat). */
    static String cut(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_TEXT_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static ArrayNode messages(List<String> texts) {
        ArrayNode messages = JSON.createArrayNode();
        for (String t : texts) {
            messages.addObject().put("type", "text").put("text", t);
        }
        return messages;
    }

    private void send(String operation, String path, ObjectNode body, UUID retryKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + channelAccessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (retryKey != null) {
            request.header(RETRY_KEY_HEADER, retryKey.toString());
        }
        HttpRequest built = request.build();
        int status = 0;
        String requestId = null;
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                sleep(firstBackoff.multipliedBy(1L << (attempt - 2)));
            }
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                requestId = response.headers().firstValue(REQUEST_ID_HEADER).orElse(null);
                failure = null;
                if (status / 100 == 2) {
                    LOG.debug("LINE {} accepted, x-line-request-id {}", operation, requestId);
                    return;
                }
                if (status == 409 && retryKey != null) {
                    // an earlier attempt with this key got through; LINE kept it and drops this one
                    LOG.info("LINE {} already accepted for its retry key, x-line-request-id {}", operation, requestId);
                    return;
                }
                if (status != 429 && status / 100 != 5) {
                    break;
                }
                LOG.warn("LINE {} attempt {} got status {}, x-line-request-id {}", operation, attempt, status, requestId);
            } catch (IOException e) {
                failure = e;
                LOG.warn("LINE {} attempt {} failed: {}", operation, attempt, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LineApiException(operation, 0, null, e);
            }
        }
        LOG.error("LINE {} failed with status {}, x-line-request-id {}", operation, status, requestId);
        throw new LineApiException(operation, status, requestId, failure);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineApiException("backoff", 0, null, e);
        }
    }
}
