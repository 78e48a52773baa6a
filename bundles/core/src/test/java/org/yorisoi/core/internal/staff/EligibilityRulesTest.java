package org.yorisoi.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.RoleGrant;

public class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-05-01");
    private final Contract sakai = TestContracts.sakaiLike();
    private final Contract kyoto = TestContracts.kyotoLike();

    private static StaffProfile holding(Qualification... qualifications) {
        return new StaffProfile(Set.of(qualifications), Map.of(), Set.of());
    }

    private static List<RoleGrant> granted(String contract, Role role) {
        return List.of(new RoleGrant("p1", contract, role, LocalDate.parse("2026-04-01"), null));
    }

    private EligibilityResult decide(Contract c, List<RoleGrant> grants, StaffProfile profile, Role role, String activity) {
        return EligibilityRules.decide(true, grants, profile, c.qualifications(), c.info().id(), role, activity, TODAY, TODAY);
    }

    @Test
    public void sakaiCounselingNeedsPsychologistOrPsychiatrist() {
        StaffProfile schoolPsychologist = holding(Qualification.SCHOOL_PSYCHOLOGIST);
        EligibilityResult counseling = decide(sakai, granted("sakai-like", Role.COUNSELOR), schoolPsychologist,
                Role.COUNSELOR, TestContracts.COUNSELING);
        assertFalse(counseling.eligible());
        assertEquals(List.of("test 6⑤B"), counseling.clauses());
        assertEquals(1, counseling.reasons().size());
        assertTrue(counseling.reasons().get(0), counseling.reasons().get(0).startsWith("test 6⑤B: 次のいずれも満たしません"));
        assertTrue(counseling.reasons().get(0).contains("公認心理師"));
        assertTrue(counseling.reasons().get(0).contains("精神保健に関して学識経験を有する医師"));
    }

    @Test
    public void sakaiSchoolPsychologistMayWorkEveryOtherActivity() {
        StaffProfile schoolPsychologist = holding(Qualification.SCHOOL_PSYCHOLOGIST);
        EligibilityResult hearing = decide(sakai, granted("sakai-like", Role.COUNSELOR), schoolPsychologist,
                Role.COUNSELOR, TestContracts.HEARING);
        assertTrue(hearing.reasons().toString(), hearing.eligible());
        assertEquals(List.of("test 6⑤A"), hearing.clauses());
        assertTrue(decide(sakai, granted("sakai-like", Role.COUNSELOR), schoolPsychologist, Role.COUNSELOR, null).eligible());
    }

    @Test
    public void sakaiPsychiatristMayCounselUnderTheActivityRule() {
        EligibilityResult r = decide(sakai, granted("sakai-like", Role.COUNSELOR), holding(Qualification.PSYCHIATRIST),
                Role.COUNSELOR, TestContracts.COUNSELING);
        assertTrue(r.eligible());
        assertEquals(List.of("test 6⑤B"), r.clauses());
        assertEquals(List.of(), r.reasons());
    }

    @Test
    public void sakaiTwoYearsInChildWelfareCountAsCategoryE() {
        StaffProfile experienced = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 24), Set.of());
        assertTrue(decide(sakai, granted("sakai-like", Role.COUNSELOR), experienced, Role.COUNSELOR, TestContracts.HEARING).eligible());
        StaffProfile short1 = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 23), Set.of());
        assertFalse(decide(sakai, granted("sakai-like", Role.COUNSELOR), short1, Role.COUNSELOR, TestContracts.HEARING).eligible());
    }

    @Test
    public void kyotoCounselorWithoutQualificationNeedsTheCommissionersApproval() {
        StaffProfile none = holding();
        EligibilityResult refused = decide(kyoto, granted("kyoto-like", Role.COUNSELOR), none, Role.COUNSELOR, null);
        assertFalse(refused.eligible());
        assertEquals(List.of("test 6(5)ア(ウ)②"), refused.clauses());
        assertTrue(refused.reasons().get(0).contains("委託者が承認した者"));

        StaffProfile approved = new StaffProfile(Set.of(), Map.of(), Set.of(TestContracts.COMMISSIONER_APPROVAL));
        assertTrue(decide(kyoto, granted("kyoto-like", Role.COUNSELOR), approved, Role.COUNSELOR, null).eligible());
    }

    @Test
    public void kyotoTeacherWithAYearOfPhoneCounselingQualifies() {
        StaffProfile teacher = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.TEACHING, 60, ExperienceKind.COUNSELING_PHONE, 12), Set.of());
        assertTrue(decide(kyoto, granted("kyoto-like", Role.COUNSELOR), teacher, Role.COUNSELOR, null).eligible());
    }

    @Test
    public void roleWithoutRuleNeedsOnlyTheGrant() {
        EligibilityResult lead = decide(kyoto, granted("kyoto-like", Role.LEAD), holding(), Role.LEAD, null);
        assertTrue(lead.eligible());
        assertEquals(List.of(), lead.clauses());
    }

    @Test
    public void notGrantedIsNotEligibleWhateverTheQualifications() {
        EligibilityResult r = decide(kyoto, granted("kyoto-like", Role.LEAD), holding(Qualification.CLINICAL_PSYCHOLOGIST),
                Role.COUNSELOR, null);
        assertFalse(r.eligible());
        assertEquals(List.of("契約「kyoto-like」の相談員の権限が付与されていません"), r.reasons());

        EligibilityResult otherContract = decide(kyoto, granted("sakai-like", Role.COUNSELOR),
                holding(Qualification.CLINICAL_PSYCHOLOGIST), Role.COUNSELOR, null);
        assertFalse(otherContract.eligible());
    }

    @Test
    public void grantOutsideItsDaysIsNotInEffect() {
        List<RoleGrant> ended = List.of(new RoleGrant("p1", "kyoto-like", Role.LEAD, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30")));
        EligibilityResult r = decide(kyoto, ended, holding(), Role.LEAD, null);
        assertFalse(r.eligible());
        assertEquals(List.of("契約「kyoto-like」の相談責任者の権限が2026-05-01に有効ではありません"), r.reasons());

        List<RoleGrant> future = List.of(new RoleGrant("p1", "kyoto-like", Role.LEAD, LocalDate.parse("2026-05-02"), null));
        assertFalse(decide(kyoto, future, holding(), Role.LEAD, null).eligible());

        List<RoleGrant> lastDay = List.of(new RoleGrant("p1", "kyoto-like", Role.LEAD, LocalDate.parse("2026-04-01"),
                TODAY));
        assertTrue(decide(kyoto, lastDay, holding(), Role.LEAD, null).eligible());
    }

    @Test
    public void grantMustCoverEveryDayOfTheSpan() {
        List<RoleGrant> grants = List.of(new RoleGrant("p1", "kyoto-like", Role.LEAD, LocalDate.parse("2026-04-01"), TODAY));
        EligibilityResult r = EligibilityRules.decide(true, grants, holding(), kyoto.qualifications(), "kyoto-like",
                Role.LEAD, null, TODAY, TODAY.plusDays(1));
        assertFalse(r.eligible());
        assertEquals(List.of("契約「kyoto-like」の相談責任者の権限が2026-05-01から2026-05-02まで有効ではありません"), r.reasons());
    }

    @Test
    public void inactivePersonIsNotEligible() {
        EligibilityResult r = EligibilityRules.decide(false, granted("kyoto-like", Role.LEAD), holding(),
                kyoto.qualifications(), "kyoto-like", Role.LEAD, null, TODAY, TODAY);
        assertFalse(r.eligible());
        assertEquals(List.of("利用停止中の者は従事できません"), r.reasons());
    }

    @Test
    public void grantForEveryContractHoldsEverywhere() {
        List<RoleGrant> grants = List.of(new RoleGrant("p1", RoleGrant.EVERY_CONTRACT, Role.SYSTEM_MANAGER,
                LocalDate.parse("2026-01-01"), null));
        assertTrue(decide(kyoto, grants, holding(), Role.SYSTEM_MANAGER, null).eligible());
        assertTrue(decide(sakai, grants, holding(), Role.SYSTEM_MANAGER, null).eligible());
    }

    @Test
    public void reasonsOfGrantAndQualificationAreBothGiven() {
        EligibilityResult r = decide(sakai, List.of(), holding(), Role.COUNSELOR, TestContracts.COUNSELING);
        assertFalse(r.eligible());
        assertEquals(2, r.reasons().size());
        assertTrue(r.reasons().get(0).contains("権限が付与されていません"));
        assertTrue(r.reasons().get(1).startsWith("test 6⑤B: "));
    }

    @Test
    public void activityWithoutOwnRuleFallsBackToTheRoleWideRules() {
        assertEquals(List.of("test 6⑤A"), EligibilityRules.applicableRules(sakai.qualifications(), Role.COUNSELOR,
                TestContracts.HEARING).stream().map(q -> q.clause()).toList());
        assertEquals(List.of("test 6⑤B"), EligibilityRules.applicableRules(sakai.qualifications(), Role.COUNSELOR,
                TestContracts.COUNSELING).stream().map(q -> q.clause()).toList());
        assertEquals(List.of(), EligibilityRules.applicableRules(sakai.qualifications(), Role.LEAD, null));
    }

    @Test
    public void unknownActivityIsRefusedSoThatATypoCannotLoosenTheRules() {
        StaffingService.checkActivity(sakai, TestContracts.COUNSELING);
        StaffingService.checkActivity(sakai, null);
        IllegalArgumentException e = org.junit.Assert.assertThrows(IllegalArgumentException.class,
                () -> StaffingService.checkActivity(sakai, "counselling"));
        assertEquals("contract sakai-like has no activity 'counselling'", e.getMessage());
    }
}
