package org.yorisoi.contract.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of an escalation.
 *
 * @param kind what is done
 * @param routeBy for notifying steps, the purpose by which the recipient is routed; {@code null} otherwise
 * @param deadline how soon it must be done
 * @param acknowledgeWithin for notices: re-notify and alert the lead when not acknowledged within this; may be {@code null}
 * @param needsConsent whether the consulter's consent is needed first (e.g. moving to a voice call)
 * @param descriptionJa the step in the specification's words
 * @param clause the clause of the specification
 */
public record EscalationStep(StepKind kind, Purpose routeBy, Deadline deadline, Duration acknowledgeWithin,
                             boolean needsConsent, String descriptionJa, String clause) {

    public EscalationStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(clause, "clause");
    }

    /** A notice to the recipient routed for {@code purpose}, to be acknowledged within {@code ack}. */
    public static EscalationStep notify(Purpose purpose, Deadline deadline, Duration ack, String descriptionJa, String clause) {
        return new EscalationStep(StepKind.NOTIFY_RECIPIENT, purpose, deadline, ack, false, descriptionJa, clause);
    }

    /** A step that is not a notice. */
    public static EscalationStep step(StepKind kind, Deadline deadline, String descriptionJa, String clause) {
        return new EscalationStep(kind, null, deadline, null, false, descriptionJa, clause);
    }

    /** A step that needs the consulter's consent first. */
    public static EscalationStep withConsent(StepKind kind, Deadline deadline, String descriptionJa, String clause) {
        return new EscalationStep(kind, null, deadline, null, true, descriptionJa, clause);
    }

    /** What an escalation step does. */
    public enum StepKind {
        NOTIFY_RECIPIENT,
        OFFER_VOICE_CALL,
        IDENTIFY_CONSULTER,
        NOTIFY_POLICE,
        REPORT_OUTCOME,
        SHOW_CRISIS_CONTACTS,
        PAGE_ON_CALL_LEAD,
        PHONE_MUNICIPALITY
    }
}
