package org.yorisoi.core.internal.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;

/**
 * Records events off the thread that reported them, in order. For the framework's callbacks (service and
 * configuration events): a database write there would hold up the framework. The event, with its actor, is built
 * on the reporting thread, where the JAAS subject is.
 */
final class AuditWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);

    private final AuditLog log;
    private final ExecutorService executor;

    AuditWriter(AuditLog log, String threadName) {
        this.log = log;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    void submit(AuditEvent event) {
        try {
            executor.execute(() -> {
                try {
                    log.record(event);
                } catch (RuntimeException e) {
                    LOG.error("Could not audit {} {} by {}: {}", event.action(), event.target(), event.actor(),
                            e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("Audit writer closed; not audited: {} {} by {}", event.action(), event.target(), event.actor());
        }
    }

    /** Writes what is queued (the audit log is still there: it goes after its users), then stops. */
    void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.error("Audit writer {} did not finish in 10 s; queued events are lost", executor);
        }
    }
}
