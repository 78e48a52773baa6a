package org.yorisoi.web.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What both event-stream servlets share: the writer threads, the heartbeat, the response headers, and ending every
 * open stream when the component stops. Streams end after {@link #STREAM_MILLIS} so that browsers reconnect and the
 * caller's session and permissions are checked again; the reconnection resumes from Last-Event-ID.
 */
final class EventStreams {

    static final long HEARTBEAT_SECONDS = 20;
    static final long STREAM_MILLIS = 5 * 60 * 1000L;

    private final ScheduledExecutorService executor;
    private final Set<SseConnection> open = ConcurrentHashMap.newKeySet();

    EventStreams(String threadName) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, threadName + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Sets the headers, starts asynchronous processing and sends the opening frame. */
    SseConnection open(HttpServletRequest request, HttpServletResponse response, String description) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        response.flushBuffer();
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(STREAM_MILLIS);
        SseConnection connection = new SseConnection(async, executor, description);
        open.add(connection);
        connection.closeWith(() -> open.remove(connection));
        connection.send(SseFrames.opening());
        return connection;
    }

    private void heartbeat() {
        for (SseConnection c : open) {
            c.send(SseFrames.heartbeat());
        }
    }

    int openCount() {
        return open.size();
    }

    /** Ends every stream and the threads. */
    void shutdown() {
        for (SseConnection c : open) {
            c.close();
        }
        executor.shutdownNow();
    }

    /** The non-negative number of a Last-Event-ID or {@code after} value, or -1 when absent or malformed. */
    static long sequence(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            long seq = Long.parseLong(value.strip());
            return seq >= 0 ? seq : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The path segments after the servlet's pattern, e.g. {@code /kyoto/abc} → [kyoto, abc]; empty ones dropped. */
    static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null) {
            return new String[0];
        }
        return java.util.Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
