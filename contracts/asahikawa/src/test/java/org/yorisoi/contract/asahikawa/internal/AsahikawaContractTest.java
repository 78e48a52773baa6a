package org.yorisoi.contract.asahikawa.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.yorisoi.contract.spi.Attribute;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.Deadline;
import org.yorisoi.contract.spi.EscalationRule;
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

public class AsahikawaContractTest {

    private static final HolidayCalendar HOLIDAYS = ContractTestKit.holidays();

    private final AsahikawaContract contract = configured(Map.of());

    // ---- helpers

    private static List<WindowRule> humanWindowsOn(AsahikawaContract c, String date) {
        LocalDate d = LocalDate.parse(date);
        if (!c.info().term().contains(d)) {
            return List.of();
        }
        return c.windows().stream()
                .filter(w -> w.kind() == WindowKind.HUMAN && w.days().appliesOn(d, HOLIDAYS))
                .toList();
    }

    private static boolean staffed(AsahikawaContract c, String date) {
        return ContractTestKit.opensOn(c, WindowKind.HUMAN, date);
    }

    /** The single human window of a staffed day, as "HH:mm-HH:mm". */
    private static String hours(AsahikawaContract c, String date) {
        List<WindowRule> ws = humanWindowsOn(c, date);
        assertEquals(date + " should have exactly one human window", 1, ws.size());
        return ws.get(0).start() + "-" + ws.get(0).end();
    }

    private static AsahikawaContract configured(Map<String, Object> overrides) {
        AsahikawaContract c = new AsahikawaContract();
        c.configure(ContractTestKit.config(AsahikawaContract.Config.class, overrides));
        return c;
    }

    private StaffProfile profile(Set<Qualification> qualifications, Map<ExperienceKind, Integer> months) {
        return new StaffProfile(qualifications, months, Set.of());
    }

    private QualificationRule counselorRule() {
        List<QualificationRule> rules = contract.qualifications().stream()
                .filter(r -> r.role() == Role.COUNSELOR).toList();
        assertEquals(1, rules.size());
        return rules.get(0);
    }

    private ReportObligation report(String id) {
        return contract.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private EscalationRule escalation(EscalationRule.Trigger trigger) {
        return contract.escalations().stream().filter(e -> e.trigger() == trigger).findFirst().orElseThrow();
    }

    // ---- info, term, eligibility, channels

    @Test
    public void identityIsAsahikawa() {
        assertEquals("asahikawa", contract.info().id());
        assertEquals("旭川市", contract.info().municipality());
        assertEquals("令和７年度チャットによるいじめ相談対応業務", contract.info().nameJa());
    }

    @Test
    public void termRunsFromSeptemberFirstToMarch31WithNewYearPauseBecauseClause7_2A1() {
        Term term = contract.info().term();
        assertEquals(LocalDate.of(2025, 9, 1), term.start());
        assertEquals(LocalDate.of(2026, 3, 31), term.end());
        assertEquals(List.of(DateRange.of("2025-12-30", "2026-01-04")), term.pauses());
        assertTrue(term.isPaused(LocalDate.of(2025, 12, 30)));
        assertTrue(term.isPaused(LocalDate.of(2026, 1, 4)));
        assertFalse(term.isPaused(LocalDate.of(2025, 12, 29)));
        assertFalse(term.isPaused(LocalDate.of(2026, 1, 5)));
        assertEquals("asahikawa 7(2)ア①", term.clause());
    }

    @Test
    public void channelsAreWebAndLineBecauseClause5() {
        assertEquals(Set.of(Channel.WEB, Channel.LINE), contract.info().channels());
    }

    @Test
    public void eligibilityAsksSchoolTypeElementaryOrJuniorHighAndOptionalGradeBecauseClause4_1() {
        List<Attribute> attributes = contract.info().eligibility().attributes();
        Attribute schoolType = attributes.stream().filter(a -> a.key().equals("schoolType")).findFirst().orElseThrow();
        assertTrue(schoolType.required());
        assertEquals(List.of("ELEMENTARY", "JUNIOR_HIGH"),
                schoolType.options().stream().map(Attribute.Option::code).toList());
        assertEquals(List.of("小学校", "中学校"),
                schoolType.options().stream().map(Attribute.Option::labelJa).toList());
        Attribute grade = attributes.stream().filter(a -> a.key().equals("grade")).findFirst().orElseThrow();
        assertFalse(grade.required());
        assertTrue(grade.options().stream().allMatch(o -> o.code().matches("[A-Z0-9_]+")));
        assertTrue(contract.info().eligibility().populationJa().contains("旭川市内の小学校及び中学校"));
    }

    // ---- windows: 7(2)ア②

    @Test
    public void staffedOnWeekdayEveningBecauseClause7_2A2Weekdays() {
        assertEquals("19:00-22:00", hours(contract, "2025-09-01")); // Mon, first day of the term
        assertEquals("19:00-22:00", hours(contract, "2025-09-05")); // Fri
        assertEquals("19:00-22:00", hours(contract, "2026-03-31")); // Tue, last day of the term
    }

    @Test
    public void notStaffedOnMondayHolidayBecauseHeijitsuExcludesHolidays() {
        assertFalse(staffed(contract, "2025-09-15")); // 敬老の日 (Mon)
        assertFalse(staffed(contract, "2025-10-13")); // スポーツの日 (Mon)
        assertFalse(staffed(contract, "2025-11-24")); // 振替休日 (Mon)
        assertFalse(staffed(contract, "2026-01-12")); // 成人の日 (Mon)
        assertFalse(staffed(contract, "2026-02-23")); // 天皇誕生日 (Mon)
    }

    @Test
    public void notStaffedOnMidweekHolidayBecauseHeijitsuExcludesHolidays() {
        assertFalse(staffed(contract, "2025-09-23")); // 秋分の日 (Tue)
        assertFalse(staffed(contract, "2026-02-11")); // 建国記念の日 (Wed)
        assertFalse(staffed(contract, "2026-03-20")); // 春分の日 (Fri)
    }

    @Test
    public void staffedOnSundayFiveToNineBecauseClause7_2A2Sundays() {
        assertEquals("17:00-21:00", hours(contract, "2025-09-14"));
        assertEquals("17:00-21:00", hours(contract, "2026-03-22"));
    }

    @Test
    public void staffedOnHolidaySundayWithSundayHoursBecauseSundayRuleIgnoresHolidays() {
        assertTrue(HOLIDAYS.isHoliday(LocalDate.of(2025, 11, 23)));
        assertEquals("17:00-21:00", hours(contract, "2025-11-23")); // 勤労感謝の日 (Sun)
    }

    @Test
    public void notStaffedOnSaturdays() {
        assertFalse(staffed(contract, "2025-09-06"));
        assertFalse(staffed(contract, "2025-11-22"));
        assertFalse(staffed(contract, "2026-03-28"));
    }

    @Test
    public void notStaffedOnSundayInsideLongVacationBecauseClause7_2A2ExceptLongVacations() {
        assertFalse(staffed(contract, "2026-01-11")); // default winter break (placeholder)
        assertFalse(staffed(contract, "2025-12-28"));
        assertFalse(staffed(contract, "2026-03-29")); // default spring break (placeholder)
        assertEquals("17:00-21:00", hours(contract, "2026-01-18")); // after the default winter break
    }

    @Test
    public void weekdaysInsideLongVacationStayStaffedBecauseOnlySundaysAreExcepted() {
        assertEquals("19:00-22:00", hours(contract, "2026-01-05")); // Mon, winter break, after the pause
        assertEquals("19:00-22:00", hours(contract, "2025-12-26")); // Fri, winter break
        assertEquals("19:00-22:00", hours(contract, "2026-03-27")); // Fri, spring break
    }

    @Test
    public void notStaffedDuringNewYearPauseBecauseClause7_2A1() {
        LocalDate d = LocalDate.of(2025, 12, 30);
        while (!d.isAfter(LocalDate.of(2026, 1, 4))) {
            assertFalse(d.toString(), staffed(contract, d.toString()));
            d = d.plusDays(1);
        }
        assertTrue(staffed(contract, "2025-12-29")); // Mon before the pause
        assertTrue(staffed(contract, "2026-01-05")); // Mon after the pause
    }

    @Test
    public void pauseExcludesEvenWithoutLongVacationsBecauseThePauseIsItsOwnRule() {
        AsahikawaContract c = configured(Map.of("longVacations", ""));
        assertFalse(staffed(c, "2026-01-04")); // Sunday inside the pause
        assertFalse(staffed(c, "2025-12-31")); // Wed inside the pause
    }

    @Test
    public void notStaffedOutsideTerm() {
        assertFalse(staffed(contract, "2025-08-29")); // Fri before the term
        assertFalse(staffed(contract, "2025-08-31")); // Sun before the term
        assertFalse(staffed(contract, "2026-04-01")); // Wed after the term
        // the day rules themselves stop at the term, not only the core's clipping
        assertTrue(contract.windows().stream()
                .noneMatch(w -> w.days().appliesOn(LocalDate.of(2026, 4, 1), HOLIDAYS)));
    }

    @Test
    public void staffedDayCountsPerMonthMatchTheCalendar() {
        // September 2025: 22 weekdays − 2 holidays (15, 23) = 20; Sundays 7, 14, 21, 28 = 4
        assertEquals(24, countStaffed(contract, YearMonth.of(2025, 9)));
        // January 2026: weekdays 5..30 without 12 = 19; Sundays 18, 25 (4 paused, 11 in vacation) = 2
        assertEquals(21, countStaffed(contract, YearMonth.of(2026, 1)));
    }

    private static int countStaffed(AsahikawaContract c, YearMonth month) {
        int n = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            if (staffed(c, month.atDay(day).toString())) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void everyWindowCitesClause7_2A2() {
        assertEquals(2, contract.windows().size());
        assertTrue(contract.windows().stream().allMatch(w -> w.clause().startsWith("asahikawa 7(2)ア②")));
        assertTrue(contract.windows().stream().allMatch(w -> w.kind() == WindowKind.HUMAN));
    }

    // ---- configuration changes at runtime

    @Test
    public void changingLongVacationsAtRuntimeChangesSundayStaffing() {
        AsahikawaContract c = configured(Map.of());
        assertTrue(staffed(c, "2025-09-14"));
        assertFalse(staffed(c, "2026-01-11"));
        c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("longVacations", "2025-09-13..2025-09-15")));
        assertFalse(staffed(c, "2025-09-14"));
        assertTrue(staffed(c, "2026-01-11"));
        assertEquals("2025-09-13..2025-09-15", param(c, "longVacations"));
        c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of()));
        assertTrue(staffed(c, "2025-09-14"));
        assertFalse(staffed(c, "2026-01-11"));
    }

    @Test
    public void changingTermAndPauseAtRuntimeChangesTheCalendar() {
        AsahikawaContract c = configured(Map.of("termEnd", "2026-03-20", "pauses", "2025-12-29..2026-01-05"));
        assertFalse(staffed(c, "2026-03-23"));
        assertFalse(staffed(c, "2025-12-29"));
        assertFalse(staffed(c, "2026-01-05"));
        assertEquals(LocalDate.of(2026, 3, 20), c.info().term().end());
    }

    @Test
    public void invalidConfigurationIsRejectedAndKeepsTheRulesInForce() {
        AsahikawaContract c = configured(Map.of());
        assertThrows(IllegalArgumentException.class,
                () -> c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("longVacations", "2026-01-20..2026-01-10"))));
        assertThrows(IllegalArgumentException.class,
                () -> c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("longVacations", "winter"))));
        assertThrows(IllegalArgumentException.class,
                () -> c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("bullyingFormUrl", "http://example.jp/form"))));
        assertThrows(IllegalArgumentException.class,
                () -> c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("monthlyReportDueDays", 0))));
        assertThrows(IllegalArgumentException.class,
                () -> c.configure(ContractTestKit.config(AsahikawaContract.Config.class, Map.of("childSupportQualifications", "WIZARD"))));
        assertFalse(staffed(c, "2026-01-11"));
        assertEquals("", param(c, "bullyingFormUrl"));
    }

    @Test
    public void longVacationsParseSeveralRangesAndSingleDays() {
        assertEquals(List.of(DateRange.of("2025-12-25", "2026-01-15"), DateRange.day("2026-02-01")),
                DateRange.parseList(" 2025-12-25..2026-01-15 , 2026-02-01 ,"));
        assertEquals(List.of(), DateRange.parseList(""));
    }

    // ---- staffing and qualifications: 7(1)ア

    @Test
    public void atLeastTwoCounselorsAtAllTimesInHoursBecauseClause7_1A() {
        assertEquals(1, contract.staffing().size());
        StaffingRule rule = contract.staffing().get(0);
        assertEquals(Role.COUNSELOR, rule.role());
        assertEquals(WindowKind.HUMAN, rule.during());
        assertEquals(2, rule.minimum());
        assertEquals(0, rule.maximum());
        assertEquals("asahikawa 7(1)ア", rule.clause());
    }

    @Test
    public void counselorWithChildSupportQualificationQualifiesBecauseClause7_1A() {
        QualificationRule rule = counselorRule();
        assertEquals("asahikawa 7(1)ア", rule.clause());
        for (Qualification q : List.of(Qualification.CERTIFIED_PSYCHOLOGIST, Qualification.CLINICAL_PSYCHOLOGIST,
                Qualification.CERTIFIED_SOCIAL_WORKER, Qualification.PSYCHIATRIC_SOCIAL_WORKER,
                Qualification.TEACHER_LICENSE, Qualification.CHILD_CARE_WORKER, Qualification.CHILD_WELFARE_OFFICER,
                Qualification.SCHOOL_PSYCHOLOGIST)) {
            assertEquals(q.name(), Optional.empty(), rule.requirement().unmetBy(profile(Set.of(q), Map.of())));
        }
    }

    @Test
    public void counselorWithOneYearOfChatSnsCounselingQualifiesBecauseClause7_1A() {
        QualificationRule rule = counselorRule();
        assertEquals(Optional.empty(), rule.requirement().unmetBy(
                profile(Set.of(), Map.of(ExperienceKind.COUNSELING_CHAT_SNS, 12))));
        assertEquals(Optional.empty(), rule.requirement().unmetBy(
                profile(Set.of(), Map.of(ExperienceKind.COUNSELING_CHAT_SNS, 30))));
    }

    @Test
    public void counselorWithElevenMonthsOfChatAndNoQualificationIsRejectedWithReason() {
        Optional<String> reason = counselorRule().requirement().unmetBy(
                profile(Set.of(), Map.of(ExperienceKind.COUNSELING_CHAT_SNS, 11)));
        assertTrue(reason.isPresent());
        assertFalse(reason.get().isBlank());
        assertTrue(reason.get(), reason.get().contains("チャット・SNS相談"));
    }

    @Test
    public void phoneCounselingOrUnrelatedQualificationDoesNotCountBecauseClause7_1ANamesChatSns() {
        QualificationRule rule = counselorRule();
        assertTrue(rule.requirement().unmetBy(
                profile(Set.of(), Map.of(ExperienceKind.COUNSELING_PHONE, 60))).isPresent());
        assertTrue(rule.requirement().unmetBy(
                profile(Set.of(Qualification.PHYSICIAN), Map.of())).isPresent());
    }

    @Test
    public void qualificationSetIsConfigurable() {
        AsahikawaContract c = configured(Map.of("childSupportQualifications", "PUBLIC_HEALTH_NURSE"));
        QualificationRule rule = c.qualifications().get(0);
        assertEquals(Optional.empty(), rule.requirement().unmetBy(
                profile(Set.of(Qualification.PUBLIC_HEALTH_NURSE), Map.of())));
        assertTrue(rule.requirement().unmetBy(
                profile(Set.of(Qualification.CERTIFIED_PSYCHOLOGIST), Map.of())).isPresent());
        AsahikawaContract experienceOnly = configured(Map.of("childSupportQualifications", ""));
        assertTrue(experienceOnly.qualifications().get(0).requirement().unmetBy(
                profile(Set.of(Qualification.CERTIFIED_PSYCHOLOGIST), Map.of())).isPresent());
        assertEquals(Optional.empty(), experienceOnly.qualifications().get(0).requirement().unmetBy(
                profile(Set.of(), Map.of(ExperienceKind.COUNSELING_CHAT_SNS, 12))));
    }

    // ---- recipients and routing

    @Test
    public void everyPurposeRoutesToTheCityBureau() {
        assertEquals(1, contract.recipients().size());
        Recipient city = contract.recipients().get(0);
        assertTrue(city.nameJa().contains("旭川市"));
        assertTrue(city.nameJa().contains("いじめ防止対策推進課"));
        for (Purpose p : Purpose.values()) {
            assertEquals(p.name(), List.of(city), contract.route(p, Map.of()));
            assertEquals(p.name(), List.of(city), contract.route(p, Map.of("schoolType", "JUNIOR_HIGH")));
            assertEquals(p.name(), List.of(city), contract.possibleRecipients(p));
        }
    }

    // ---- reports: 7(3)

    @Test
    public void monthlyReportIsDueTenDaysAfterMonthEndBecauseClause7_3A() {
        ReportObligation monthly = report("monthly");
        assertEquals(ReportPeriod.MONTHLY, monthly.period());
        assertEquals(Purpose.REPORTS, monthly.purpose());
        assertEquals("asahikawa 7(3)ア", monthly.clause());
        Term term = contract.info().term();
        assertEquals(LocalDateTime.of(2025, 10, 10, 23, 59, 59),
                monthly.due().dueFor(DateRange.of("2025-09-01", "2025-09-30"), term, HOLIDAYS));
        assertEquals(LocalDateTime.of(2026, 1, 10, 23, 59, 59),
                monthly.due().dueFor(DateRange.of("2025-12-01", "2025-12-31"), term, HOLIDAYS));
        assertEquals(LocalDateTime.of(2026, 3, 10, 23, 59, 59),
                monthly.due().dueFor(DateRange.of("2026-02-01", "2026-02-28"), term, HOLIDAYS));
        assertEquals(LocalDateTime.of(2026, 4, 10, 23, 59, 59),
                monthly.due().dueFor(DateRange.of("2026-03-01", "2026-03-31"), term, HOLIDAYS));
    }

    @Test
    public void monthlyReportDueOffsetIsConfigurable() {
        AsahikawaContract c = configured(Map.of("monthlyReportDueDays", 5));
        ReportObligation monthly = c.reports().stream().filter(r -> r.id().equals("monthly")).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2025, 10, 5, 23, 59, 59),
                monthly.due().dueFor(DateRange.of("2025-09-01", "2025-09-30"), c.info().term(), HOLIDAYS));
        assertEquals("5", param(c, "monthlyReportDueDays"));
    }

    @Test
    public void urgentCasesAndCityInquiriesAreEventReportsBecauseClause7_3IandU() {
        ReportObligation urgent = report("urgent-case");
        assertEquals(ReportPeriod.EVENT, urgent.period());
        assertNull(urgent.due());
        assertEquals("asahikawa 7(3)イ", urgent.clause());
        ReportObligation inquiry = report("city-inquiry");
        assertEquals(ReportPeriod.EVENT, inquiry.period());
        assertNull(inquiry.due());
        assertEquals("asahikawa 7(3)ウ", inquiry.clause());
        ReportObligation incident = report("data-incident");
        assertEquals(ReportPeriod.EVENT, incident.period());
        assertEquals(Purpose.DATA_PROTECTION, incident.purpose());
        for (ReportObligation r : contract.reports()) {
            assertEquals(r.id(), 1, contract.route(r.purpose(), Map.of()).size());
        }
    }

    // ---- escalations: 7(2)ウ, 7(3)イ

    @Test
    public void emergencyContactsCityAtOnceThenPoliceThenTracesAndReportsBecauseClause7_2U() {
        EscalationRule rule = escalation(EscalationRule.Trigger.EMERGENCY);
        assertEquals("asahikawa 7(2)ウ", rule.clause());
        List<StepKind> kinds = rule.steps().stream().map(EscalationStep::kind).toList();
        assertEquals(List.of(StepKind.NOTIFY_RECIPIENT, StepKind.NOTIFY_POLICE, StepKind.IDENTIFY_CONSULTER,
                StepKind.REPORT_OUTCOME), kinds);
        EscalationStep city = rule.steps().get(0);
        assertEquals(Purpose.EMERGENCY, city.routeBy());
        assertEquals(Duration.ofMinutes(15), city.acknowledgeWithin());
        LocalDateTime opened = LocalDateTime.of(2025, 9, 14, 20, 30);
        assertEquals(opened.plusMinutes(10), city.deadline().dueAfter(opened, HOLIDAYS));
        EscalationStep outcome = rule.steps().get(3);
        assertEquals(Purpose.EMERGENCY, outcome.routeBy());
        assertTrue(outcome.deadline().dueAfter(opened, HOLIDAYS)
                .isAfter(rule.steps().get(2).deadline().dueAfter(opened, HOLIDAYS)));
        for (EscalationStep s : rule.steps()) {
            assertFalse(s.needsConsent());
            if (s.routeBy() != null) {
                assertFalse(contract.route(s.routeBy(), Map.of()).isEmpty());
            }
        }
    }

    @Test
    public void concerningCaseContactsCityAtOnceAndReportsNextBusinessDayBecauseClause7_3I() {
        EscalationRule rule = escalation(EscalationRule.Trigger.INFORMATION_SHARING);
        assertEquals("asahikawa 7(3)イ", rule.clause());
        EscalationStep contact = rule.steps().get(0);
        assertEquals(StepKind.NOTIFY_RECIPIENT, contact.kind());
        assertEquals(Deadline.within(Duration.ofMinutes(30)), contact.deadline());
        EscalationStep report = rule.steps().get(1);
        assertEquals(StepKind.REPORT_OUTCOME, report.kind());
        // opened Friday 2026-03-13 21:00 → Monday 2026-03-16 12:00
        assertEquals(LocalDateTime.of(2026, 3, 16, 12, 0),
                report.deadline().dueAfter(LocalDateTime.of(2026, 3, 13, 21, 0), HOLIDAYS));
        // opened Sunday 2025-11-23 (holiday) → Monday is 振替休日 → Tuesday 2025-11-25 12:00
        assertEquals(LocalDateTime.of(2025, 11, 25, 12, 0),
                report.deadline().dueAfter(LocalDateTime.of(2025, 11, 23, 20, 0), HOLIDAYS));
        for (EscalationStep s : rule.steps()) {
            assertFalse(contract.route(s.routeBy(), Map.of()).isEmpty());
        }
    }

    // ---- automatic replies

    @Test
    public void autoRepliesUsePlaceholdersAndNameRealServices() {
        Map<AutoReply, String> replies = contract.autoReplies();
        for (AutoReply r : List.of(AutoReply.WELCOME, AutoReply.OUT_OF_HOURS, AutoReply.ALL_BUSY,
                AutoReply.CLOSING_TIME, AutoReply.PAUSED, AutoReply.OUTSIDE_TERM, AutoReply.NOT_ELIGIBLE)) {
            assertNotNull(r.name(), replies.get(r));
            assertFalse(r.name(), replies.get(r).isBlank());
        }
        assertTrue(replies.get(AutoReply.OUT_OF_HOURS).contains("{nextOpening}"));
        assertTrue(replies.get(AutoReply.PAUSED).contains("{nextOpening}"));
        assertTrue(replies.get(AutoReply.CLOSING_TIME).contains("{nextOpening}"));
        assertTrue(replies.get(AutoReply.ALL_BUSY).contains("{queuePosition}"));
        assertTrue(replies.get(AutoReply.OUTSIDE_TERM).contains("0120-0-78310"));
        assertTrue(replies.get(AutoReply.NOT_ELIGIBLE).contains("0120-0-78310"));
        assertFalse(replies.containsKey(AutoReply.AI_PERSONAL_INFORMATION_WARNING));
        assertFalse(replies.containsKey(AutoReply.AI_HANDOFF_CONSENT));
    }

    @Test
    public void noActivitiesBecauseThisIsAChatContract() {
        assertTrue(contract.activities().isEmpty());
    }

    // ---- bullying Web form: 7(2)エ

    @Test
    public void bullyingFormCannedResponseIsOfferedOnlyOnceTheUrlIsSetBecauseClause7_2E() {
        assertEquals(Optional.empty(), contract.cannedResponses().values().stream().findFirst());
        assertEquals("", param(contract, "bullyingFormUrl"));
        AsahikawaContract c = configured(Map.of("bullyingFormUrl", "https://forms.example.jp/ijime"));
        assertTrue(c.cannedResponses().values().stream().findFirst().orElseThrow().endsWith("https://forms.example.jp/ijime"));
        assertEquals("https://forms.example.jp/ijime", param(c, "bullyingFormUrl"));
    }

    // ---- parameters

    @Test
    public void everyConfigKeyAppearsInParametersWithTheDefaultInForce() throws Exception {
        Map<String, String> params = contract.parameters().stream()
                .collect(Collectors.toMap(Parameter::key, Parameter::value));
        Map<String, Object> defaults = new HashMap<>();
        for (Method m : AsahikawaContract.Config.class.getDeclaredMethods()) {
            defaults.put(m.getName(), m.getDefaultValue());
        }
        assertEquals(defaults.keySet(), params.keySet());
        assertEquals("2025-09-01", params.get("termStart"));
        assertEquals("2026-03-31", params.get("termEnd"));
        assertEquals("2025-12-30..2026-01-04", params.get("pauses"));
        assertEquals(defaults.get("longVacations"), params.get("longVacations"));
        assertEquals("10", params.get("monthlyReportDueDays"));
        assertTrue(contract.parameters().stream().allMatch(p -> p.clause().startsWith("asahikawa ")));
    }

    @Test
    public void sundayWeekdayRulesAgreeWithJavaDayOfWeek() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2025, 9, 14).getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2025, 11, 23).getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2026, 1, 11).getDayOfWeek());
        assertEquals(DayOfWeek.MONDAY, LocalDate.of(2025, 9, 15).getDayOfWeek());
        assertEquals(LocalTime.of(19, 0), humanWindowsOn(contract, "2025-09-16").get(0).start());
    }

    private static String param(AsahikawaContract c, String key) {
        return c.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().value();
    }
}
