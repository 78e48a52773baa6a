package org.yorisoi.contract.kyoto.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.yorisoi.testkit.ContractTestKit.daysOpen;
import static org.yorisoi.testkit.ContractTestKit.opensOn;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.Deadline;
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

public class KyotoContractTest {

    private static final HolidayCalendar HOLIDAYS = ContractTestKit.holidays();
    private final KyotoContract contract = kyoto(Map.of());

    // ---- helpers ----

    /** The contract as DS configures it, with some Config values overridden (key = Config method name). */
    private static KyotoContract kyoto(Map<String, Object> overrides) {
        KyotoContract c = new KyotoContract();
        c.configure(ContractTestKit.config(KyotoContract.Config.class, overrides));
        return c;
    }

    private static boolean humanStaffed(KyotoContract c, LocalDate date) {
        return opensOn(c, WindowKind.HUMAN, date);
    }

    private boolean humanStaffed(String date) {
        return opensOn(contract, WindowKind.HUMAN, date);
    }

    private static List<LocalDate> staffedDays(KyotoContract c) {
        return daysOpen(c, WindowKind.HUMAN, c.info().term().range());
    }

    /** Counselors answer at this moment: a staffed day, within a declared window (end exclusive). */
    private boolean answersAt(LocalDateTime moment) {
        LocalTime time = moment.toLocalTime();
        return humanStaffed(contract, moment.toLocalDate()) && contract.windows().stream()
                .anyMatch(w -> w.days().appliesOn(moment.toLocalDate(), HOLIDAYS) && !time.isBefore(w.start())
                        && (w.endsAtMidnight() || time.isBefore(w.end())));
    }

    /** The first declared window opening strictly after a moment ({nextOpening} of the replies). */
    private Optional<LocalDateTime> nextOpening(LocalDateTime after) {
        Term term = contract.info().term();
        LocalDate from = after.toLocalDate().isBefore(term.start()) ? term.start() : after.toLocalDate();
        return daysOpen(contract, WindowKind.HUMAN, new DateRange(from, term.end())).stream()
                .flatMap(d -> contract.windows().stream().filter(w -> w.days().appliesOn(d, HOLIDAYS))
                        .map(w -> d.atTime(w.start())))
                .filter(start -> start.isAfter(after)).findFirst();
    }

    private long daysOfClause(String clausePrefix) {
        WindowRule rule = contract.windows().stream().filter(w -> w.clause().startsWith(clausePrefix)).findFirst()
                .orElseThrow();
        return contract.info().term().range().days().filter(d -> rule.days().appliesOn(d, HOLIDAYS)).count();
    }

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }

    private static Map<String, String> school(String type) {
        return Map.of(KyotoContract.SCHOOL_TYPE, type);
    }

    private List<String> routeIds(Purpose purpose, Map<String, String> attributes) {
        return contract.route(purpose, attributes).stream().map(Recipient::id).toList();
    }

    private ReportObligation report(String id) {
        return contract.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private EscalationRule escalation(Trigger trigger) {
        return contract.escalations().stream().filter(e -> e.trigger() == trigger).findFirst().orElseThrow();
    }

    private static StaffProfile profile(Set<Qualification> qualifications, Map<ExperienceKind, Integer> months,
                                        Set<String> approvals) {
        return new StaffProfile(qualifications, months, approvals);
    }

    private Optional<String> counselorUnmet(StaffProfile p) {
        List<QualificationRule> rules = contract.qualifications().stream().filter(r -> r.role() == Role.COUNSELOR).toList();
        assertEquals(1, rules.size());
        return rules.get(0).requirement().unmetBy(p);
    }

    // ---- 6(2): 94 staffed days ----

    @Test
    public void exactly94StaffedDaysBecauseClause6_2SaysA74PlusI5PlusU10PlusE5() {
        assertEquals(94, staffedDays(contract).size());
    }

    @Test
    public void clauseAHas74MondaysAndFridaysWithoutNewYearsDay() {
        assertEquals(74, daysOfClause("kyoto 6(2)ア"));
    }

    @Test
    public void clauseIHas5DaysOtherThanMondayAndFriday() {
        assertEquals(5, daysOfClause("kyoto 6(2)イ"));
    }

    @Test
    public void clauseUHas10DaysOtherThanMondayAndFriday() {
        assertEquals(10, daysOfClause("kyoto 6(2)ウ"));
    }

    @Test
    public void clauseEHas5DaysOtherThanMondayAndFriday() {
        assertEquals(5, daysOfClause("kyoto 6(2)エ"));
    }

    @Test
    public void noDayIsCountedByTwoClausesBecauseIUEExcludeMondayAndFriday() {
        for (LocalDate d : staffedDays(contract)) {
            long rules = contract.windows().stream().filter(w -> w.days().appliesOn(d, HOLIDAYS)).count();
            assertEquals(d.toString(), 1, rules);
        }
    }

    @Test
    public void everyStaffedDayIsAMondayOrFridayOrInsideIUE() {
        DateRange i = DateRange.of("2023-07-14", "2023-07-20");
        DateRange u = DateRange.of("2023-08-21", "2023-09-03");
        DateRange e = DateRange.of("2024-01-04", "2024-01-10");
        for (LocalDate d : staffedDays(contract)) {
            boolean monFri = d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.FRIDAY;
            assertTrue(d.toString(), monFri || i.contains(d) || u.contains(d) || e.contains(d));
        }
    }

    @Test
    public void firstStaffedDayIsFriday2023_07_14AndLastIsFriday2024_03_29() {
        List<LocalDate> days = staffedDays(contract);
        assertEquals(LocalDate.parse("2023-07-14"), days.get(0));
        assertEquals(LocalDate.parse("2024-03-29"), days.get(days.size() - 1));
        assertFalse(humanStaffed("2023-07-13"));
        assertFalse(humanStaffed("2024-04-01"));
    }

    @Test
    public void staffedOnMondayHolidayBecauseClauseAIsEveryMonday() {
        assertTrue(HOLIDAYS.isHoliday(LocalDate.parse("2023-07-17"))); // 海の日
        assertTrue(humanStaffed("2023-07-17"));
        assertTrue(humanStaffed("2023-09-18")); // 敬老の日
        assertTrue(humanStaffed("2023-10-09")); // スポーツの日
        assertTrue(humanStaffed("2024-01-08")); // 成人の日, inside エ but counted by ア
        assertTrue(humanStaffed("2024-02-12")); // 振替休日
    }

    @Test
    public void notStaffedOnNewYearsDayBecauseClauseAExcludesIt() {
        assertEquals(DayOfWeek.MONDAY, LocalDate.parse("2024-01-01").getDayOfWeek());
        assertFalse(humanStaffed("2024-01-01"));
        assertTrue(contract.info().term().isPaused(LocalDate.parse("2024-01-01")));
        assertFalse(contract.info().term().isPaused(LocalDate.parse("2024-01-02")));
    }

    @Test
    public void staffedOnWeekendsOnlyInsideClausesIUE() {
        assertTrue(humanStaffed("2023-07-15"));  // Sat, イ
        assertTrue(humanStaffed("2023-07-16"));  // Sun, イ
        assertFalse(humanStaffed("2023-07-22")); // Sat after イ
        assertTrue(humanStaffed("2023-08-26"));  // Sat, ウ
        assertTrue(humanStaffed("2023-09-03"));  // Sun, last day of ウ
        assertFalse(humanStaffed("2023-09-09")); // Sat after ウ
        assertTrue(humanStaffed("2024-01-06"));  // Sat, エ
        assertFalse(humanStaffed("2024-03-31")); // Sun, last day of the term
    }

    @Test
    public void staffedOnMidweekDaysOnlyInsideClausesIUE() {
        assertTrue(humanStaffed("2023-07-18"));  // Tue, イ
        assertTrue(humanStaffed("2023-07-20"));  // Thu, last day of イ
        assertTrue(humanStaffed("2023-07-21"));  // Fri after イ: ア
        assertFalse(humanStaffed("2023-07-25")); // Tue
        assertFalse(humanStaffed("2023-08-20")); // Sun before ウ
        assertTrue(humanStaffed("2023-08-22"));  // Tue, ウ
        assertFalse(humanStaffed("2023-09-05")); // Tue after ウ
        assertFalse(humanStaffed("2024-01-03")); // Wed before エ
        assertTrue(humanStaffed("2024-01-04"));  // Thu, first day of エ
        assertTrue(humanStaffed("2024-01-10"));  // Wed, last day of エ
        assertFalse(humanStaffed("2024-01-11")); // Thu after エ
        assertTrue(humanStaffed("2023-12-29"));  // Fri, ア
    }

    // ---- 6(3): hours ----

    @Test
    public void hoursAre17To22EndExclusiveBecauseClause6_3() {
        for (WindowRule w : contract.windows()) {
            assertEquals(WindowKind.HUMAN, w.kind());
            assertEquals(LocalTime.of(17, 0), w.start());
            assertEquals(LocalTime.of(22, 0), w.end());
        }
        assertFalse(answersAt(at("2023-07-14T16:59")));
        assertTrue(answersAt(at("2023-07-14T17:00")));
        assertTrue(answersAt(at("2023-07-14T21:59")));
        assertFalse(answersAt(at("2023-07-14T22:00")));
        assertFalse(answersAt(at("2024-01-01T18:00")));
    }

    @Test
    public void nextOpeningAfterClosingIsTheNextStaffedEveningBecauseClause6_3() {
        // Friday 22:00 in the normal weeks: Monday 17:00
        assertEquals(Optional.of(at("2023-10-02T17:00")), nextOpening(at("2023-09-29T22:00")));
        // inside イ: the next day
        assertEquals(Optional.of(at("2023-07-15T17:00")), nextOpening(at("2023-07-14T22:05")));
        // across New Year: Friday 12-29, then not 01-01, then Thursday 01-04 (エ)
        assertEquals(Optional.of(at("2024-01-04T17:00")), nextOpening(at("2023-12-29T22:00")));
        // before the start of the term
        assertEquals(Optional.of(at("2023-07-14T17:00")), nextOpening(at("2023-07-01T09:00")));
        // after the last evening
        assertEquals(Optional.empty(), nextOpening(at("2024-03-29T22:00")));
    }

    @Test
    public void outOfHoursMessageIsCalledBackByTheEndOfTheNextConsultationDay() {
        // Tuesday message: next consultation day is Friday
        assertEquals(Optional.of(at("2023-10-06T22:00")), contract.callbackDue(at("2023-10-03T10:00"), HOLIDAYS));
        // Monday morning: the same evening is the next consultation time
        assertEquals(Optional.of(at("2023-10-02T22:00")), contract.callbackDue(at("2023-10-02T09:00"), HOLIDAYS));
        // New Year's Day message: Thursday 01-04
        assertEquals(Optional.of(at("2024-01-04T22:00")), contract.callbackDue(at("2024-01-01T12:00"), HOLIDAYS));
    }

    @Test
    public void callbackDeadlineIsConfigurableInConsultationDays() {
        KyotoContract two = kyoto(Map.of("callbackConsultationDays", 2));
        assertEquals(Optional.of(at("2023-10-09T22:00")), two.callbackDue(at("2023-10-03T10:00"), HOLIDAYS));
        assertThrows(IllegalArgumentException.class,
                () -> kyoto(Map.of("callbackConsultationDays", 0)));
    }

    // ---- 6(4), channels ----

    @Test
    public void termIsTheConsultationPeriodWithNewYearsDayPaused() {
        Term term = contract.info().term();
        assertEquals(LocalDate.parse("2023-07-14"), term.start());
        assertEquals(LocalDate.parse("2024-03-31"), term.end());
        assertEquals(List.of(DateRange.day("2024-01-01")), term.pauses());
        assertEquals("kyoto", contract.info().id());
        assertEquals(Set.of(Channel.LINE, Channel.WEB), contract.info().channels());
    }

    @Test
    public void intakeAsksSchoolTypeWithTheCodesRoutingTests() {
        var attributes = contract.info().eligibility().attributes();
        assertEquals(KyotoContract.SCHOOL_TYPE, attributes.get(0).key());
        assertFalse(attributes.get(0).required());
        Set<String> codes = attributes.get(0).options().stream().map(o -> o.code()).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("KYOTO_CITY_MUNICIPAL", "PRIVATE", "PREFECTURAL", "UNKNOWN")));
        for (var a : attributes) {
            for (var o : a.options()) {
                assertTrue(o.code(), o.code().matches("[A-Z][A-Z0-9_]*"));
            }
        }
        assertTrue(contract.info().eligibility().populationJa().contains("約140,000人"));
    }

    // ---- 6(5)ア: staffing ----

    @Test
    public void oneContractManagerForTheWholeTerm() {
        StaffingRule r = staffing(Role.CONTRACT_MANAGER);
        assertNull(r.during());
        assertEquals(1, r.minimum());
        assertEquals(1, r.maximum());
    }

    @Test
    public void oneLeadAtAllTimesInTheHours() {
        StaffingRule r = staffing(Role.LEAD);
        assertEquals(WindowKind.HUMAN, r.during());
        assertEquals(1, r.minimum());
    }

    @Test
    public void atLeastTwoCounselorsAtAllTimesInTheHoursWithAboutSixPlanned() {
        StaffingRule r = staffing(Role.COUNSELOR);
        assertEquals(WindowKind.HUMAN, r.during());
        assertEquals(2, r.minimum());
        assertEquals(0, r.maximum());
        assertEquals("6", parameter("counselorsTarget"));
        assertThrows(IllegalArgumentException.class, () -> kyoto(Map.of("counselorsMinimum", 1)));
    }

    private StaffingRule staffing(Role role) {
        List<StaffingRule> rules = contract.staffing().stream().filter(s -> s.role() == role).toList();
        assertEquals(1, rules.size());
        return rules.get(0);
    }

    // ---- 6(5)ア(ウ)②: qualification ----

    @Test
    public void counselorQualifiesByClauseAAsCertifiedOrClinicalPsychologist() {
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(Qualification.CERTIFIED_PSYCHOLOGIST), Map.of(), Set.of())));
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(Qualification.CLINICAL_PSYCHOLOGIST), Map.of(), Set.of())));
    }

    @Test
    public void counselorQualifiesByClauseBWithTeachingCareerAndAYearOfCounseling() {
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(),
                Map.of(ExperienceKind.TEACHING, 120, ExperienceKind.COUNSELING_PHONE, 12), Set.of())));
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(),
                Map.of(ExperienceKind.CHILD_WELFARE, 6, ExperienceKind.COUNSELING_CHAT_SNS, 6,
                        ExperienceKind.COUNSELING_MAIL, 6), Set.of())));
    }

    @Test
    public void counselorFailsClauseBWithElevenMonthsOfCounseling() {
        Optional<String> reason = counselorUnmet(profile(Set.of(),
                Map.of(ExperienceKind.EDUCATION_COUNSELING, 60, ExperienceKind.COUNSELING_FACE_TO_FACE, 11), Set.of()));
        assertTrue(reason.isPresent());
        assertFalse(reason.get().isBlank());
    }

    @Test
    public void counselorFailsClauseBWithCounselingButNoTeachingOrWelfareCareer() {
        assertTrue(counselorUnmet(profile(Set.of(), Map.of(ExperienceKind.COUNSELING_PHONE, 36), Set.of())).isPresent());
    }

    @Test
    public void counselorQualifiesByClauseCWithDegreeAndAYearOfCounseling() {
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(Qualification.CLINICAL_PSYCHOLOGY_DEGREE),
                Map.of(ExperienceKind.COUNSELING_FACE_TO_FACE, 12), Set.of())));
        assertTrue(counselorUnmet(profile(Set.of(Qualification.CLINICAL_PSYCHOLOGY_DEGREE), Map.of(), Set.of())).isPresent());
    }

    @Test
    public void counselorOutsideABCNeedsTheCommissionersApproval() {
        StaffProfile nobody = profile(Set.of(Qualification.TEACHER_LICENSE), Map.of(), Set.of());
        Optional<String> reason = counselorUnmet(nobody);
        assertTrue(reason.isPresent());
        assertTrue(reason.get(), reason.get().contains("委託者"));
        assertEquals(Optional.empty(), counselorUnmet(profile(Set.of(Qualification.TEACHER_LICENSE), Map.of(),
                Set.of(KyotoContract.COMMISSIONER_APPROVAL))));
    }

    @Test
    public void counselingExperienceYearsIsConfigurable() {
        KyotoContract strict = kyoto(Map.of("counselingExperienceYears", 2));
        StaffProfile oneYear = profile(Set.of(Qualification.CLINICAL_PSYCHOLOGY_DEGREE),
                Map.of(ExperienceKind.COUNSELING_PHONE, 12), Set.of());
        assertTrue(strict.qualifications().get(0).requirement().unmetBy(oneYear).isPresent());
    }

    // ---- 6(7), 6(8): routing ----

    @Test
    public void kyotoCityMunicipalSchoolsGoToTheCityBoard() {
        for (Purpose p : List.of(Purpose.REPORTS, Purpose.CASE_INFORMATION, Purpose.EMERGENCY,
                Purpose.TERM_DELIVERABLES, Purpose.CONTENT_ACCESS)) {
            assertEquals(p.name(), List.of(KyotoContract.CITY_BOARD), routeIds(p, school("KYOTO_CITY_MUNICIPAL")));
        }
    }

    @Test
    public void privateSchoolsGoToBunkyoDivision() {
        for (Purpose p : List.of(Purpose.REPORTS, Purpose.CASE_INFORMATION, Purpose.EMERGENCY,
                Purpose.TERM_DELIVERABLES, Purpose.CONTENT_ACCESS)) {
            assertEquals(p.name(), List.of(KyotoContract.PRIVATE_SCHOOLS_DIVISION), routeIds(p, school("PRIVATE")));
        }
        assertEquals("京都府文教課", contract.route(Purpose.REPORTS, school("PRIVATE")).get(0).nameJa());
    }

    @Test
    public void otherSchoolsGoToThePrefecturalBoard() {
        for (String type : List.of("PREFECTURAL", "OTHER_MUNICIPAL", "NATIONAL")) {
            assertEquals(type, List.of(KyotoContract.PREFECTURE_BOARD), routeIds(Purpose.EMERGENCY, school(type)));
            assertEquals(Optional.empty(), contract.schoolReviewFlag(school(type)));
        }
    }

    @Test
    public void unknownSchoolGoesToThePrefecturalBoardAndIsFlagged() {
        for (Map<String, String> attrs : List.of(Map.<String, String>of(), school("UNKNOWN"), school("SOMETHING_ELSE"))) {
            assertEquals(List.of(KyotoContract.PREFECTURE_BOARD), routeIds(Purpose.REPORTS, attrs));
            assertEquals(List.of(KyotoContract.PREFECTURE_BOARD), routeIds(Purpose.EMERGENCY, attrs));
            Optional<String> flag = contract.schoolReviewFlag(attrs);
            assertTrue(flag.isPresent());
            assertTrue(flag.get().contains("京都府教育委員会"));
        }
        assertEquals(Optional.empty(), contract.schoolReviewFlag(school("KYOTO_CITY_MUNICIPAL")));
        assertEquals(Optional.empty(), contract.schoolReviewFlag(school("PRIVATE")));
    }

    @Test
    public void rosterGoesToAllThreeWhateverTheSchool() {
        Set<String> three = Set.of(KyotoContract.PREFECTURE, KyotoContract.PREFECTURE_BOARD, KyotoContract.CITY_BOARD);
        assertEquals(three, Set.copyOf(routeIds(Purpose.ROSTER, Map.of())));
        assertEquals(three, Set.copyOf(routeIds(Purpose.ROSTER, school("PRIVATE"))));
        assertEquals(three, Set.copyOf(routeIds(Purpose.DATA_PROTECTION, school("KYOTO_CITY_MUNICIPAL"))));
        assertEquals(3, routeIds(Purpose.ROSTER, Map.of()).size());
    }

    @Test
    public void everyPurposeRoutesSomewhereAndOnlyToDeclaredRecipients() {
        for (Purpose p : Purpose.values()) {
            for (Map<String, String> attrs : List.of(Map.<String, String>of(), school("KYOTO_CITY_MUNICIPAL"), school("PRIVATE"))) {
                assertFalse(p.name(), contract.route(p, attrs).isEmpty());
            }
            contract.possibleRecipients(p);
        }
    }

    // ---- 6(5)イ, 6(7), 7(6)ア(ク): reports and their due dates ----

    @Test
    public void dailyReportIsDueByTheEndOfTheNextDay() {
        ReportObligation daily = report("daily");
        assertEquals(ReportPeriod.DAILY, daily.period());
        assertEquals(Purpose.REPORTS, daily.purpose());
        Term term = contract.info().term();
        assertEquals(at("2023-07-15T23:59:59"), daily.due().dueFor(DateRange.day("2023-07-14"), term, HOLIDAYS));
        // no roll to a business day: Friday's report is due on Saturday
        assertEquals(at("2023-12-30T23:59:59"), daily.due().dueFor(DateRange.day("2023-12-29"), term, HOLIDAYS));
    }

    @Test
    public void allConsultationsAndAnalysisAreDueWithinOneWeekAfterTheTerm() {
        Term term = contract.info().term();
        for (String id : List.of("all-consultations", "analysis")) {
            ReportObligation r = report(id);
            assertEquals(ReportPeriod.TERM, r.period());
            assertEquals(Purpose.TERM_DELIVERABLES, r.purpose());
            assertEquals(at("2024-04-07T23:59:59"), r.due().dueFor(term.range(), term, HOLIDAYS));
        }
    }

    @Test
    public void rosterAndFacilitiesAreDueBeforeTheFirstConsultationDay() {
        Term term = contract.info().term();
        for (String id : List.of("roster", "facilities")) {
            ReportObligation r = report(id);
            assertEquals(ReportPeriod.TERM_START, r.period());
            assertEquals(Purpose.ROSTER, r.purpose());
            assertEquals(at("2023-07-13T23:59:59"),
                    r.due().dueFor(DateRange.day("2023-07-14"), term, HOLIDAYS));
        }
    }

    @Test
    public void eventReportsHaveNoScheduledDue() {
        for (String id : List.of("roster-change", "case-information", "training-report", "privacy-training-record",
                "operations-log")) {
            ReportObligation r = report(id);
            assertEquals(id, ReportPeriod.EVENT, r.period());
            assertNull(id, r.due());
        }
        assertEquals(Purpose.ROSTER, report("roster-change").purpose());
        assertEquals(Purpose.CASE_INFORMATION, report("case-information").purpose());
    }

    @Test
    public void contentsAreErasedAtTheLatestConfiguredDaysAfterTheTerm() {
        Term term = contract.info().term();
        ReportObligation erasure = report("erasure");
        assertEquals(Purpose.DATA_PROTECTION, erasure.purpose());
        assertEquals(at("2024-04-14T23:59:59"), erasure.due().dueFor(term.range(), term, HOLIDAYS));
        KyotoContract sooner = kyoto(Map.of("erasureDaysAfterTerm", 10));
        assertEquals(at("2024-04-10T23:59:59"),
                sooner.reports().stream().filter(r -> r.id().equals("erasure")).findFirst().orElseThrow()
                        .due().dueFor(term.range(), term, HOLIDAYS));
        // never before the deliverables are due
        assertThrows(IllegalArgumentException.class, () -> kyoto(Map.of("erasureDaysAfterTerm", 6)));
    }

    @Test
    public void everyReportRoutesToADeclaredRecipient() {
        for (ReportObligation r : contract.reports()) {
            assertFalse(r.id(), contract.route(r.purpose(), Map.of()).isEmpty());
            assertTrue(r.clause(), r.clause().startsWith("kyoto "));
        }
    }

    // ---- 6(7)ウ, 6(8): escalations ----

    @Test
    public void emergencyOffersVoiceCallWithConsentIdentifiesNotifiesBoardAndPolice() {
        EscalationRule e = escalation(Trigger.EMERGENCY);
        List<StepKind> kinds = e.steps().stream().map(EscalationStep::kind).toList();
        assertEquals(List.of(StepKind.OFFER_VOICE_CALL, StepKind.IDENTIFY_CONSULTER, StepKind.NOTIFY_RECIPIENT,
                StepKind.NOTIFY_POLICE, StepKind.REPORT_OUTCOME), kinds);
        assertTrue(e.steps().get(0).needsConsent());
        EscalationStep notify = e.steps().get(2);
        assertEquals(Purpose.EMERGENCY, notify.routeBy());
        assertEquals(Deadline.within(Duration.ofMinutes(10)), notify.deadline());
        assertEquals(Duration.ofMinutes(10), notify.acknowledgeWithin());
        assertEquals(at("2023-07-14T21:10"), notify.deadline().dueAfter(at("2023-07-14T21:00"), HOLIDAYS));
    }

    @Test
    public void emergencyNoticeGoesToTheBoardOfTheConsultersSchool() {
        EscalationStep notify = escalation(Trigger.EMERGENCY).steps().get(2);
        assertEquals(List.of(KyotoContract.CITY_BOARD), routeIds(notify.routeBy(), school("KYOTO_CITY_MUNICIPAL")));
        assertEquals(List.of(KyotoContract.PRIVATE_SCHOOLS_DIVISION), routeIds(notify.routeBy(), school("PRIVATE")));
        assertEquals(List.of(KyotoContract.PREFECTURE_BOARD), routeIds(notify.routeBy(), Map.of()));
    }

    @Test
    public void caseInformationIsDueBy09OfTheNextDay() {
        EscalationRule e = escalation(Trigger.INFORMATION_SHARING);
        assertEquals(1, e.steps().size());
        EscalationStep s = e.steps().get(0);
        assertEquals(StepKind.NOTIFY_RECIPIENT, s.kind());
        assertEquals(Purpose.CASE_INFORMATION, s.routeBy());
        assertEquals(Duration.ofHours(12), s.acknowledgeWithin());
        assertEquals(at("2023-07-15T09:00"), s.deadline().dueAfter(at("2023-07-14T21:40"), HOLIDAYS));
        // a Friday case: Saturday 09:00 (calendar day, not business day)
        assertEquals(at("2023-12-30T09:00"), s.deadline().dueAfter(at("2023-12-29T22:15"), HOLIDAYS));
        assertEquals(List.of(KyotoContract.CITY_BOARD), routeIds(s.routeBy(), school("KYOTO_CITY_MUNICIPAL")));
    }

    @Test
    public void everyNotifyingStepRoutesWithoutThrowing() {
        for (EscalationRule e : contract.escalations()) {
            for (EscalationStep s : e.steps()) {
                assertNotNull(s.deadline());
                if (s.routeBy() != null) {
                    for (Map<String, String> attrs : List.of(Map.<String, String>of(), school("PRIVATE"),
                            school("KYOTO_CITY_MUNICIPAL"), school("UNKNOWN"))) {
                        assertFalse(contract.route(s.routeBy(), attrs).isEmpty());
                    }
                }
            }
        }
    }

    // ---- automatic replies ----

    @Test
    public void autoRepliesUseTheirPlaceholdersAndNameRealServices() {
        Map<AutoReply, String> r = contract.autoReplies();
        assertTrue(r.get(AutoReply.OUT_OF_HOURS).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.PAUSED).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.CLOSING_TIME).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.ALL_BUSY).contains("{queuePosition}"));
        assertTrue(r.get(AutoReply.OUTSIDE_TERM).contains("0120-0-78310"));
        assertTrue(r.containsKey(AutoReply.WELCOME));
        assertTrue(r.containsKey(AutoReply.NOT_ELIGIBLE));
        assertFalse(r.containsKey(AutoReply.AI_PERSONAL_INFORMATION_WARNING));
    }

    // ---- configuration ----

    @Test
    public void everyConfigKeyAppearsInParameters() {
        Set<String> keys = contract.parameters().stream().map(Parameter::key).collect(Collectors.toSet());
        for (Method m : KyotoContract.Config.class.getDeclaredMethods()) {
            assertTrue(m.getName(), keys.contains(m.getName()));
            assertEquals(m.getName(), String.valueOf(m.getDefaultValue()), parameter(m.getName()));
        }
        assertEquals(KyotoContract.Config.class.getDeclaredMethods().length, contract.parameters().size());
    }

    @Test
    public void configurationChangeChangesTheRules() {
        KyotoContract c = kyoto(Map.of());
        Map<String, Object> changed = new HashMap<>();
        changed.put("hours", "18:00-21:00");
        changed.put("clauseAExcept", "2024-01-01,2023-12-29");
        changed.put("counselorsMinimum", 3);
        changed.put("caseInformationBy", "08:30");
        changed.put("deliverableDays", 10);
        changed.put("channels", "LINE");
        c.configure(ContractTestKit.config(KyotoContract.Config.class, changed));
        assertEquals(93, staffedDays(c).size());
        assertEquals(LocalTime.of(18, 0), c.windows().get(0).start());
        assertEquals(LocalTime.of(21, 0), c.windows().get(0).end());
        assertEquals(2, c.info().term().pauses().size());
        assertEquals(3, c.staffing().stream().filter(s -> s.role() == Role.COUNSELOR).findFirst().orElseThrow().minimum());
        EscalationStep s = c.escalations().stream().filter(e -> e.trigger() == Trigger.INFORMATION_SHARING)
                .findFirst().orElseThrow().steps().get(0);
        assertEquals(at("2023-07-15T08:30"), s.deadline().dueAfter(at("2023-07-14T21:40"), HOLIDAYS));
        Term term = c.info().term();
        assertEquals(at("2024-04-10T23:59:59"), c.reports().stream().filter(r -> r.id().equals("analysis"))
                .findFirst().orElseThrow().due().dueFor(term.range(), term, HOLIDAYS));
        assertEquals(Set.of(Channel.LINE), c.info().channels());
        assertEquals("18:00-21:00", c.parameters().stream().filter(p -> p.key().equals("hours")).findFirst()
                .orElseThrow().value());
    }

    @Test
    public void badConfigurationIsRejected() {
        assertThrows(RuntimeException.class, () -> kyoto(Map.of("term", "2023-07-14")));
        assertThrows(RuntimeException.class, () -> kyoto(Map.of("clauseADays", "FUNDAY")));
        assertThrows(RuntimeException.class, () -> kyoto(Map.of("channels", "")));
    }

    private String parameter(String key) {
        return contract.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().value();
    }
}
