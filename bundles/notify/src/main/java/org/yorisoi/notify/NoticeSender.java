package org.yorisoi.notify;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends notices. Registered once per channel with the service property {@code kind} ({@code EMAIL} or
 * {@code WEBHOOK}); {@link #supports(Destination)} tells which destinations an instance can reach.
 */
@ProviderType
public interface NoticeSender {

    /** Whether this sender can deliver to the destination. */
    boolean supports(Destination destination);

    /**
     * Delivers the notice. Failures (server down, rejected, timeouts) are returned as a {@link Delivery} with
     * {@code delivered == false}, never thrown, so the caller can record them and try again later.
     */
    Delivery send(Notice notice, Destination destination);
}
