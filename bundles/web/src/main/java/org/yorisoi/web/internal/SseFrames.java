package org.yorisoi.web.internal;

/**
 * The text/event-stream wire format. Event data are single-line JSON (the mapper writes no line breaks, and line
 * breaks inside strings are escaped), so each event is one {@code data:} line.
 */
final class SseFrames {

    /** How long browsers wait before reconnecting, in milliseconds. */
    static final int RETRY_MILLIS = 3000;
    static final String EVENT_NAME = "chat";

    private SseFrames() {
    }

    static String event(String id, String json) {
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an event frame must not contain line breaks");
        }
        return "id: " + id + "\nevent: " + EVENT_NAME + "\ndata: " + json + "\n\n";
    }

    /** The first frame: reconnection delay, and a comment that makes proxies pass the headers on at once. */
    static String opening() {
        return "retry: " + RETRY_MILLIS + "\n: open\n\n";
    }

    /** A comment line: keeps idle connections from being cut and finds browsers that are gone. */
    static String heartbeat() {
        return ": keep-alive\n\n";
    }
}
