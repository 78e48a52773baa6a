package org.yorisoi.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a {@code text/event-stream} on a daemon thread and hands each complete event to a listener. */
public final class ServerSentEvents implements AutoCloseable {

    /** One event: its {@code id:}, {@code event:} and joined {@code data:} lines. */
    public record Event(String id, String name, String data) {
    }

    private final Thread reader;
    private volatile InputStream stream;
    private volatile boolean closed;
    private volatile int status = -1;

    private ServerSentEvents(Thread reader) {
        this.reader = reader;
    }

    /** Connects to {@code path} with the given headers (pairs of name and value) and starts reading. */
    public static ServerSentEvents open(Http http, String path, Consumer<Event> listener, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Accept", "text/event-stream").GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        ServerSentEvents[] self = new ServerSentEvents[1];
        Thread t = new Thread(() -> self[0].read(http, request, listener), "sse " + path);
        t.setDaemon(true);
        self[0] = new ServerSentEvents(t);
        t.start();
        return self[0];
    }

    /** The HTTP status once connected, -1 before. */
    public int status() {
        return status;
    }

    private void read(Http http, HttpRequest request, Consumer<Event> listener) {
        try {
            HttpResponse<InputStream> response = http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            stream = response.body();
            if (closed) {
                stream.close();
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data.length() > 0 || name != null) {
                        listener.accept(new Event(id, name, data.toString()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(field(line, 5));
                } else if (line.startsWith("id:")) {
                    id = field(line, 3);
                } else if (line.startsWith("event:")) {
                    name = field(line, 6);
                }
            }
        } catch (IOException e) {
            if (!closed) {
                System.err.println("event stream " + request.uri().getPath() + " ended: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String field(String line, int from) {
        String value = line.substring(from);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        closed = true;
        InputStream s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a stream the server may already have ended
            }
        }
        reader.interrupt();
    }
}
