package org.yorisoi.contract.kumamoto.internal;

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
import java.util.EnumSet;
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

public class KumamotoContractTest {

    private static final HolidayCalendar HOLIDAYS = ContractTestKit.holidays();

    private final KumamotoContract contract = configured(Map.of());

    // --- helpers ---

    private static boolean open(KumamotoContract c, WindowKind kind, String date) {
        return ContractTestKit.opensOn(c, kind, date);
    }

    private boolean staffed(String date) {
        return open(contract, WindowKind.HUMAN, date);
    }

    private boolean aiOpen(String date) {
        return open(contract, WindowKind.AI, date);
    }

    private WindowRule only(WindowKind kind) {
        List<WindowRule> rules = contract.windows().stream().filter(w -> w.kind() == kind).toList();
        assertEquals(1, rules.size());
        return rules.get(0);
    }

    private static ReportObligation report(KumamotoContract c, String id) {
        return c.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static LocalDateTime due(KumamotoContract c, String id, String start, String end) {
        return report(c, id).due().dueFor(DateRange.of(start, end), c.info().term(), HOLIDAYS);
    }

    private List<String> route(Purpose purpose, Map<String, String> attributes) {
        return contract.route(purpose, attributes).stream().map(Recipient::id).toList();
    }

    private Optional<String> unmet(Role role, StaffProfile profile) {
        List<QualificationRule> rules = contract.qualifications().stream().filter(r -> r.role() == role).toList();
        assertFalse("no qualification rule for " + role, rules.isEmpty());
        // a person must meet at least one rule for the role
        List<String> reasons = rules.stream().map(r -> r.requirement().unmetBy(profile))
                .flatMap(Optional::stream).toList();
        return reasons.size() < rules.size() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static StaffProfile profile(Set<Qualification> qualifications, int snsMonths, String... approvals) {
        return new StaffProfile(qualifications, Map.of(ExperienceKind.COUNSELING_CHAT_SNS, snsMonths), Set.of(approvals));
    }

    private EscalationRule escalation(Trigger trigger) {
        return contract.escalations().stream().filter(e -> e.trigger() == trigger).findFirst().orElseThrow();
    }

    private static EscalationStep step(EscalationRule rule, StepKind kind, Purpose routeBy) {
        return rule.steps().stream().filter(s -> s.kind() == kind && s.routeBy() == routeBy).findFirst().orElseThrow();
    }

    // --- term (5, 6(3)) ---

    @Test
    public void termIsFiscal2026BecauseClause5SaysApril1ToMarch31() {
        Term term = contract.info().term();
        assertEquals(LocalDate.parse("2026-04-01"), term.start());
        assertEquals(LocalDate.parse("2027-03-31"), term.end());
        assertEquals(List.of(DateRange.of("2026-12-29", "2027-01-03")), term.pauses());
        assertEquals("kumamoto", contract.info().id());
        assertEquals("熊本市", contract.info().municipality());
    }

    @Test
    public void channelsAreWebAndAiBecauseClause6_6IsBrowserChatWithAnAiLane() {
        assertEquals(Set.of(Channel.WEB, Channel.AI), contract.info().channels());
    }

    // --- AI lane (6(4) AIによる対応：24時間365日) ---

    @Test
    public void aiListensAroundTheClockBecauseClause6_4Says24Hours365Days() {
        WindowRule ai = only(WindowKind.AI);
        assertEquals(LocalTime.MIDNIGHT, ai.start());
        assertTrue(ai.endsAtMidnight());
        assertTrue(contract.info().term().range().days()
                .allMatch(d -> ai.days().appliesOn(d, HOLIDAYS)));
    }

    @Test
    public void aiAvailableOnNewYearBecauseThePauseIsOfTheHumanServiceOnly() {
        for (String d : List.of("2026-12-29", "2026-12-31", "2027-01-01", "2027-01-03")) {
            assertTrue(d, aiOpen(d));
            assertTrue(d, contract.info().term().isPaused(LocalDate.parse(d)));
        }
    }

    // --- human lane (6(1), 6(4) 火曜・日曜の18時～22時; 12/29..1/3 を除く) ---

    @Test
    public void counselorsFrom18To22BecauseClause6_4SaysTuesdayAndSunday18To22() {
        WindowRule human = only(WindowKind.HUMAN);
        assertEquals(LocalTime.of(18, 0), human.start());
        assertEquals(LocalTime.of(22, 0), human.end());
    }

    @Test
    public void staffedOnTuesdayAndSundayBecauseClause6_4NamesThem() {
        assertTrue(staffed("2026-04-05"));  // first Sunday
        assertTrue(staffed("2026-04-07"));  // first Tuesday
        assertTrue(staffed("2027-03-30"));  // last Tuesday
    }

    @Test
    public void staffedOnTuesdayHoliday20260505BecauseClause6_4IsEveryTuesday() {
        assertTrue(HOLIDAYS.isHoliday(LocalDate.parse("2026-05-05")));
        assertEquals(DayOfWeek.TUESDAY, LocalDate.parse("2026-05-05").getDayOfWeek());
        assertTrue(staffed("2026-05-05"));
    }

    @Test
    public void staffedOnCitizensHoliday20260922AndOtherHolidaySundaysAndTuesdays() {
        for (String d : List.of("2026-09-22", "2026-05-03", "2026-11-03", "2027-02-23", "2027-03-21")) {
            assertTrue(d, HOLIDAYS.isHoliday(LocalDate.parse(d)));
            assertTrue(d, staffed(d));
        }
    }

    @Test
    public void notStaffedOnMondayOrOtherDaysBecauseClause6_4NamesOnlyTuesdayAndSunday() {
        assertFalse(staffed("2026-04-06"));   // Monday
        assertFalse(staffed("2026-05-04"));   // Monday holiday
        assertFalse(staffed("2026-05-06"));   // Wednesday, 振替休日
        assertFalse(staffed("2026-04-04"));   // Saturday
        assertFalse(staffed("2026-04-01"));   // Wednesday, first day of the term
        assertTrue(aiOpen("2026-04-06"));
    }

    @Test
    public void noCounselorOn20261229ButTheAiIsAvailableBecauseClause6_4ExceptsTheNewYearForHumansOnly() {
        assertEquals(DayOfWeek.TUESDAY, LocalDate.parse("2026-12-29").getDayOfWeek());
        assertFalse(staffed("2026-12-29"));
        assertTrue(aiOpen("2026-12-29"));
        assertFalse(staffed("2027-01-03"));   // Sunday, last day of the pause
        assertTrue(staffed("2026-12-27"));    // Sunday before
        assertTrue(staffed("2027-01-05"));    // Tuesday after
    }

    @Test
    public void noCounselorOutsideTheTerm() {
        assertFalse(staffed("2026-03-31"));   // Tuesday before
        assertFalse(staffed("2027-04-04"));   // Sunday after
        assertFalse(aiOpen("2027-04-01"));
    }

    @Test
    public void oneHundredAndTwoStaffedDaysBecause104TuesdaysAndSundaysLessTwoInThePause() {
        long days = contract.info().term().range().days().filter(d -> staffed(d.toString())).count();
        assertEquals(102, days);
    }

    // --- eligibility (6(5)) ---

    @Test
    public void municipalityAttributeListsTheTenPartnersAndOtherBecauseClause6_5() {
        Attribute municipality = contract.info().eligibility().attributes().stream()
                .filter(a -> a.key().equals("municipality")).findFirst().orElseThrow();
        assertEquals("kumamoto 6(5)", municipality.clause());
        Map<String, String> options = municipality.options().stream()
                .collect(Collectors.toMap(Attribute.Option::code, Attribute.Option::labelJa));
        assertEquals(11, options.size());
        assertEquals("宇城市", options.get("UKI"));
        assertEquals("阿蘇市", options.get("ASO"));
        assertEquals("美里町", options.get("MISATO"));
        assertEquals("菊陽町", options.get("KIKUYO"));
        assertEquals("西原村", options.get("NISHIHARA"));
        assertEquals("南阿蘇村", options.get("MINAMIASO"));
        assertEquals("山鹿市", options.get("YAMAGA"));
        assertEquals("玉名市", options.get("TAMANA"));
        assertEquals("大津町", options.get("OZU"));
        assertEquals("熊本市", options.get("KUMAMOTO"));
        assertTrue(options.containsKey("OTHER"));
        assertTrue(options.keySet().stream().allMatch(c -> c.matches("[A-Z][A-Z0-9_]*")));
    }

    @Test
    public void weeklyReportAttributesAreAskedButNeverRequiredBecauseConsultationIsAnonymous() {
        List<String> keys = contract.info().eligibility().attributes().stream().map(Attribute::key).toList();
        assertEquals(List.of("municipality", "ageGroup", "gender"), keys);
        assertTrue(contract.info().eligibility().attributes().stream().noneMatch(Attribute::required));
    }

    // --- staffing (6(7)) ---

    @Test
    public void staffingMinimaBecauseClause6_7AToO() {
        List<StaffingRule> s = contract.staffing();
        assertTrue(s.contains(StaffingRule.named(1, Role.CONTRACT_MANAGER, "kumamoto 6(7)ア")));
        assertTrue(s.contains(StaffingRule.namedAtLeast(1, Role.LEAD, "kumamoto 6(7)ウ")));
        assertTrue(s.contains(StaffingRule.namedAtLeast(1, Role.SYSTEM_MANAGER, "kumamoto 6(7)エ")));
        assertTrue(s.contains(StaffingRule.between(2, 3, Role.COUNSELOR, WindowKind.HUMAN, "kumamoto 6(7)オ")));
        assertTrue(s.stream().noneMatch(r -> r.during() == WindowKind.AI));
    }

    // --- qualifications (6(7)ウ, エ, オ; 特記事項第6条2) ---

    @Test
    public void leadMayBePsychiatricSocialWorkerOrPsychologistBecauseClause6_7U() {
        String t = KumamotoContract.PRIVACY_TRAINING;
        assertEquals(Optional.empty(), unmet(Role.LEAD, profile(Set.of(Qualification.PSYCHIATRIC_SOCIAL_WORKER), 0, t)));
        assertEquals(Optional.empty(), unmet(Role.LEAD, profile(Set.of(Qualification.CERTIFIED_PSYCHOLOGIST), 0, t)));
        assertEquals(Optional.empty(), unmet(Role.LEAD, profile(Set.of(Qualification.CLINICAL_PSYCHOLOGIST), 0, t)));
        Optional<String> socialWorker = unmet(Role.LEAD, profile(Set.of(Qualification.CERTIFIED_SOCIAL_WORKER), 0, t));
        assertTrue(socialWorker.isPresent());
        assertTrue(socialWorker.get(), socialWorker.get().contains("精神保健福祉士"));
    }

    @Test
    public void noOneWorksBeforeThePrivacyTrainingBecauseAnnexArticle6_2() {
        Optional<String> untrained = unmet(Role.LEAD, profile(Set.of(Qualification.CERTIFIED_PSYCHOLOGIST), 0));
        assertTrue(untrained.isPresent());
        assertTrue(untrained.get(), untrained.get().contains("第6条"));
        assertTrue(unmet(Role.COUNSELOR, profile(Set.of(), 24)).isPresent());
        assertTrue(unmet(Role.CONTRACT_MANAGER, profile(Set.of(), 0)).isPresent());
        assertEquals(Optional.empty(),
                unmet(Role.CONTRACT_MANAGER, profile(Set.of(), 0, KumamotoContract.PRIVACY_TRAINING)));
    }

    @Test
    public void counselorNeedsSnsCounselingExperienceBecauseClause6_7O() {
        String t = KumamotoContract.PRIVACY_TRAINING;
        assertEquals(Optional.empty(), unmet(Role.COUNSELOR, profile(Set.of(), 6, t)));
        Optional<String> none = unmet(Role.COUNSELOR, profile(Set.of(Qualification.CLINICAL_PSYCHOLOGIST), 0, t));
        assertTrue(none.isPresent());
        assertTrue(none.get(), none.get().contains("チャット・SNS相談"));
    }

    @Test
    public void systemManagerNeedsRecordedSystemAndAiExperienceBecauseClause6_7E() {
        String t = KumamotoContract.PRIVACY_TRAINING;
        assertEquals(Optional.empty(),
                unmet(Role.SYSTEM_MANAGER, profile(Set.of(), 0, t, KumamotoContract.SYSTEM_AI_EXPERIENCE)));
        Optional<String> unchecked = unmet(Role.SYSTEM_MANAGER, profile(Set.of(), 0, t));
        assertTrue(unchecked.isPresent());
        assertTrue(unchecked.get(), unchecked.get().contains("AI相談"));
    }

    // --- routing ---

    @Test
    public void emergencyGoesToTheMentalHealthCentreBecauseClause6_13() {
        for (Map<String, String> attrs : List.of(Map.<String, String>of(), Map.of("municipality", "UKI"),
                Map.of("municipality", "OTHER"))) {
            assertEquals(List.of(KumamotoContract.CENTRE), route(Purpose.EMERGENCY, attrs));
        }
    }

    @Test
    public void caseInformationGoesToTheConsultersMunicipalityAndKumamotoBecauseClause6_13() {
        assertEquals(List.of("uki-city", "kumamoto-city"), route(Purpose.CASE_INFORMATION, Map.of("municipality", "UKI")));
        assertEquals(List.of("ozu-town", "kumamoto-city"), route(Purpose.CASE_INFORMATION, Map.of("municipality", "OZU")));
        assertEquals(List.of("kumamoto-city"), route(Purpose.CASE_INFORMATION, Map.of("municipality", "KUMAMOTO")));
        assertEquals(List.of("kumamoto-city"), route(Purpose.CASE_INFORMATION, Map.of("municipality", "OTHER")));
        assertEquals(List.of("kumamoto-city"), route(Purpose.CASE_INFORMATION, Map.of()));
        assertEquals(List.of("minamiaso-village", "kumamoto-city"),
                route(Purpose.CONTENT_ACCESS, Map.of("municipality", "MINAMIASO")));
    }

    @Test
    public void reportsRosterDeliverablesAndDataProtectionGoToKumamotoCity() {
        for (Purpose p : List.of(Purpose.REPORTS, Purpose.ROSTER, Purpose.TERM_DELIVERABLES, Purpose.DATA_PROTECTION)) {
            assertEquals(p.name(), List.of("kumamoto-city"), route(p, Map.of("municipality", "YAMAGA")));
        }
    }

    @Test
    public void everyMunicipalityHasADeclaredRecipient() {
        Set<String> ids = contract.recipients().stream().map(Recipient::id).collect(Collectors.toSet());
        assertEquals(11, ids.size());
        for (KumamotoContract.Municipality m : KumamotoContract.MUNICIPALITIES) {
            assertTrue(m.code(), ids.contains(m.recipientId()));
            assertFalse(contract.route(Purpose.CASE_INFORMATION, Map.of("municipality", m.code())).isEmpty());
        }
    }

    // --- reports (6(12), 6(7)カ, キ, 特記事項) ---

    @Test
    public void weeklyReportDueThreeDaysAfterSundayBecauseClause6_12SaysOnceAWeek() {
        ReportObligation weekly = report(contract, "weekly");
        assertEquals(ReportPeriod.WEEKLY, weekly.period());
        assertEquals(Purpose.REPORTS, weekly.purpose());
        assertEquals(LocalDateTime.parse("2026-04-15T23:59:59"), due(contract, "weekly", "2026-04-06", "2026-04-12"));
        // first week clipped to the term: Wed 04-01 .. Sun 04-05
        assertEquals(LocalDateTime.parse("2026-04-08T23:59:59"), due(contract, "weekly", "2026-04-01", "2026-04-05"));
        // the New Year week: not moved off holidays (calendar days)
        assertEquals(LocalDateTime.parse("2027-01-06T23:59:59"), due(contract, "weekly", "2026-12-28", "2027-01-03"));
        // last week clipped to the term: Mon 03-29 .. Wed 03-31
        assertEquals(LocalDateTime.parse("2027-04-03T23:59:59"), due(contract, "weekly", "2027-03-29", "2027-03-31"));
    }

    @Test
    public void consultationContentsDueByTheLastDayOfTheTermBecauseClauses6_12And9() {
        ReportObligation contents = report(contract, "contents");
        assertEquals(ReportPeriod.TERM, contents.period());
        assertEquals(Purpose.TERM_DELIVERABLES, contents.purpose());
        assertEquals(LocalDateTime.parse("2027-03-31T23:59:59"), due(contract, "contents", "2026-04-01", "2027-03-31"));
    }

    @Test
    public void rosterTrackRecordAndPrivacyNoticesDueBeforeTheStartBecauseClause6_7KaKiAndAnnex4And5() {
        for (String id : List.of("roster", "track-record", "privacy-staff", "privacy-areas")) {
            assertEquals(id, ReportPeriod.TERM_START, report(contract, id).period());
            assertEquals(id, LocalDateTime.parse("2026-03-31T23:59:59"), due(contract, id, "2026-04-01", "2027-03-31"));
        }
        assertEquals(Purpose.ROSTER, report(contract, "roster").purpose());
    }

    @Test
    public void personalDataAnnexObligationsAreEventReportsBecauseAnnexArticles14And17() {
        for (String id : List.of("incident", "third-party-claim", "erasure-record", "erasure-plan", "copy-permission",
                "privacy-staff-change", "staff-measure")) {
            ReportObligation r = report(contract, id);
            assertEquals(id, ReportPeriod.EVENT, r.period());
            assertNull(id, r.due());
            assertEquals(id, Purpose.DATA_PROTECTION, r.purpose());
        }
        assertEquals("kumamoto 特記事項第17条1", report(contract, "incident").clause());
        assertTrue(report(contract, "incident").nameJa().contains("直ちに"));
        assertEquals("kumamoto 特記事項第17条8", report(contract, "third-party-claim").clause());
        assertTrue(report(contract, "third-party-claim").nameJa().contains("5日以内"));
        assertEquals("kumamoto 特記事項第14条5", report(contract, "erasure-record").clause());
    }

    @Test
    public void everyPeriodicReportHasADueAndEveryReportARecipient() {
        for (ReportObligation r : contract.reports()) {
            assertEquals(r.id(), r.period() == ReportPeriod.EVENT, r.due() == null);
            assertFalse(r.id(), contract.possibleRecipients(r.purpose()).isEmpty());
            assertFalse(r.id(), contract.route(r.purpose(), Map.of()).isEmpty());
        }
    }

    // --- escalations (6(13), 6(2)③エ) ---

    @Test
    public void emergencyShowsCrisisContactsPagesTheLeadAndCallsTheCentreBecauseClause6_13() {
        EscalationRule emergency = escalation(Trigger.EMERGENCY);
        assertEquals(List.of(StepKind.SHOW_CRISIS_CONTACTS, StepKind.PAGE_ON_CALL_LEAD, StepKind.NOTIFY_RECIPIENT,
                StepKind.NOTIFY_RECIPIENT), emergency.steps().stream().map(EscalationStep::kind).toList());
        LocalDateTime night = LocalDateTime.parse("2026-06-14T02:00");   // AI lane, Sunday night
        EscalationStep show = step(emergency, StepKind.SHOW_CRISIS_CONTACTS, null);
        assertTrue(show.descriptionJa().contains("0120-279-338"));
        assertEquals(night.plusMinutes(1), show.deadline().dueAfter(night, HOLIDAYS));
        EscalationStep page = step(emergency, StepKind.PAGE_ON_CALL_LEAD, null);
        assertEquals(night.plusMinutes(5), page.deadline().dueAfter(night, HOLIDAYS));
        assertNotNull(page.acknowledgeWithin());
        EscalationStep centre = step(emergency, StepKind.NOTIFY_RECIPIENT, Purpose.EMERGENCY);
        assertEquals(LocalDateTime.parse("2026-06-14T02:30"), centre.deadline().dueAfter(night, HOLIDAYS));
        assertEquals(Duration.ofMinutes(15), centre.acknowledgeWithin());
        assertFalse(centre.needsConsent());
    }

    @Test
    public void municipalityInformedTheNextBusinessDayAfterAnEmergencyBecauseClause6_13SaysAfterwards() {
        EscalationStep share = step(escalation(Trigger.EMERGENCY), StepKind.NOTIFY_RECIPIENT, Purpose.CASE_INFORMATION);
        // Sunday 2026-05-03 in Golden Week: 05-04, 05-05, 05-06 are holidays
        assertEquals(LocalDateTime.parse("2026-05-07T17:00"),
                share.deadline().dueAfter(LocalDateTime.parse("2026-05-03T21:00"), HOLIDAYS));
        assertEquals(LocalDateTime.parse("2026-06-15T17:00"),
                share.deadline().dueAfter(LocalDateTime.parse("2026-06-14T02:00"), HOLIDAYS));
    }

    @Test
    public void handoffToTheCommissionerNeedsConsentBecauseClause6_2_3EAndNo7() {
        EscalationRule sharing = escalation(Trigger.INFORMATION_SHARING);
        assertEquals(1, sharing.steps().size());
        EscalationStep handoff = sharing.steps().get(0);
        assertEquals(StepKind.NOTIFY_RECIPIENT, handoff.kind());
        assertEquals(Purpose.CASE_INFORMATION, handoff.routeBy());
        assertTrue(handoff.needsConsent());
    }

    @Test
    public void everyNotifyingStepRoutesToADeclaredRecipient() {
        for (EscalationRule rule : contract.escalations()) {
            for (EscalationStep s : rule.steps()) {
                if (s.kind() == StepKind.NOTIFY_RECIPIENT) {
                    assertNotNull(s.routeBy());
                    assertFalse(contract.route(s.routeBy(), Map.of()).isEmpty());
                    assertFalse(contract.route(s.routeBy(), Map.of("municipality", "TAMANA")).isEmpty());
                    assertNotNull(s.acknowledgeWithin());
                }
            }
        }
    }

    // --- automatic replies ---

    @Test
    public void everyAutoReplyIsWordedWithItsPlaceholders() {
        Map<AutoReply, String> r = contract.autoReplies();
        assertEquals(EnumSet.allOf(AutoReply.class), EnumSet.copyOf(r.keySet()));
        assertTrue(r.get(AutoReply.OUT_OF_HOURS).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.PAUSED).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.CLOSING_TIME).contains("{nextOpening}"));
        assertTrue(r.get(AutoReply.ALL_BUSY).contains("{queuePosition}"));
        assertTrue(r.get(AutoReply.PAUSED).contains("AI"));
    }

    @Test
    public void outsideTermAndNotEligibleNameRealServicesBecauseClause6_5AsksForReferral() {
        Map<AutoReply, String> r = contract.autoReplies();
        for (AutoReply kind : List.of(AutoReply.OUTSIDE_TERM, AutoReply.NOT_ELIGIBLE)) {
            assertTrue(kind.name(), r.get(kind).contains("0570-064-556"));
            assertTrue(kind.name(), r.get(kind).contains("0120-279-338"));
        }
        for (KumamotoContract.Municipality m : KumamotoContract.MUNICIPALITIES) {
            assertTrue(m.nameJa(), r.get(AutoReply.NOT_ELIGIBLE).contains(m.nameJa()));
        }
    }

    @Test
    public void aiLaneWarnsAboutPersonalInformationAndAsksConsentBecauseClause6_8No7() {
        assertTrue(contract.autoReplies().get(AutoReply.AI_PERSONAL_INFORMATION_WARNING).contains("書かないで"));
        assertTrue(contract.autoReplies().get(AutoReply.AI_HANDOFF_CONSENT).contains("同意"));
    }

    // --- parameters and configuration ---

    @Test
    public void everyConfigKeyAppearsInParameters() {
        Map<String, String> params = contract.parameters().stream()
                .collect(Collectors.toMap(Parameter::key, Parameter::value));
        for (Method m : KumamotoContract.Config.class.getDeclaredMethods()) {
            assertTrue(m.getName(), params.containsKey(m.getName()));
            assertEquals(m.getName(), String.valueOf(m.getDefaultValue()), params.get(m.getName()));
        }
        assertEquals(KumamotoContract.Config.class.getDeclaredMethods().length, params.size());
        assertEquals("true", params.get("aiOutputFiltering"));
        assertEquals("3", params.get("weeklyReportDueDays"));
    }

    @Test
    public void shippedCfgRepeatsTheDefaults() throws Exception {
        java.nio.file.Path cfg = java.nio.file.Paths.get("../../etc/org.yorisoi.contract.kumamoto.cfg");
        org.junit.Assume.assumeTrue(java.nio.file.Files.exists(cfg));
        Map<String, String> params = contract.parameters().stream()
                .collect(Collectors.toMap(Parameter::key, Parameter::value));
        int keys = 0;
        for (String line : java.nio.file.Files.readAllLines(cfg)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("=", 2);
            assertTrue(kv[0].strip(), params.containsKey(kv[0].strip()));
            assertEquals(kv[0].strip(), params.get(kv[0].strip()), kv[1].strip());
            keys++;
        }
        assertTrue(keys > 0);
    }

    @Test
    public void configurationChangeChangesTheRules() {
        KumamotoContract c = configured(Map.of());
        c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("weeklyReportDueDays", 1, "humanPauses", "",
                "aiModelId", "other-model", "aiOutputFiltering", false, "counselorsMinimum", 3,
                "centreContactMinutes", 10, "termEnd", "2027-03-30")));
        assertEquals(LocalDateTime.parse("2026-04-13T23:59:59"), due(c, "weekly", "2026-04-06", "2026-04-12"));
        assertTrue(open(c, WindowKind.HUMAN, "2026-12-29"));
        assertTrue(c.info().term().pauses().isEmpty());
        assertFalse(open(c, WindowKind.HUMAN, "2027-03-31") || open(c, WindowKind.AI, "2027-03-31"));
        Map<String, String> params = c.parameters().stream().collect(Collectors.toMap(Parameter::key, Parameter::value));
        assertEquals("other-model", params.get("aiModelId"));
        assertEquals("false", params.get("aiOutputFiltering"));
        assertTrue(c.staffing().contains(StaffingRule.between(3, 3, Role.COUNSELOR, WindowKind.HUMAN, "kumamoto 6(7)オ")));
        EscalationStep centre = c.escalations().get(0).steps().stream()
                .filter(s -> s.routeBy() == Purpose.EMERGENCY).findFirst().orElseThrow();
        assertEquals(LocalDateTime.parse("2026-06-14T02:10"),
                centre.deadline().dueAfter(LocalDateTime.parse("2026-06-14T02:00"), HOLIDAYS));
        // the original instance is untouched
        assertTrue(contract.info().term().isPaused(LocalDate.parse("2026-12-29")));
    }

    @Test
    public void invalidConfigurationIsRefused() {
        KumamotoContract c = configured(Map.of());
        assertThrows(IllegalArgumentException.class, () -> c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("weeklyReportDueDays", 0))));
        assertThrows(IllegalArgumentException.class, () -> c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("aiModelId", " "))));
        assertThrows(IllegalArgumentException.class, () -> c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("humanPauses", "2026-12-29"))));
        assertThrows(IllegalArgumentException.class, () -> c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("leadQualifications", "NURSE"))));
        assertThrows(IllegalArgumentException.class, () -> c.configure(ContractTestKit.config(KumamotoContract.Config.class, Map.of("counselorsMaximum", 1))));
        // a refused configuration leaves the rules in force
        assertEquals("yorisoi-listening-ja", c.parameters().stream()
                .filter(p -> p.key().equals("aiModelId")).findFirst().orElseThrow().value());
    }

    /** The contract as DS configures it, with some Config values overridden (key = Config method name). */
    private static KumamotoContract configured(Map<String, Object> overrides) {
        KumamotoContract c = new KumamotoContract();
        c.configure(ContractTestKit.config(KumamotoContract.Config.class, overrides));
        return c;
    }
}
