package org.yorisoi.contract.spi;

import java.util.List;
import java.util.Objects;

/**
 * What must be done when a case of the given kind is opened: the steps, each with its deadline.
 *
 * @param trigger which kind of case opens these steps
 * @param steps the steps, in the order they are normally taken
 * @param clause the clause of the specification
 */
public record EscalationRule(Trigger trigger, List<EscalationStep> steps, String clause) {

    public EscalationRule {
        Objects.requireNonNull(trigger, "trigger");
        steps = List.copyOf(steps);
        Objects.requireNonNull(clause, "clause");
    }

    /** The kinds of case. */
    public enum Trigger {
        /** Life or body may be at risk. */
        EMERGENCY,
        /** Not an emergency, but information must reach the school or other agencies. */
        INFORMATION_SHARING
    }
}
