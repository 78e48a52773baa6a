package org.yorisoi.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.yorisoi.contract.spi.EscalationStep.StepKind;

/**
 * One step of a case, as the contract's escalation rule laid it out when the case was opened.
 *
 * @param index 0, 1, ... in the rule's order
 * @param kind what is to be done
 * @param descriptionJa the step in the specification's words
 * @param clause the specification's clause
 * @param needsConsent whether the consulter's consent is needed first (e.g. a voice call)
 * @param automatic true for notices the platform sends itself; done when every notice was delivered
 * @param recipientIds for notices and reports: the recipients routed for the case; empty otherwise
 * @param ownerId the person who must do it (the counselor who opened the case, until reassigned)
 * @param due when it must be done by
 * @param doneAt when it was done, or null
 * @param doneBy who did it (a person id, or {@code platform} for automatic notices), or null
 * @param record what was done, in the staff's words (e.g. who at the police took the call); null when none or when
 *               the reader may not see it. Stored encrypted like consultation content.
 */
public record CaseStep(int index, StepKind kind, String descriptionJa, String clause, boolean needsConsent,
                       boolean automatic, List<String> recipientIds, String ownerId, Instant due, Instant doneAt,
                       String doneBy, String record) {
    public CaseStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        recipientIds = List.copyOf(recipientIds);
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Never the record's text. */
    @Override
    public String toString() {
        return "CaseStep[" + index + " " + kind + (done() ? " done" : " due " + due) + "]";
    }
}
