package org.yorisoi.contract.sakai.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.yorisoi.contract.spi.WindowKind.APPOINTMENT_EXTENDED;
import static org.yorisoi.contract.spi.WindowKind.APPOINTMENT_STANDARD;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.yorisoi.contract.spi.Activity;
import org.yorisoi.contract.spi.Attribute;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Billing;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.EscalationRule;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.Parameter;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.ReportPeriod;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.testkit.ContractTestKit;

public class SakaiContractTest {

    private static final HolidayCalendar HOLIDAYS = ContractTestKit.holidays();
    private final SakaiContract contract = new SakaiContract();

    {
        contract.configure(ContractTestKit.defaults(SakaiContract.Config.class));
    }

    /** The declared appointment windows open at a moment of the term (end exclusive). */
    private Set<WindowKind> at(String dateTime) {
        LocalDateTime moment = LocalDateTime.parse(dateTime);
        LocalTime time = moment.toLocalTime();
        return contract.windows().stream()
                .filter(w -> ContractTestKit.opensOn(contract, w.kind(), moment.toLocalDate())
                        && w.days().appliesOn(moment.toLocalDate(), HOLIDAYS) && !time.isBefore(w.start())
                        && (w.endsAtMidnight() || time.isBefore(w.end())))
                .map(WindowRule::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(WindowKind.class)));
    }

    private boolean anyWindowOn(LocalDate day) {
        return contract.windows().stream().anyMatch(w -> w.days().appliesOn(day, HOLIDAYS))
                && contract.info().term().contains(day);
    }

    private Activity activity(String id) {
        return contract.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- term (sakai 4) ----

    @Test
    public void termRunsFromContractDateToMarch15Of2027BecauseClause4() {
        Term term = contract.info().term();
        assertEquals(LocalDate.parse("2026-04-01"), term.start());
        assertEquals(LocalDate.parse("2027-03-15"), term.end());
        assertEquals("sakai 4", term.clause());
        assertEquals(Set.of(Channel.APPOINTMENT), contract.info().channels());
        assertEquals("sakai", contract.info().id());
        assertEquals("堺市", contract.info().municipality());
    }

    @Test
    public void noWindowBeforeContractDateOrAfterMarch15() {
        assertEquals(Set.of(), at("2026-03-31T10:00"));
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2026-04-01T10:00"));
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2027-03-15T10:00"));
        assertEquals(Set.of(), at("2027-03-16T10:00"));
    }

    @Test
    public void yearEndPauseIsTheWeekdaysOfTheClosureAndJanuary1Only() {
        assertEquals(List.of(DateRange.of("2026-12-29", "2027-01-01")), contract.info().term().pauses());
    }

    @Test
    public void pausesAreExactlyTheTermDaysWithoutAnyWindow() {
        Term term = contract.info().term();
        term.range().days().forEach(d ->
                assertEquals(d.toString(), !anyWindowOn(d), term.isPaused(d)));
    }

    // ---- windows (sakai 5 I(1)イ, I(2)イ, I(4)イ①, II(1)イ) ----

    @Test
    public void standardWindowIsWeekdays0900To1730EndExclusive() {
        assertEquals(Set.of(), at("2026-04-06T08:59"));
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2026-04-06T09:00"));
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2026-04-06T17:29"));
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-04-06T17:30"));
    }

    @Test
    public void extendedWeekdayEveningIs1730To2000EndExclusive() {
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-06-10T19:59"));
        assertEquals(Set.of(), at("2026-06-10T20:00"));
    }

    @Test
    public void saturdayAndSundayAreExtendedOnly0900To1730() {
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-04-04T09:00")); // Sat
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-04-05T17:29")); // Sun
        assertEquals(Set.of(), at("2026-04-05T17:30"));
        assertEquals(Set.of(), at("2026-04-04T18:00"));
    }

    @Test
    public void appointmentOnHolidayIsOnlyPossibleInExtendedWindowBecauseHolidaysAreExcludedFromStandard() {
        for (String holiday : List.of("2026-04-29", "2026-05-06", "2026-09-22", "2026-10-12", "2026-11-03",
                "2027-01-11", "2027-02-11", "2027-02-23")) {
            assertTrue(holiday, HOLIDAYS.isHoliday(LocalDate.parse(holiday)));
            assertEquals(holiday, Set.of(APPOINTMENT_EXTENDED), at(holiday + "T10:00"));
            assertEquals(holiday, Set.of(), at(holiday + "T18:00")); // no weekday evening on a holiday
            assertTrue(contract.bookable("hearing", LocalDateTime.parse(holiday + "T10:00"), HOLIDAYS));
            assertFalse(contract.bookable("pre-explanation", LocalDateTime.parse(holiday + "T10:00"), HOLIDAYS));
        }
    }

    @Test
    public void noWindowOnJanuary1Of2027BecauseOnlyJanuary1IsExcludedFromTheHolidayWindow() {
        assertEquals(Set.of(), at("2027-01-01T10:00"));
        assertEquals(Set.of(), at("2027-01-01T18:00"));
    }

    @Test
    public void noWindowOnWednesday20261230BecauseWeekdaysOfTheYearEndClosureHaveNone() {
        for (String day : List.of("2026-12-29", "2026-12-30", "2026-12-31")) {
            assertEquals(day, Set.of(), at(day + "T10:00"));
            assertEquals(day, Set.of(), at(day + "T18:00"));
        }
    }

    @Test
    public void saturday20270102AndSunday20270103HaveTheExtendedWindowAsWritten() {
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2027-01-02T10:00"));
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2027-01-03T10:00"));
        assertEquals(Set.of(), at("2027-01-02T18:00"));
    }

    @Test
    public void weekdaysAroundTheClosureAreOpen() {
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2026-12-28T10:00"));
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-12-28T19:00"));
        assertEquals(Set.of(APPOINTMENT_STANDARD), at("2027-01-04T10:00"));
    }

    @Test
    public void everyWindowCitesItsClause() {
        assertEquals(3, contract.windows().size());
        contract.windows().forEach(w -> assertTrue(w.clause(), w.clause().startsWith("sakai 5 I(")));
    }

    // ---- activities (sakai 5, 9) ----

    @Test
    public void preExplanationHasTheStandardWindowOnlyBecauseClauseI1IHasNoProviso() {
        assertEquals(Set.of(APPOINTMENT_STANDARD), activity("pre-explanation").windows());
        assertTrue(contract.bookable("pre-explanation", LocalDateTime.parse("2026-06-10T10:00"), HOLIDAYS));
        assertFalse(contract.bookable("pre-explanation", LocalDateTime.parse("2026-06-10T18:00"), HOLIDAYS));
        assertFalse(contract.bookable("pre-explanation", LocalDateTime.parse("2026-06-13T10:00"), HOLIDAYS));
    }

    @Test
    public void hearingFeedbackAttendanceAndCounselingMayUseTheExtendedWindow() {
        for (String id : List.of("hearing", "feedback-attendance", "counseling")) {
            assertEquals(id, EnumSet.of(APPOINTMENT_STANDARD, APPOINTMENT_EXTENDED), activity(id).windows());
            assertTrue(id, contract.bookable(id, LocalDateTime.parse("2027-01-02T10:00"), HOLIDAYS));
            assertTrue(id, contract.bookable(id, LocalDateTime.parse("2026-06-10T19:00"), HOLIDAYS));
            assertFalse(id, contract.bookable(id, LocalDateTime.parse("2027-01-01T10:00"), HOLIDAYS));
        }
    }

    @Test
    public void conferencesCoordinationsAdviceTrainingAndMeetingsAreNotBookedInAWindow() {
        for (String id : List.of("pre-explanation-coordination", "hearing-coordination", "hearing-case-conference",
                "feedback-advice", "counseling-coordination", "counseling-case-conference", "staff-training",
                "liaison-meeting")) {
            assertEquals(id, Set.of(), activity(id).windows());
        }
    }

    @Test
    public void hearingHasTwoCounselorsAndOthersOneBecauseClauses5I2UAnd5II1U() {
        assertEquals(2, activity("hearing").counselors());
        assertEquals(1, activity("counseling").counselors());
        assertEquals(1, activity("pre-explanation").counselors());
        assertEquals(1, activity("feedback-attendance").counselors());
        assertEquals(Duration.ofHours(1), activity("hearing").typicalDuration());
    }

    @Test
    public void priorCoordinationPrecedesPreExplanationHearingAndCounselingOnly() {
        Set<String> withCoordination = contract.activities().stream().filter(Activity::priorCoordination)
                .map(Activity::id).collect(Collectors.toSet());
        assertEquals(Set.of("pre-explanation", "hearing", "counseling"), withCoordination);
    }

    @Test
    public void billingFollowsTable9() {
        assertEquals(Billing.PER_COUNSELOR, activity("pre-explanation").billing());
        assertEquals(Billing.PER_COUNSELOR, activity("hearing").billing());
        assertEquals(Billing.PER_COUNSELOR, activity("hearing-case-conference").billing());
        assertEquals(Billing.PER_COUNSELOR, activity("feedback-attendance").billing());
        assertEquals(Billing.PER_COUNSELOR, activity("counseling").billing());
        assertEquals(Billing.PER_COUNSELOR, activity("counseling-case-conference").billing());
        // ※1: once per activity however many calls
        assertEquals(Billing.ONCE_PER_ACTIVITY, activity("pre-explanation-coordination").billing());
        assertEquals(Billing.ONCE_PER_ACTIVITY, activity("hearing-coordination").billing());
        assertEquals(Billing.ONCE_PER_ACTIVITY, activity("feedback-advice").billing());
        assertEquals(Billing.ONCE_PER_ACTIVITY, activity("counseling-coordination").billing());
        assertEquals(Billing.LUMP_SUM, activity("staff-training").billing());
        assertEquals(Billing.LUMP_SUM, activity("liaison-meeting").billing());
    }

    @Test
    public void lateCancellationIsBilledForSessionsWithThePersonOnlyBecauseNote3() {
        Set<String> billed = contract.activities().stream().filter(Activity::lateCancellationBilled)
                .map(Activity::id).collect(Collectors.toSet());
        assertEquals(Set.of("pre-explanation", "hearing", "feedback-attendance", "counseling"), billed);
    }

    @Test
    public void cancellationTwoHoursOrLessBeforeStartIsStillBilledBecauseWithinIsInclusive() {
        LocalDateTime start = LocalDateTime.parse("2026-06-10T14:00");
        assertTrue(contract.absenceStillBilled("hearing", start, null)); // no-show without notice
        assertTrue(contract.absenceStillBilled("hearing", start, LocalDateTime.parse("2026-06-10T12:00")));
        assertTrue(contract.absenceStillBilled("hearing", start, LocalDateTime.parse("2026-06-10T13:30")));
        assertFalse(contract.absenceStillBilled("hearing", start, LocalDateTime.parse("2026-06-10T11:59")));
        assertFalse(contract.absenceStillBilled("hearing-case-conference", start, null));
    }

    @Test
    public void shorterNoticeThanOneWeekIsAcceptedButFlagged() {
        LocalDate day = LocalDate.parse("2026-06-15");
        assertFalse(contract.isShortNotice(LocalDate.parse("2026-06-08"), day));
        assertTrue(contract.isShortNotice(LocalDate.parse("2026-06-09"), day));
        Map<String, String> consented = Map.of("personType", "CHILD", "residence", "SAKAI", "hearingConsent", "GIVEN");
        assertEquals(Optional.empty(), contract.refusal("hearing", consented));
        assertEquals(List.of(), contract.flags("hearing", consented, LocalDate.parse("2026-06-08"), day));
        List<String> flags = contract.flags("hearing", consented, LocalDate.parse("2026-06-12"), day);
        assertEquals(1, flags.size());
        assertTrue(flags.get(0).contains("原則1週間前"));
    }

    @Test
    public void hearingWithoutParentalConsentIsFlaggedNotRefused() {
        Map<String, String> pending = Map.of("personType", "CHILD", "residence", "SAKAI", "hearingConsent", "PENDING");
        assertEquals(Optional.empty(), contract.refusal("hearing", pending));
        List<String> flags = contract.flags("hearing", pending, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-15"));
        assertEquals(1, flags.size());
        assertTrue(flags.get(0).contains("理由を記録"));
    }

    @Test
    public void counselingOfChildWithoutParentalConsentIsRefusedBecauseClause5II1A() {
        assertTrue(contract.refusal("counseling", Map.of("personType", "CHILD", "residence", "SAKAI")).isPresent());
        assertEquals(Optional.empty(), contract.refusal("counseling",
                Map.of("personType", "CHILD", "residence", "SAKAI", "counselingConsent", "GIVEN")));
        assertEquals(Optional.empty(), contract.refusal("counseling", Map.of("personType", "PARENT", "residence", "SAKAI")));
    }

    @Test
    public void residentsOfOtherCitiesAreRefusedAndUnwantedFeedbackIsNotGiven() {
        assertTrue(contract.refusal("hearing", Map.of("personType", "CHILD", "residence", "OTHER")).isPresent());
        assertTrue(contract.refusal("feedback-attendance", Map.of("feedbackWish", "NOT_WANTED")).isPresent());
        assertTrue(contract.refusal("feedback-advice", Map.of("feedbackWish", "NOT_WANTED")).isPresent());
        assertEquals(Optional.empty(), contract.refusal("feedback-attendance", Map.of("feedbackWish", "WANTED")));
    }

    // ---- eligibility (sakai 5 I(2)ア) ----

    @Test
    public void childUpToFirstMarch31AfterReaching18() {
        // born 2008-06-15: reaches 18 on 2026-06-14, eligible through 2027-03-31
        assertEquals(LocalDate.parse("2027-03-31"), SakaiContract.lastDayAsChild(LocalDate.parse("2008-06-15")));
        assertTrue(SakaiContract.isChild(LocalDate.parse("2008-06-15"), LocalDate.parse("2027-03-15")));
        // born 2008-04-02: reaches 18 on 2026-04-01 → 2027-03-31
        assertEquals(LocalDate.parse("2027-03-31"), SakaiContract.lastDayAsChild(LocalDate.parse("2008-04-02")));
        // born 2008-04-01: reaches 18 on 2026-03-31 (年齢計算ニ関スル法律) → that very March 31
        assertEquals(LocalDate.parse("2026-03-31"), SakaiContract.lastDayAsChild(LocalDate.parse("2008-04-01")));
        assertFalse(SakaiContract.isChild(LocalDate.parse("2008-04-01"), LocalDate.parse("2026-04-01")));
        // born 2009-01-10: reaches 18 on 2027-01-09 → 2027-03-31
        assertEquals(LocalDate.parse("2027-03-31"), SakaiContract.lastDayAsChild(LocalDate.parse("2009-01-10")));
    }

    @Test
    public void intakeAttributesUseUpperSnakeCodesAndJapaneseLabels() {
        List<Attribute> attributes = contract.info().eligibility().attributes();
        assertEquals(List.of("personType", "residence", "parentRelation", "hearingConsent", "counselingConsent",
                "feedbackWish"), attributes.stream().map(Attribute::key).toList());
        attributes.forEach(a -> a.options().forEach(o -> assertTrue(o.code(), o.code().matches("[A-Z][A-Z_]*"))));
        Attribute consent = attributes.get(3);
        assertEquals(List.of("後日回答", "同意あり", "同意なし"),
                consent.options().stream().map(Attribute.Option::labelJa).toList());
    }

    // ---- staffing and qualifications (sakai 6①, 6⑤) ----

    @Test
    public void staffingMinimaAreOneManagerAndTwoCounselorsForAHearing() {
        List<StaffingRule> rules = contract.staffing();
        StaffingRule manager = rules.stream().filter(r -> r.role() == Role.CONTRACT_MANAGER).findFirst().orElseThrow();
        assertEquals(1, manager.minimum());
        assertEquals(1, manager.maximum());
        assertNull(manager.during());
        StaffingRule counselors = rules.stream().filter(r -> r.role() == Role.COUNSELOR).findFirst().orElseThrow();
        assertEquals(2, counselors.minimum());
        assertEquals(0, counselors.maximum());
        assertEquals(activity("hearing").counselors(), counselors.minimum());
    }

    private static StaffProfile profile(Qualification... qualifications) {
        return new StaffProfile(Set.of(qualifications), Map.of(), Set.of());
    }

    private QualificationRule ruleFor(String activityOrNull) {
        return contract.qualifications().stream()
                .filter(r -> r.role() == Role.COUNSELOR && java.util.Objects.equals(r.activity(), activityOrNull))
                .findFirst().orElseThrow();
    }

    @Test
    public void everyActivityOtherThanCounselingAcceptsCategoriesAToE() {
        QualificationRule general = ruleFor(null);
        assertEquals("sakai 6⑤A", general.clause());
        assertTrue(general.requirement().unmetBy(profile(Qualification.CLINICAL_PSYCHOLOGIST)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.CERTIFIED_PSYCHOLOGIST)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.PSYCHIATRIC_SOCIAL_WORKER)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.CERTIFIED_SOCIAL_WORKER)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.PSYCHIATRIST)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.SCHOOL_PSYCHOLOGIST)).isEmpty());
        assertTrue(general.requirement().unmetBy(profile(Qualification.SCHOOL_PSYCHOLOGIST_EQUIVALENT)).isEmpty());
        StaffProfile twoYears = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 24), Set.of());
        assertTrue(general.requirement().unmetBy(twoYears).isEmpty());
    }

    @Test
    public void categoryEExperienceNeedsTwoFullYears() {
        StaffProfile almost = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 23), Set.of());
        Optional<String> reason = ruleFor(null).requirement().unmetBy(almost);
        assertTrue(reason.isPresent());
        assertFalse(reason.get().isBlank());
        assertTrue(ruleFor(null).requirement().unmetBy(profile(Qualification.TEACHER_LICENSE)).isPresent());
        assertTrue(ruleFor(null).requirement().unmetBy(profile(Qualification.PHYSICIAN)).isPresent());
    }

    @Test
    public void counselingNeedsCategoryAOrUBecauseClause6_5B() {
        QualificationRule counseling = ruleFor("counseling");
        assertEquals("sakai 6⑤B", counseling.clause());
        assertTrue(counseling.requirement().unmetBy(profile(Qualification.CLINICAL_PSYCHOLOGIST)).isEmpty());
        assertTrue(counseling.requirement().unmetBy(profile(Qualification.CERTIFIED_PSYCHOLOGIST)).isEmpty());
        assertTrue(counseling.requirement().unmetBy(profile(Qualification.PSYCHIATRIST)).isEmpty());
        for (Qualification q : List.of(Qualification.CERTIFIED_SOCIAL_WORKER, Qualification.PSYCHIATRIC_SOCIAL_WORKER,
                Qualification.SCHOOL_PSYCHOLOGIST)) {
            Optional<String> reason = counseling.requirement().unmetBy(profile(q));
            assertTrue(q.name(), reason.isPresent());
            assertTrue(reason.get(), reason.get().contains("いずれも満たしません"));
        }
        StaffProfile experienced = new StaffProfile(Set.of(),
                Map.of(ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE, 120), Set.of());
        assertTrue(counseling.requirement().unmetBy(experienced).isPresent());
        assertTrue(contract.activities().stream().anyMatch(a -> a.id().equals(counseling.activity())));
    }

    // ---- recipients and routing ----

    @Test
    public void emergencyGoesToTheDesignatedEmergencyContactEverythingElseToTheCity() {
        assertEquals(List.of("sakai-emergency-contact"),
                contract.route(Purpose.EMERGENCY, Map.of()).stream().map(Recipient::id).toList());
        for (Purpose p : List.of(Purpose.CASE_INFORMATION, Purpose.CASE_RECORDS, Purpose.REPORTS, Purpose.ROSTER,
                Purpose.DATA_PROTECTION, Purpose.BILLING, Purpose.TERM_DELIVERABLES)) {
            List<Recipient> to = contract.route(p, Map.of("personType", "CHILD"));
            assertEquals(p.name(), List.of("sakai-city"), to.stream().map(Recipient::id).toList());
        }
        Recipient city = contract.recipients().stream().filter(r -> r.id().equals("sakai-city")).findFirst().orElseThrow();
        assertTrue(city.nameJa().contains("いじめ不登校対策支援室"));
    }

    @Test
    public void everyPurposeRoutesWithoutThrowing() {
        for (Purpose p : Purpose.values()) {
            assertFalse(p.name(), contract.route(p, Map.of()).isEmpty());
            assertFalse(p.name(), contract.possibleRecipients(p).isEmpty());
        }
    }

    // ---- reports (sakai 7, 6⑥) ----

    private ReportObligation report(String id) {
        return contract.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private LocalDateTime monthlyDue(String month) {
        LocalDate first = LocalDate.parse(month + "-01");
        Term term = contract.info().term();
        LocalDate end = first.with(TemporalAdjusters.lastDayOfMonth());
        DateRange period = new DateRange(first.isBefore(term.start()) ? term.start() : first,
                end.isAfter(term.end()) ? term.end() : end);
        return report("form4-monthly").due().dueFor(period, term, HOLIDAYS);
    }

    private static LocalDateTime endOf(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(23, 59, 59));
    }

    @Test
    public void octoberReportDueTuesdayNovember10() {
        assertEquals(ReportPeriod.MONTHLY, report("form4-monthly").period());
        assertEquals(Purpose.REPORTS, report("form4-monthly").purpose());
        assertEquals(endOf("2026-11-10"), monthlyDue("2026-10"));
        assertEquals(DayOfWeek.TUESDAY, LocalDate.parse("2026-11-10").getDayOfWeek());
    }

    @Test
    public void januaryReportDueWednesdayFebruary10() {
        assertEquals(endOf("2027-02-10"), monthlyDue("2027-01"));
    }

    @Test
    public void septemberReportRollsPastSaturdaySundayAndSportsDayToOctober13() {
        // 2026-10-10 Sat, 10-11 Sun, 10-12 スポーツの日
        assertEquals(Optional.of("スポーツの日"), HOLIDAYS.holidayName(LocalDate.parse("2026-10-12")));
        assertEquals(endOf("2026-10-13"), monthlyDue("2026-09"));
    }

    @Test
    public void decemberReportRollsPastSundayAndComingOfAgeDayToJanuary12() {
        // 2027-01-10 Sun, 01-11 成人の日
        assertEquals(endOf("2027-01-12"), monthlyDue("2026-12"));
    }

    @Test
    public void aprilReportRollsFromSundayMay10ToMonday() {
        assertEquals(endOf("2026-05-11"), monthlyDue("2026-04"));
    }

    @Test
    public void everyOtherMonthOfTheTermIsDueOnThe10th() {
        assertEquals(endOf("2026-06-10"), monthlyDue("2026-05"));
        assertEquals(endOf("2026-07-10"), monthlyDue("2026-06"));
        assertEquals(endOf("2026-08-10"), monthlyDue("2026-07"));
        assertEquals(endOf("2026-09-10"), monthlyDue("2026-08"));
        assertEquals(endOf("2026-12-10"), monthlyDue("2026-11"));
        assertEquals(endOf("2027-03-10"), monthlyDue("2027-02"));
    }

    @Test
    public void marchReportDueMarch15BecauseClause7Proviso() {
        assertEquals(endOf("2027-03-15"), monthlyDue("2027-03"));
    }

    @Test
    public void rosterDueWithinTwoWeeksOfContractDate() {
        ReportObligation roster = report("roster");
        assertEquals(ReportPeriod.TERM_START, roster.period());
        Term term = contract.info().term();
        assertEquals(endOf("2026-04-15"), roster.due().dueFor(term.range(), term, HOLIDAYS));
        assertFalse(contract.route(roster.purpose(), Map.of()).isEmpty());
    }

    @Test
    public void formsOneToThreeAreEventReportsToTheCity() {
        for (String id : List.of("form1", "form2", "form3", "pre-explanation-oral", "roster-change",
                "case-conference-minutes", "liaison-meeting-minutes", "erasure-certificate")) {
            ReportObligation r = report(id);
            assertEquals(id, ReportPeriod.EVENT, r.period());
            assertNull(id, r.due());
            assertEquals(id, List.of("sakai-city"), contract.route(r.purpose(), Map.of()).stream().map(Recipient::id).toList());
        }
    }

    // ---- escalations (sakai 5 I(2)オ②, 5 II(1)オ②) ----

    private EscalationRule escalation(Trigger trigger) {
        return contract.escalations().stream().filter(e -> e.trigger() == trigger).findFirst().orElseThrow();
    }

    @Test
    public void urgentContentCallsTheDesignatedEmergencyContactAtOnce() {
        EscalationStep first = escalation(Trigger.EMERGENCY).steps().get(0);
        assertEquals(StepKind.NOTIFY_RECIPIENT, first.kind());
        assertEquals(Purpose.EMERGENCY, first.routeBy());
        LocalDateTime opened = LocalDateTime.parse("2027-01-02T15:00");
        assertEquals(opened.plusMinutes(10), first.deadline().dueAfter(opened, HOLIDAYS));
        assertNotNull(first.acknowledgeWithin());
        assertEquals("sakai-emergency-contact", contract.route(first.routeBy(), Map.of()).get(0).id());
    }

    @Test
    public void sharingWithAgenciesPhonesTheCityTheNextBusinessDay() {
        EscalationStep call = escalation(Trigger.INFORMATION_SHARING).steps().get(0);
        assertEquals(StepKind.PHONE_MUNICIPALITY, call.kind());
        assertEquals("sakai-city", contract.route(call.routeBy(), Map.of()).get(0).id());
        // Friday 2026-10-09 → Sat, Sun, スポーツの日 → Tuesday 10-13
        assertEquals(LocalDateTime.parse("2026-10-13T10:00"),
                call.deadline().dueAfter(LocalDateTime.parse("2026-10-09T18:30"), HOLIDAYS));
        assertEquals(LocalDateTime.parse("2026-06-11T10:00"),
                call.deadline().dueAfter(LocalDateTime.parse("2026-06-10T11:00"), HOLIDAYS));
    }

    @Test
    public void everyEscalationStepRoutes() {
        for (EscalationRule rule : contract.escalations()) {
            for (EscalationStep step : rule.steps()) {
                if (step.routeBy() != null) {
                    assertFalse(step.descriptionJa(), contract.route(step.routeBy(), Map.of()).isEmpty());
                }
            }
        }
    }

    // ---- auto replies ----

    @Test
    public void outsideTermAndNotEligibleNameRealNationalServices() {
        Map<AutoReply, String> replies = contract.autoReplies();
        assertEquals(Set.of(AutoReply.OUTSIDE_TERM, AutoReply.NOT_ELIGIBLE), replies.keySet());
        for (String text : replies.values()) {
            assertTrue(text, text.contains("0120-0-78310"));
            assertFalse(text, text.contains("{"));
        }
        assertTrue(replies.get(AutoReply.NOT_ELIGIBLE).contains("堺市"));
    }

    // ---- configuration ----

    @Test
    public void everyConfigKeyAppearsInParameters() {
        Set<String> keys = contract.parameters().stream().map(Parameter::key).collect(Collectors.toSet());
        for (var m : SakaiContract.Config.class.getDeclaredMethods()) {
            assertTrue(m.getName(), keys.contains(m.getName()));
        }
        assertEquals(SakaiContract.Config.class.getDeclaredMethods().length, keys.size());
        assertEquals("172", value("plannedDispatches"));
        assertEquals("7", value("minimumNoticeDays"));
    }

    private String value(String key) {
        return contract.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    public void configurationChangeChangesTheRules() {
        contract.configure(ContractTestKit.config(SakaiContract.Config.class, Map.of(
                "contractDate", "2026-05-01",
                "eveningHours", "17:30-19:00",
                "minimumNoticeDays", 3,
                "plannedDispatches", 200,
                "rosterDueDays", 10,
                "lateCancellationHours", 1)));
        Term term = contract.info().term();
        assertEquals(LocalDate.parse("2026-05-01"), term.start());
        assertEquals(Set.of(), at("2026-04-06T10:00"));
        assertEquals(Set.of(APPOINTMENT_EXTENDED), at("2026-06-10T18:59"));
        assertEquals(Set.of(), at("2026-06-10T19:00"));
        assertFalse(contract.isShortNotice(LocalDate.parse("2026-06-12"), LocalDate.parse("2026-06-15")));
        assertEquals("200", value("plannedDispatches"));
        assertEquals(endOf("2026-05-11"), report("roster").due().dueFor(term.range(), term, HOLIDAYS));
        assertFalse(contract.absenceStillBilled("hearing", LocalDateTime.parse("2026-06-10T14:00"),
                LocalDateTime.parse("2026-06-10T12:30")));
    }

    @Test
    public void parametersInForceEqualTheAnnotationDefaults() {
        List<String> mismatches = new ArrayList<>();
        for (var m : SakaiContract.Config.class.getDeclaredMethods()) {
            String expected = String.valueOf(m.getDefaultValue());
            if (!expected.equals(value(m.getName()))) {
                mismatches.add(m.getName() + ": " + expected + " != " + value(m.getName()));
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
