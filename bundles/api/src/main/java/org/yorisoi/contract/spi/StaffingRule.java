package org.yorisoi.contract.spi;

import java.util.Objects;

/**
 * How many people of a role must be on duty.
 *
 * @param during the window kind during which the rule holds at every instant, or {@code null} for the
 *               whole term (e.g. one contract manager)
 * @param role the role counted; a person is counted in one role only
 * @param minimum at least this many
 * @param maximum at most this many, 0 for no maximum
 * @param clause the clause of the specification
 */
public record StaffingRule(WindowKind during, Role role, int minimum, int maximum, String clause) {

    public StaffingRule {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clause, "clause");
        if (minimum < 0 || maximum < 0 || (maximum > 0 && maximum < minimum)) {
            throw new IllegalArgumentException(clause + ": bad bounds " + minimum + ".." + maximum);
        }
    }

    /** At least {@code minimum} of a role at every instant of every window of a kind. */
    public static StaffingRule atLeast(int minimum, Role role, WindowKind during, String clause) {
        return new StaffingRule(during, role, minimum, 0, clause);
    }

    /** Between {@code minimum} and {@code maximum} of a role in every window of a kind. */
    public static StaffingRule between(int minimum, int maximum, Role role, WindowKind during, String clause) {
        return new StaffingRule(during, role, minimum, maximum, clause);
    }

    /** Exactly {@code count} of a role named for the whole term. */
    public static StaffingRule named(int count, Role role, String clause) {
        return new StaffingRule(null, role, count, count, clause);
    }

    /** At least {@code count} of a role named for the whole term. */
    public static StaffingRule namedAtLeast(int count, Role role, String clause) {
        return new StaffingRule(null, role, count, 0, clause);
    }
}
