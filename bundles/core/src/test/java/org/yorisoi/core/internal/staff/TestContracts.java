package org.yorisoi.core.internal.staff;

import static org.yorisoi.contract.spi.Qualification.CERTIFIED_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.CLINICAL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIC_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIST;
import static org.yorisoi.contract.spi.Qualification.SCHOOL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.SCHOOL_PSYCHOLOGIST_EQUIVALENT;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.yorisoi.contract.spi.Activity;
import org.yorisoi.contract.spi.Billing;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.DayRule;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;

/** Small contracts written for the staff tests, shaped like Kyoto (evening chat) and Sakai (case work). */
final class TestContracts {

    static final String COMMISSIONER_APPROVAL = "test-commissioner-approval";
    static final String COUNSELING = "counseling";
    static final String HEARING = "hearing";

    private TestContracts() {
    }

    /** A real SPI implementation: every rule is a declared value. */
    record TestContract(ContractInfo info, List<WindowRule> windows, List<StaffingRule> staffing,
                        List<QualificationRule> qualifications, List<Activity> activities) implements Contract {
    }

    private static ContractInfo info(String id, String start, String end, Set<Channel> channels) {
        return new ContractInfo(id, "Test " + id, "テスト", "テスト市",
                new Term(LocalDate.parse(start), LocalDate.parse(end), List.of(), "test 1"),
                new Eligibility("児童生徒", "pupils", List.of(), "test 2"), channels);
    }

    /** Kyoto-like: Mon and Fri 17:00-22:00, one lead and at least two counselors at all times, one manager named. */
    static TestContract kyotoLike() {
        Requirement counseling = Requirement.experience(1, ExperienceKind.COUNSELING_FACE_TO_FACE,
                ExperienceKind.COUNSELING_PHONE, ExperienceKind.COUNSELING_MAIL, ExperienceKind.COUNSELING_CHAT_SNS);
        Requirement a = Requirement.anyOf(CERTIFIED_PSYCHOLOGIST, CLINICAL_PSYCHOLOGIST);
        Requirement b = Requirement.allOf(Requirement.experience(1, ExperienceKind.TEACHING,
                ExperienceKind.CHILD_WELFARE, ExperienceKind.EDUCATION_COUNSELING), counseling);
        Requirement exception = Requirement.approvedException(COMMISSIONER_APPROVAL, "委託者");
        return new TestContract(info("kyoto-like", "2023-07-14", "2024-03-31", Set.of(Channel.LINE)),
                List.of(
                        // like kyoto 6(2)ア
                        WindowRule.human(DayRule.on(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "17:00", "22:00", "test 6(2)ア"),
                        WindowRule.ai(DayRule.on(DayOfWeek.SATURDAY), "10:00", "12:00", "test ai")),
                List.of(
                        StaffingRule.named(1, Role.CONTRACT_MANAGER, "test 6(5)ア(ア)"),
                        StaffingRule.atLeast(1, Role.LEAD, WindowKind.HUMAN, "test 6(5)ア(イ)"),
                        StaffingRule.atLeast(2, Role.COUNSELOR, WindowKind.HUMAN, "test 6(5)ア(ウ)")),
                List.of(QualificationRule.forRole(Role.COUNSELOR, Requirement.either(a, b, exception), "test 6(5)ア(ウ)②")),
                List.of());
    }

    /** Sakai-like: every activity accepts ア–エ, counseling needs ア or ウ. */
    static TestContract sakaiLike() {
        Requirement a = Requirement.anyOf(CERTIFIED_PSYCHOLOGIST, CLINICAL_PSYCHOLOGIST);
        Requirement i = Requirement.anyOf(CERTIFIED_SOCIAL_WORKER, PSYCHIATRIC_SOCIAL_WORKER);
        Requirement u = Requirement.anyOf(PSYCHIATRIST);
        Requirement e = Requirement.either(Requirement.anyOf(SCHOOL_PSYCHOLOGIST, SCHOOL_PSYCHOLOGIST_EQUIVALENT),
                Requirement.experience(2, ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE));
        return new TestContract(info("sakai-like", "2026-04-01", "2027-03-15", Set.of(Channel.APPOINTMENT)),
                List.of(WindowRule.standardAppointments(DayRule.weekdaysExceptHolidays(), "09:00", "17:30", "test 5")),
                List.of(StaffingRule.namedAtLeast(2, Role.COUNSELOR, "test 6⑤")),
                List.of(
                        QualificationRule.forRole(Role.COUNSELOR, Requirement.either(a, i, u, e), "test 6⑤A"),
                        QualificationRule.forActivity(Role.COUNSELOR, COUNSELING, Requirement.either(a, u), "test 6⑤B")),
                List.of(
                        new Activity(HEARING, "意見聴取", 2, Duration.ofHours(1), Set.of(WindowKind.APPOINTMENT_STANDARD),
                                true, Billing.PER_COUNSELOR, true, "test I(2)"),
                        new Activity(COUNSELING, "カウンセリング", 1, Duration.ofHours(1),
                                Set.of(WindowKind.APPOINTMENT_STANDARD), true, Billing.PER_COUNSELOR, true, "test II(1)")));
    }
}
