package org.yorisoi.staff;

import java.util.List;

/**
 * Whether a person may work a role or activity under a contract.
 *
 * @param eligible the answer
 * @param reasons why not, in Japanese (from the role grants and {@code Requirement.unmetBy}); empty when eligible
 * @param clauses the clauses of the qualification rules that decided: the rule met when eligible, every rule
 *                considered otherwise; empty when the role has no rule
 */
public record EligibilityResult(boolean eligible, List<String> reasons, List<String> clauses) {
    public EligibilityResult {
        reasons = List.copyOf(reasons);
        clauses = List.copyOf(clauses);
    }
}
