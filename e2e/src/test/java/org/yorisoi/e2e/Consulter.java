package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.yorisoi.e2e.Http.json;

/** An anonymous consulter on the web chat, speaking the chat REST API with its conversation token. */
public final class Consulter {

    static final String TOKEN_HEADER = "X-Chat-Token";

    private final Http http;
    private final String contract;
    private final String conversationId;
    private final String clientToken;
    private final JsonNode opening;

    private Consulter(Http http, String contract, JsonNode opening) {
        this.http = http;
        this.contract = contract;
        this.opening = opening;
        this.conversationId = opening.path("conversationId").asText();
        this.clientToken = opening.path("clientToken").asText();
        if (conversationId.isEmpty() || clientToken.isEmpty()) {
            throw new AssertionError("a new conversation needs conversationId and clientToken: " + opening);
        }
    }

    /** Opens a conversation with consent given and no intake attributes. */
    public static Consulter open(Http http, String contract) throws IOException {
        return open(http, contract, Map.of());
    }

    /** Opens a conversation with consent given and the intake's answers (attribute key → option code). */
    public static Consulter open(Http http, String contract, Map<String, String> attributes) throws IOException {
        JsonNode opening = http.post("/api/v1/chat/" + contract + "/conversations", null,
                json("attributes", attributes, "consent", true)).expect(201, "opening a conversation").json();
        return new Consulter(http, contract, opening);
    }

    public String conversationId() {
        return conversationId;
    }

    public String clientToken() {
        return clientToken;
    }

    /** The answer to opening the conversation: situation, queue position, replies. */
    public JsonNode opening() {
        return opening;
    }

    private String base() {
        return "/api/v1/chat/" + contract + "/conversations/" + conversationId;
    }

    /** Sends a message; the raw response, so that callers can tell acknowledged (201) from not. */
    public Http.Response send(String text, String clientMessageId) throws IOException {
        return http.call("POST", base() + "/messages", null, json("text", text, "clientMessageId", clientMessageId),
                TOKEN_HEADER, clientToken);
    }

    /**
     * Sends a message that must be acknowledged (201) and returns its id. A failure names the conversation and the
     * status only: the answer echoes the message, and consultation text stays out of test reports.
     */
    public String say(String text, String clientMessageId) throws IOException {
        Http.Response r = send(text, clientMessageId);
        if (r.status() != 201) {
            throw new AssertionError("message " + clientMessageId + " of conversation " + conversationId
                    + " was not acknowledged: HTTP " + r.status());
        }
        String id;
        try {
            id = r.json().path("message").path("id").asText();
        } catch (AssertionError notJson) {
            id = "";
        }
        if (id.isEmpty()) {
            throw new AssertionError("the answer to message " + clientMessageId + " of conversation " + conversationId
                    + " names no message id");
        }
        return id;
    }

    /** Every event after {@code after}, following pages until none are left. */
    public List<JsonNode> eventsAfter(long after) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        long cursor = after;
        for (int page = 0; page < 10_000; page++) {
            JsonNode batch = http.call("GET", base() + "/events?after=" + cursor, null, null, TOKEN_HEADER, clientToken)
                    .expect(200, "reading events").json();
            if (!batch.isArray() || batch.isEmpty()) {
                return all;
            }
            long highest = cursor;
            for (JsonNode e : batch) {
                all.add(e);
                highest = Math.max(highest, e.path("seq").asLong());
            }
            if (highest == cursor) {
                return all; // a server that ignores `after` would repeat itself
            }
            cursor = highest;
        }
        return all;
    }
}
