package org.yorisoi.core.internal.roster;

import java.util.List;
import java.util.Set;

import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.RosterRow;

/**
 * Which alternatives of a contract's qualification rules a person meets: the category a roster must state
 * (sakai 6⑥ 「上記⑤ア～エのうちいずれに属するかを明記」). A rule worded "any of (a), (b), (c)" is split into its
 * alternatives, so that the roster names the one(s) the person falls under rather than the whole list. Pure.
 */
final class RosterCategories {

    private RosterCategories() {
    }

    /** One entry per rule of the contract for any of the roles, in the contract's order. */
    static List<RosterRow.Category> of(List<QualificationRule> rules, Set<Role> roles, StaffProfile profile) {
        return rules.stream()
                .filter(r -> roles.contains(r.role()))
                .map(r -> new RosterRow.Category(r.role(), r.activity(), r.clause(), met(r.requirement(), profile)))
                .toList();
    }

    static List<String> met(Requirement requirement, StaffProfile profile) {
        List<Requirement> alternatives = requirement instanceof Requirement.AnyOf any ? any.parts() : List.of(requirement);
        return alternatives.stream()
                .filter(a -> a.unmetBy(profile).isEmpty())
                .map(Requirement::describeJa)
                .toList();
    }
}
