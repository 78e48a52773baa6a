package org.yorisoi.contract.spi;

import java.util.Map;
import java.util.Set;

/**
 * What a requirement is checked against: a person's verified qualifications, experience and recorded
 * approvals. Built by the core from the staff directory.
 *
 * @param qualifications verified qualifications
 * @param experienceMonths months of experience per kind
 * @param approvals ids of recorded exception approvals (e.g. a Kyoto commissioner approval)
 */
public record StaffProfile(Set<Qualification> qualifications, Map<ExperienceKind, Integer> experienceMonths,
                           Set<String> approvals) {

    public StaffProfile {
        qualifications = Set.copyOf(qualifications);
        experienceMonths = Map.copyOf(experienceMonths);
        approvals = Set.copyOf(approvals);
    }

    /** Months of experience summed over the given kinds. */
    public int monthsOf(Set<ExperienceKind> kinds) {
        return kinds.stream().mapToInt(k -> experienceMonths.getOrDefault(k, 0)).sum();
    }
}
