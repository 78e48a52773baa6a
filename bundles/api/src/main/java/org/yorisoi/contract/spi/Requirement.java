package org.yorisoi.contract.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A qualification requirement, composed the way the specifications word them: "one of these
 * licences", "this career AND a year of counseling", "any of (a), (b), (c)".
 */
public sealed interface Requirement {

    /** Why the profile does not meet the requirement, in Japanese; empty when it does. */
    Optional<String> unmetBy(StaffProfile profile);

    /** The requirement in Japanese, for rosters and error messages. */
    String describeJa();

    /** Holds one of the qualifications. */
    static Requirement anyOf(Qualification first, Qualification... more) {
        return new AnyQualification(EnumSet.of(first, more));
    }

    /** Has at least {@code years} years of experience summed over the kinds. */
    static Requirement experience(int years, ExperienceKind first, ExperienceKind... more) {
        return new Experience(EnumSet.of(first, more), years * 12);
    }

    /** Every part holds. */
    static Requirement allOf(Requirement... parts) {
        return new AllOf(List.of(parts));
    }

    /** At least one part holds. */
    static Requirement either(Requirement... parts) {
        return new AnyOf(List.of(parts));
    }

    /** An exception approved by the named authority and recorded under {@code approvalKind}. */
    static Requirement approvedException(String approvalKind, String approverJa) {
        return new Approved(approvalKind, approverJa);
    }

    record AnyQualification(Set<Qualification> qualifications) implements Requirement {
        public AnyQualification {
            qualifications = Set.copyOf(qualifications);
        }

        @Override
        public Optional<String> unmetBy(StaffProfile profile) {
            return qualifications.stream().anyMatch(profile.qualifications()::contains)
                    ? Optional.empty()
                    : Optional.of("資格がありません: " + describeJa());
        }

        @Override
        public String describeJa() {
            return qualifications.stream().sorted().map(Qualification::nameJa).collect(Collectors.joining("・"))
                    + (qualifications.size() > 1 ? "のいずれか" : "");
        }
    }

    record Experience(Set<ExperienceKind> kinds, int months) implements Requirement {
        public Experience {
            kinds = Set.copyOf(kinds);
        }

        @Override
        public Optional<String> unmetBy(StaffProfile profile) {
            int has = profile.monthsOf(kinds);
            return has >= months ? Optional.empty()
                    : Optional.of("経験が不足しています: " + describeJa() + "（現在" + has + "か月）");
        }

        @Override
        public String describeJa() {
            String what = kinds.stream().sorted().map(ExperienceKind::nameJa).collect(Collectors.joining("・"));
            return what + "の経験" + (months % 12 == 0 ? (months / 12) + "年" : months + "か月") + "以上";
        }
    }

    record AllOf(List<Requirement> parts) implements Requirement {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> unmetBy(StaffProfile profile) {
            return parts.stream().map(p -> p.unmetBy(profile)).flatMap(Optional::stream)
                    .reduce((a, b) -> a + "; " + b);
        }

        @Override
        public String describeJa() {
            return parts.stream().map(Requirement::describeJa).collect(Collectors.joining(" かつ ", "(", ")"));
        }
    }

    record AnyOf(List<Requirement> parts) implements Requirement {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> unmetBy(StaffProfile profile) {
            List<String> reasons = parts.stream().map(p -> p.unmetBy(profile)).flatMap(Optional::stream).toList();
            return reasons.size() < parts.size() ? Optional.empty()
                    : Optional.of("次のいずれも満たしません: " + describeJa());
        }

        @Override
        public String describeJa() {
            return parts.stream().map(Requirement::describeJa).collect(Collectors.joining(" または ", "[", "]"));
        }
    }

    record Approved(String approvalKind, String approverJa) implements Requirement {
        @Override
        public Optional<String> unmetBy(StaffProfile profile) {
            return profile.approvals().contains(approvalKind) ? Optional.empty()
                    : Optional.of(approverJa + "の承認が記録されていません");
        }

        @Override
        public String describeJa() {
            return approverJa + "が承認した者";
        }
    }
}
