package org.yorisoi.audit;

import java.util.Objects;

/**
 * Something to audit, as handed to {@link AuditLog#record}.
 *
 * <p>{@code target} and {@code detail} carry <b>identifiers only</b> (e.g. {@code consultation=4711},
 * {@code pid=org.yorisoi.clock}), never message bodies, personal data or configuration values.
 *
 * @param actor who: the user name, {@code system} for the platform itself, or the name tried at a failed login
 * @param origin from where: a client address ({@code 203.0.113.5}), {@code console}, or null when not known
 * @param contractId the contract concerned, or null when none
 * @param action what, one of {@link AuditActions} or a similar lower-case, dash-separated word
 * @param target the id of the object acted upon (consultation, message, export, PID ...), or null
 * @param outcome whether it was done, refused or failed
 * @param detail further ids or a short reason ({@code wrong password}), or null; never content
 */
public record AuditEvent(String actor, String origin, String contractId, String action, String target,
                         Outcome outcome, String detail) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The outcome of an audited action. */
    public enum Outcome {
        /** Done. */
        SUCCESS,
        /** Refused: not authenticated or not authorised. */
        DENIED,
        /** Attempted but failed (an error). */
        FAILURE
    }
}
