package org.yorisoi.staff;

import java.util.List;
import java.util.Objects;

import org.yorisoi.contract.spi.Role;

/**
 * One person on a contract's roster (従事者名簿): who, in which roles, with which verified qualifications, experience
 * and approved exceptions, and which qualification rules of the contract the person meets. The contracts ask for
 * these contents: kyoto 6(5)イ(ア) 「資格、相談等の経験歴を含む」, sakai 6⑥ 「⑤ア～エのうちいずれに属するかを明記」,
 * kumamoto 6(7)カ (業務責任者、相談責任者、システム責任者、相談従事者).
 *
 * @param personId the person
 * @param loginName the login name
 * @param displayName the name on the roster
 * @param grants the person's grants under the contract in effect on the roster's day or starting later, by role
 * @param qualifications verified qualifications only, with their certificate numbers
 * @param experience every experience record
 * @param approvals the approved exceptions recorded under this contract
 * @param categories per role and qualification rule of the contract, which alternatives the person meets
 * @param fingerprint SHA-256 (lower-case hex) of the row's content as exported; equal content, equal fingerprint
 * @param mark how the row compares with the last submitted roster
 */
public record RosterRow(String personId, String loginName, String displayName, List<RoleGrant> grants,
                        List<QualificationRecord> qualifications, List<ExperienceRecord> experience,
                        List<ApprovalRecord> approvals, List<Category> categories, String fingerprint,
                        RosterMark mark) {

    public RosterRow {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(mark, "mark");
        grants = List.copyOf(grants);
        qualifications = List.copyOf(qualifications);
        experience = List.copyOf(experience);
        approvals = List.copyOf(approvals);
        categories = List.copyOf(categories);
    }

    /** The same row with another mark. */
    public RosterRow withMark(RosterMark newMark) {
        return new RosterRow(personId, loginName, displayName, grants, qualifications, experience, approvals,
                categories, fingerprint, newMark);
    }

    /**
     * Where the person stands against one qualification rule of the contract: the category a roster states
     * (e.g. Sakai's ア–エ).
     *
     * @param role the role the rule is for
     * @param activity the activity the rule is limited to, or {@code null} for the whole role
     * @param clause the clause of the rule, e.g. {@code sakai 6⑤A}
     * @param met the alternatives of the rule the person meets, in Japanese (a rule "any of (a), (b), (c)" lists
     *            each alternative met); empty when the person does not meet the rule
     */
    public record Category(Role role, String activity, String clause, List<String> met) {
        public Category {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(clause, "clause");
            met = List.copyOf(met);
        }

        /** True when the person meets the rule. */
        public boolean isMet() {
            return !met.isEmpty();
        }
    }
}
