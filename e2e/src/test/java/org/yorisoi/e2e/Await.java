package org.yorisoi.e2e;

import java.time.Duration;

/**
 * Polls until something the platform does asynchronously (a mail sent, an alert raised, a clock change applied) can
 * be seen, instead of sleeping for a guessed time.
 */
public final class Await {

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private Await() {
    }

    /** One look at the platform: the awaited thing, or null while it is not there yet. */
    @FunctionalInterface
    public interface Probe<T> {
        T look() throws Exception;
    }

    /**
     * Looks every {@link #POLL_INTERVAL} until {@code probe} answers non-null and returns that answer.
     *
     * @param what what is awaited, for the failure message; ids only, never consultation text
     * @throws AssertionError naming {@code what} when nothing came within {@code within}
     */
    public static <T> T until(String what, Duration within, Probe<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Exception lastFailure = null;
        while (true) {
            try {
                T found = probe.look();
                if (found != null) {
                    return found;
                }
                lastFailure = null;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() >= deadline) {
                AssertionError failure = new AssertionError("not within " + within + ": " + what);
                if (lastFailure != null) {
                    failure.initCause(lastFailure);
                }
                throw failure;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** {@link #until} for a condition. */
    public static void condition(String what, Duration within, Probe<Boolean> condition) throws InterruptedException {
        until(what, within, () -> Boolean.TRUE.equals(condition.look()) ? Boolean.TRUE : null);
    }
}
