package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.CLINICAL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIC_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIST;
import static org.yorisoi.contract.spi.Qualification.SCHOOL_PSYCHOLOGIST;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.RosterRow;

public class RosterCategoriesTest {

    // shaped like sakai 6⑤: (ア) psychologist, (イ) social worker, (ウ) psychiatrist, (エ) school psychologist or 2 years
    private static final Requirement A = Requirement.anyOf(CERTIFIED_PSYCHOLOGIST, CLINICAL_PSYCHOLOGIST);
    private static final Requirement I = Requirement.anyOf(CERTIFIED_SOCIAL_WORKER, PSYCHIATRIC_SOCIAL_WORKER);
    private static final Requirement U = Requirement.anyOf(PSYCHIATRIST);
    private static final Requirement E = Requirement.either(Requirement.anyOf(SCHOOL_PSYCHOLOGIST),
            Requirement.experience(2, ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE));
    private static final List<QualificationRule> SAKAI_LIKE = List.of(
            QualificationRule.forRole(Role.COUNSELOR, Requirement.either(A, I, U, E), "sakai 6⑤A"),
            QualificationRule.forActivity(Role.COUNSELOR, "counseling", Requirement.either(A, U), "sakai 6⑤B"),
            QualificationRule.forRole(Role.LEAD, A, "test lead"));

    private static StaffProfile holding(Qualification... qualifications) {
        return new StaffProfile(qualifications.length == 0 ? Set.of() : EnumSet.of(qualifications[0], qualifications),
                Map.of(), Set.of());
    }

    @Test
    public void aSocialWorkerFallsUnderAlternativeIAndMeetsNoCounselingRule() {
        List<RosterRow.Category> categories = RosterCategories.of(SAKAI_LIKE, Set.of(Role.COUNSELOR),
                holding(CERTIFIED_SOCIAL_WORKER));

        assertEquals(2, categories.size());
        assertEquals(new RosterRow.Category(Role.COUNSELOR, null, "sakai 6⑤A", List.of(I.describeJa())), categories.get(0));
        assertEquals("counseling", categories.get(1).activity());
        assertFalse(categories.get(1).isMet());
    }

    @Test
    public void everyAlternativeMetIsNamed() {
        List<RosterRow.Category> categories = RosterCategories.of(SAKAI_LIKE, Set.of(Role.COUNSELOR),
                holding(CLINICAL_PSYCHOLOGIST, PSYCHIATRIST));

        assertEquals(List.of(A.describeJa(), U.describeJa()), categories.get(0).met());
        assertEquals(List.of(A.describeJa(), U.describeJa()), categories.get(1).met());
    }

    @Test
    public void twoYearsOfEducationCounselingMeetAlternativeE() {
        StaffProfile profile = new StaffProfile(Set.of(), Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 24),
                Set.of());

        assertEquals(List.of(E.describeJa()), RosterCategories.of(SAKAI_LIKE, Set.of(Role.COUNSELOR), profile).get(0).met());
    }

    @Test
    public void onlyTheRulesOfTheRolesHeldAreListed() {
        assertTrue(RosterCategories.of(SAKAI_LIKE, Set.of(Role.CONTRACT_MANAGER), holding()).isEmpty());
        List<RosterRow.Category> lead = RosterCategories.of(SAKAI_LIKE, Set.of(Role.LEAD), holding(CERTIFIED_PSYCHOLOGIST));
        assertEquals(1, lead.size());
        assertEquals(List.of(A.describeJa()), lead.get(0).met());
    }

    @Test
    public void aRuleThatIsNoChoiceIsMetOrNotAsAWhole() {
        Requirement both = Requirement.allOf(A, Requirement.experience(1, ExperienceKind.COUNSELING_CHAT_SNS));
        QualificationRule rule = QualificationRule.forRole(Role.COUNSELOR, both, "test all");

        assertEquals(List.of(), RosterCategories.of(List.of(rule), Set.of(Role.COUNSELOR), holding(CERTIFIED_PSYCHOLOGIST)).get(0).met());
        StaffProfile met = new StaffProfile(Set.of(CERTIFIED_PSYCHOLOGIST), Map.of(ExperienceKind.COUNSELING_CHAT_SNS, 12), Set.of());
        assertEquals(List.of(both.describeJa()), RosterCategories.of(List.of(rule), Set.of(Role.COUNSELOR), met).get(0).met());
    }
}
