package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterRow;

public class RosterRowsTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-02");
    private static final String APPROVAL = "test-commissioner-approval";

    private final RosterFixtures.TestContract kyotoLike = RosterFixtures.contract("kyoto",
            List.of(StaffingRule.atLeast(1, Role.LEAD, WindowKind.HUMAN, "test lead"),
                    StaffingRule.atLeast(2, Role.COUNSELOR, WindowKind.HUMAN, "test counselors")),
            List.of(QualificationRule.forRole(Role.COUNSELOR, Requirement.either(
                    Requirement.anyOf(Qualification.CERTIFIED_PSYCHOLOGIST, Qualification.CLINICAL_PSYCHOLOGIST),
                    Requirement.approvedException(APPROVAL, "委託者")), "kyoto 6(5)ア(ウ)②")));
    private RosterFixtures.Directory directory;

    @Before
    public void setUp() {
        directory = new RosterFixtures.Directory();
    }

    private List<String> logins(RosterFixtures.TestContract contract) {
        return RosterRows.build(contract, directory, TODAY).stream().map(RosterRow::loginName).toList();
    }

    @Test
    public void managersComeFirstThenLeadsThenCounselorsEachByLogin() {
        directory.grant(directory.add("c.counselor", "相談 一郎"), "kyoto", Role.COUNSELOR, "2025-04-01", null);
        directory.grant(directory.add("a.counselor", "相談 二郎"), "kyoto", Role.COUNSELOR, "2025-04-01", null);
        directory.grant(directory.add("z.manager", "管理 花子"), "kyoto", Role.CONTRACT_MANAGER, "2025-04-01", null);
        directory.grant(directory.add("m.lead", "責任 太郎"), "kyoto", Role.LEAD, "2025-04-01", null);

        assertEquals(List.of("z.manager", "m.lead", "a.counselor", "c.counselor"), logins(kyotoLike));
    }

    @Test
    public void viewersAdministratorsAndThePlatformsSystemManagersAreNotStaffOfTheContract() {
        directory.grant(directory.add("viewer", "閲覧者"), "kyoto", Role.MUNICIPAL_VIEWER, "2025-04-01", null);
        directory.grant(directory.add("admin", "管理者"), RoleGrant.EVERY_CONTRACT, Role.ADMIN, "2025-04-01", null);
        directory.grant(directory.add("ops", "運用者"), RoleGrant.EVERY_CONTRACT, Role.SYSTEM_MANAGER, "2025-04-01", null);
        directory.grant(directory.add("sysman", "システム者"), "kyoto", Role.SYSTEM_MANAGER, "2025-04-01", null);

        assertEquals(List.of(), logins(kyotoLike));
    }

    @Test
    public void aContractNamingSystemManagersListsItsOwn() {
        // kumamoto 6(7)エ, カ: システム責任者 on the roster
        RosterFixtures.TestContract kumamotoLike = RosterFixtures.contract("kumamoto",
                List.of(StaffingRule.namedAtLeast(1, Role.SYSTEM_MANAGER, "kumamoto 6(7)エ")), List.of());
        directory.grant(directory.add("sysman", "システム者"), "kumamoto", Role.SYSTEM_MANAGER, "2025-04-01", null);
        directory.grant(directory.add("ops", "運用者"), RoleGrant.EVERY_CONTRACT, Role.SYSTEM_MANAGER, "2025-04-01", null);

        assertEquals(List.of("sysman"), logins(kumamotoLike));
    }

    @Test
    public void grantsEndedBeforeTodayDropOutAndGrantsStartingLaterCount() {
        directory.grant(directory.add("left", "退職 者"), "kyoto", Role.COUNSELOR, "2025-04-01", "2025-06-01");
        directory.grant(directory.add("last-day", "最終 日"), "kyoto", Role.COUNSELOR, "2025-04-01", "2025-06-02");
        directory.grant(directory.add("joins", "入職 予定"), "kyoto", Role.COUNSELOR, "2025-07-01", null);
        directory.grant(directory.add("other", "他契約"), "sakai", Role.COUNSELOR, "2025-04-01", null);

        assertEquals(List.of("joins", "last-day"), logins(kyotoLike));
    }

    @Test
    public void aDeactivatedPersonIsNotListed() {
        Person p = new Person("id-gone", "gone", "停止 者", false, RosterFixtures.CREATED);
        directory.persons.add(p);
        directory.grant(p, "kyoto", Role.COUNSELOR, "2025-04-01", null);

        assertEquals(List.of(), logins(kyotoLike));
    }

    @Test
    public void theRowShowsVerifiedQualificationsAllExperienceAndTheContractsApprovals() {
        Person p = directory.add("k.tanaka", "田中 京子");
        directory.grant(p, "kyoto", Role.COUNSELOR, "2025-04-01", null)
                .qualification(p, Qualification.CERTIFIED_PSYCHOLOGIST, "12345", true)
                .qualification(p, Qualification.CERTIFIED_SOCIAL_WORKER, "S-1", false)
                .experience(p, ExperienceKind.COUNSELING_CHAT_SNS, 18, "SNS相談")
                .approval(p, APPROVAL, "kyoto", "府教委承認第1号")
                .approval(p, "other-approval", "sakai", null);

        RosterRow row = RosterRows.build(kyotoLike, directory, TODAY).get(0);

        assertEquals(List.of(Qualification.CERTIFIED_PSYCHOLOGIST), row.qualifications().stream().map(q -> q.type()).toList());
        assertEquals(1, row.experience().size());
        assertEquals(List.of(APPROVAL), row.approvals().stream().map(a -> a.approvalKind()).toList());
        assertEquals(1, row.categories().size());
        assertEquals(List.of("公認心理師・臨床心理士のいずれか", "委託者が承認した者"), row.categories().get(0).met());
    }

    @Test
    public void theFingerprintFollowsTheContent() {
        Person p = directory.add("k.tanaka", "田中 京子");
        directory.grant(p, "kyoto", Role.COUNSELOR, "2025-04-01", null);
        String before = RosterRows.build(kyotoLike, directory, TODAY).get(0).fingerprint();

        assertEquals(before, RosterRows.build(kyotoLike, directory, TODAY).get(0).fingerprint());
        directory.experience(p, ExperienceKind.COUNSELING_PHONE, 12, null);
        String after = RosterRows.build(kyotoLike, directory, TODAY).get(0).fingerprint();
        assertFalse(before.equals(after));
        directory.qualification(p, Qualification.CLINICAL_PSYCHOLOGIST, "9", false);
        assertTrue("an unverified qualification is not on the roster",
                after.equals(RosterRows.build(kyotoLike, directory, TODAY).get(0).fingerprint()));
    }

    @Test
    public void aPersonInTwoRolesIsOneRowWithBothGrants() {
        Person p = directory.add("both", "兼務 者");
        directory.grant(p, "kyoto", Role.COUNSELOR, "2025-04-01", null).grant(p, "kyoto", Role.LEAD, "2025-05-01", null);

        List<RosterRow> rows = RosterRows.build(kyotoLike, directory, TODAY);

        assertEquals(1, rows.size());
        assertEquals(List.of(Role.LEAD, Role.COUNSELOR), rows.get(0).grants().stream().map(RoleGrant::role).toList());
    }
}
