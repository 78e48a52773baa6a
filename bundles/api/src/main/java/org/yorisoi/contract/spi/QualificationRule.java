package org.yorisoi.contract.spi;

import java.util.Objects;

/**
 * Who may work a role, or one activity of a role.
 *
 * @param role the role
 * @param activity an {@link Activity#id()} the rule is limited to, or {@code null} for every activity
 * @param requirement what the person must meet
 * @param clause the clause of the specification
 */
public record QualificationRule(Role role, String activity, Requirement requirement, String clause) {

    public QualificationRule {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(clause, "clause");
    }

    /** A rule for every activity of a role. */
    public static QualificationRule forRole(Role role, Requirement requirement, String clause) {
        return new QualificationRule(role, null, requirement, clause);
    }

    /** A rule for one activity of a role; it replaces the role-wide rules for that activity. */
    public static QualificationRule forActivity(Role role, String activity, Requirement requirement, String clause) {
        return new QualificationRule(role, activity, requirement, clause);
    }
}
