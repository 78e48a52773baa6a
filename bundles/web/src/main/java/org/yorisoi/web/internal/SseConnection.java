package org.yorisoi.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open event stream. Frames are queued and written by the streams' executor, one writer at a time, so a slow or
 * vanished browser never blocks the chat service's thread that delivered the event. The first failed write, the
 * container's time-out or error, or {@link #close()} ends the stream and closes what was registered with it (the
 * chat subscription) exactly once.
 */
final class SseConnection implements AsyncListener {

    private static final Logger LOG = LoggerFactory.getLogger(SseConnection.class);

    private final AsyncContext async;
    private final Executor writer;
    private final String description;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CopyOnWriteArrayList<AutoCloseable> onClose = new CopyOnWriteArrayList<>();

    /** @param description ids only (contract, conversation), for the log */
    SseConnection(AsyncContext async, Executor writer, String description) {
        this.async = async;
        this.writer = writer;
        this.description = description;
        async.addListener(this);
    }

    /** Closes the resource when the stream ends (at once if it has ended already). */
    void closeWith(AutoCloseable resource) {
        onClose.add(resource);
        if (closed.get() && onClose.remove(resource)) {
            closeQuietly(resource);
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    void send(String frame) {
        if (closed.get()) {
            return;
        }
        pending.add(frame);
        drain();
    }

    private void drain() {
        if (draining.compareAndSet(false, true)) {
            try {
                writer.execute(this::writePending);
            } catch (RuntimeException rejected) {
                // the executor is shutting down with the component: the stream ends with it
                draining.set(false);
                close();
            }
        }
    }

    private void writePending() {
        try {
            OutputStream out = async.getResponse().getOutputStream();
            String frame;
            while ((frame = pending.poll()) != null && !closed.get()) {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("event stream {} ended by the client", description);
            close();
        } finally {
            draining.set(false);
        }
        if (!pending.isEmpty() && !closed.get()) {
            drain();
        }
    }

    /** Ends the stream: closes the subscription, then completes the response. Idempotent. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pending.clear();
        for (AutoCloseable resource : onClose) {
            closeQuietly(resource);
        }
        onClose.clear();
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // the container completed it (time-out, error): nothing left to do
        }
    }

    private void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("closing a resource of event stream {} failed", description, e);
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        async.addListener(this);
    }
}
