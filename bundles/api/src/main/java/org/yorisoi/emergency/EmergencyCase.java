package org.yorisoi.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.yorisoi.contract.spi.EscalationRule.Trigger;

/**
 * A case: an emergency (life or body at risk) or information that must be shared, opened on one conversation.
 *
 * @param id the case id
 * @param contractId the contract
 * @param conversationId the conversation (consultation) it was opened on
 * @param trigger emergency or information sharing; chooses the contract's escalation rule
 * @param origin declared, or a detection confirmed
 * @param state open or closed
 * @param openedBy the person who opened it
 * @param openedAt when
 * @param clause the escalation rule's clause, e.g. {@code kyoto 6(8)}
 * @param steps the steps, in the rule's order
 * @param notices every notice sent for the case
 * @param closedAt when it was closed, or null
 * @param closedBy who closed it, or null
 */
public record EmergencyCase(String id, String contractId, String conversationId, Trigger trigger, CaseOrigin origin,
                            CaseState state, String openedBy, Instant openedAt, String clause, List<CaseStep> steps,
                            List<CaseNotice> notices, Instant closedAt, String closedBy) {
    public EmergencyCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    /** The earliest due time of a step not yet done, or null when all are done. */
    public Instant nextDue() {
        return steps.stream().filter(s -> !s.done()).map(CaseStep::due).min(Instant::compareTo).orElse(null);
    }
}
