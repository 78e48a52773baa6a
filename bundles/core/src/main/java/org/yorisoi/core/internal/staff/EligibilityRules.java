package org.yorisoi.core.internal.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.RoleGrant;

/** Decides whether a person may work a role or activity under a contract. Pure: everything is passed in. */
public final class EligibilityRules {

    static final Map<Role, String> ROLE_JA = Map.of(
            Role.COUNSELOR, "相談員",
            Role.LEAD, "相談責任者",
            Role.CONTRACT_MANAGER, "受託管理責任者",
            Role.SYSTEM_MANAGER, "システム管理者",
            Role.MUNICIPAL_VIEWER, "自治体閲覧者",
            Role.ADMIN, "管理者");

    private EligibilityRules() {
    }

    /**
     * @param active whether the person is active
     * @param grants the person's grants (any contract, any role)
     * @param profile the person's profile with the approvals under this contract
     * @param rules the contract's qualification rules
     * @param from first day the person would work
     * @param to last day the person would work (the grant must be in effect on every day in between)
     */
    public static EligibilityResult decide(boolean active, List<RoleGrant> grants, StaffProfile profile,
                                           List<QualificationRule> rules, String contractId, Role role,
                                           String activity, LocalDate from, LocalDate to) {
        List<String> reasons = new ArrayList<>();
        String roleJa = ROLE_JA.get(role);
        if (!active) {
            reasons.add("利用停止中の者は従事できません");
        }
        List<RoleGrant> ofRole = grants.stream().filter(g -> g.role() == role && g.appliesTo(contractId)).toList();
        if (ofRole.isEmpty()) {
            reasons.add("契約「" + contractId + "」の" + roleJa + "の権限が付与されていません");
        } else if (ofRole.stream().noneMatch(g -> covers(g, from, to))) {
            reasons.add("契約「" + contractId + "」の" + roleJa + "の権限が"
                    + (from.equals(to) ? from + "に" : from + "から" + to + "まで") + "有効ではありません");
        }

        List<QualificationRule> applicable = applicableRules(rules, role, activity);
        List<String> clauses = new ArrayList<>();
        if (!applicable.isEmpty()) {
            Optional<QualificationRule> met = applicable.stream()
                    .filter(r -> r.requirement().unmetBy(profile).isEmpty()).findFirst();
            if (met.isPresent()) {
                clauses.add(met.get().clause());
            } else {
                for (QualificationRule rule : applicable) {
                    clauses.add(rule.clause());
                    rule.requirement().unmetBy(profile).ifPresent(r -> reasons.add(rule.clause() + ": " + r));
                }
            }
        }
        return new EligibilityResult(reasons.isEmpty(), reasons, clauses);
    }

    /** Rules naming the activity replace the role-wide rules for it. */
    static List<QualificationRule> applicableRules(List<QualificationRule> rules, Role role, String activity) {
        if (activity != null) {
            List<QualificationRule> forActivity = rules.stream()
                    .filter(r -> r.role() == role && activity.equals(r.activity())).toList();
            if (!forActivity.isEmpty()) {
                return forActivity;
            }
        }
        return rules.stream().filter(r -> r.role() == role && r.activity() == null).toList();
    }

    private static boolean covers(RoleGrant grant, LocalDate from, LocalDate to) {
        return grant.inEffectOn(from) && grant.inEffectOn(to);
    }
}
