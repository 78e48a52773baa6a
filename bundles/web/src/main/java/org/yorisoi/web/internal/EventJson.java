package org.yorisoi.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.yorisoi.chat.ChatEvent;
import org.yorisoi.consultation.Message;

/**
 * Events as JSON, in the same shapes as the REST API's {@code ChatEvent} (consulter) and {@code ConversationEvent}
 * (staff), so the pages handle a streamed event and a polled one alike. Instants at +09:00.
 */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    /**
     * Kinds only staff ever see, whatever the event's flag says: notes and instructions, and what the risk detector
     * and the emergency cases add to a conversation (a consulter must not learn that her words were flagged).
     */
    private static final EnumSet<ChatEvent.Kind> STAFF_ONLY = EnumSet.of(ChatEvent.Kind.NOTE,
            ChatEvent.Kind.INSTRUCTION, ChatEvent.Kind.RISK, ChatEvent.Kind.CASE);

    private EventJson() {
    }

    static String format(Instant instant) {
        return instant == null ? null : instant.atOffset(JST).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Map<String, Object> message(Message m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("seq", m.seq());
        json.put("sender", m.sender().name());
        json.put("at", format(m.at()));
        json.put("text", m.text());
        return json;
    }

    /** Whether the consulter's stream may carry the event: flagged visible, and of a kind consulters see. */
    static boolean visibleToClient(ChatEvent e) {
        return e.visibleToClient() && !STAFF_ONLY.contains(e.kind());
    }

    /** For the consulter: what the REST API's consulter events show. Only for {@link #visibleToClient} events. */
    static String forClient(ChatEvent e) {
        if (!visibleToClient(e)) {
            throw new IllegalArgumentException("event " + e + " is for staff only");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", e.seq());
        json.put("kind", e.kind().name());
        json.put("at", format(e.at()));
        json.put("message", message(e.message()));
        return write(json);
    }

    /**
     * For the console; {@code withContent} false leaves the message out (a conversation the counselor neither holds
     * nor supervises: the console learns that something happened and refreshes its lists). A {@code RISK} event's
     * message is the consulter's message that was flagged; a {@code CASE} event has none (the console reads the case
     * through the API).
     */
    static String forStaff(ChatEvent e, boolean withContent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("conversationId", e.conversationId());
        json.put("seq", e.seq());
        json.put("kind", e.kind().name());
        json.put("at", format(e.at()));
        json.put("message", withContent ? message(e.message()) : null);
        json.put("counselorId", e.counselorId());
        json.put("visibleToClient", e.visibleToClient());
        return write(json);
    }

    private static String write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // maps of strings and numbers always serialise; the cause would name no content
            throw new IllegalStateException("event not serialisable", e);
        }
    }
}
