package org.yorisoi.channel.line.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the events of a LINE webhook body ({@code {"destination":..., "events":[...]}}). */
final class LineWebhookParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LineWebhookParser() {
    }

    /**
     * @throws IllegalArgumentException when the body is not a webhook body
     */
    static List<LineEvent> parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = JSON.readTree(rawBody);
        } catch (IOException e) {
            throw new IllegalArgumentException("webhook body is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new IllegalArgumentException("webhook body has no events array");
        }
        List<LineEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            JsonNode message = e.path("message");
            events.add(new LineEvent(
                    text(e, "type"),
                    text(e, "webhookEventId"),
                    text(e.path("source"), "userId"),
                    text(e, "replyToken"),
                    e.path("timestamp").canConvertToLong() ? Instant.ofEpochMilli(e.path("timestamp").asLong()) : Instant.EPOCH,
                    e.path("deliveryContext").path("isRedelivery").asBoolean(false),
                    text(message, "id"),
                    text(message, "type"),
                    text(message, "text")));
        }
        return events;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
