package org.yorisoi.contract.sakai.internal;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.yorisoi.contract.spi.Billing.LUMP_SUM;
import static org.yorisoi.contract.spi.Billing.ONCE_PER_ACTIVITY;
import static org.yorisoi.contract.spi.Billing.PER_COUNSELOR;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.CLINICAL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIC_SOCIAL_WORKER;
import static org.yorisoi.contract.spi.Qualification.PSYCHIATRIST;
import static org.yorisoi.contract.spi.Qualification.SCHOOL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.SCHOOL_PSYCHOLOGIST_EQUIVALENT;
import static org.yorisoi.contract.spi.WindowKind.APPOINTMENT_EXTENDED;
import static org.yorisoi.contract.spi.WindowKind.APPOINTMENT_STANDARD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.yorisoi.contract.spi.Activity;
import org.yorisoi.contract.spi.Attribute;
import org.yorisoi.contract.spi.Attribute.Option;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.DayRule;
import org.yorisoi.contract.spi.Deadline;
import org.yorisoi.contract.spi.Due;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.EscalationRule;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.Parameter;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.ReportPeriod;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.RuleBasedContract;
import org.yorisoi.contract.spi.RuleSet;
import org.yorisoi.contract.spi.RoutingRule;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;

/**
 * Sakai 2026: hearings of children's views and counseling of children and parents on bullying and school
 * refusal (いじめ・不登校等に係るこどもの悩み等に関する聴取等業務). Appointment-based case work arranged by
 * the city's いじめ不登校対策支援室; there is no chat.
 */
@Component(service = Contract.class, configurationPid = "org.yorisoi.contract.sakai")
@Designate(ocd = SakaiContract.Config.class)
public class SakaiContract implements RuleBasedContract {

    @ObjectClassDefinition(name = "Yorisoi contract: Sakai hearings and counseling",
            description = "堺市 いじめ・不登校等に係るこどもの悩み等に関する聴取等業務 (仕様書)")
    public @interface Config {
        @AttributeDefinition(description = "First day of the term: the contract date (sakai 4 契約締結日), YYYY-MM-DD")
        String contractDate() default "2026-04-01";

        @AttributeDefinition(description = "Last day of the term (sakai 4 令和9年3月15日), YYYY-MM-DD")
        String termEnd() default "2027-03-15";

        @AttributeDefinition(description = "Yearly closure of the weekday windows, MM-DD..MM-DD (sakai 5 I(1)イ 12月29日から翌年の1月3日)")
        String yearEndClosure() default "12-29..01-03";

        @AttributeDefinition(description = "Day of the year without the Sat/Sun/holiday window, MM-DD (sakai 5 I(2)イ 1月1日は除く)")
        String extendedClosedDay() default "01-01";

        @AttributeDefinition(description = "Standard window Mon-Fri, HH:MM-HH:MM (sakai 5 I(1)イ, 5 I(2)イ)")
        String standardHours() default "09:00-17:30";

        @AttributeDefinition(description = "Extended window Mon-Fri evenings, HH:MM-HH:MM (sakai 5 I(2)イ ただし)")
        String eveningHours() default "17:30-20:00";

        @AttributeDefinition(description = "Extended window on Saturdays, Sundays and holidays, HH:MM-HH:MM (sakai 5 I(2)イ ただし)")
        String weekendHolidayHours() default "09:00-17:30";

        @AttributeDefinition(description = "The city notifies appointments as a rule this many days ahead; shorter notice is accepted but flagged (sakai 5 I(1)イ 原則1週間前)")
        int minimumNoticeDays() default 7;

        @AttributeDefinition(description = "Planned counselor dispatches in the term (sakai 9 予定数量)")
        int plannedDispatches() default 172;

        @AttributeDefinition(description = "A no-show or a cancellation this many hours or less before the start is still billed (sakai 9 ※3 開始時刻前2時間以内)")
        int lateCancellationHours() default 2;

        @AttributeDefinition(description = "Roster due this many days after the contract date (sakai 6⑥ 2週間以内)")
        int rosterDueDays() default 14;

        @AttributeDefinition(description = "Monthly report (Form 4) due on this day of the next month (sakai 7 翌月10日)")
        int monthlyReportDay() default 10;

        @AttributeDefinition(description = "The March report is due on this day of March (sakai 7 3月分は3月15日)")
        int marchReportDay() default 15;

        @AttributeDefinition(description = "Counselor training held at least once by this date (sakai 6⑦ア 令和8年9月末日), YYYY-MM-DD")
        String counselorTrainingDeadline() default "2026-09-30";

        @AttributeDefinition(description = "Staff trainings for the city's officers in the term (sakai 5 III)")
        int staffTrainingsInTerm() default 2;

        @AttributeDefinition(description = "Urgent content: the designated emergency contact is called within this many minutes (sakai 5 I(2)オ② 直ちに)")
        int emergencyContactMinutes() default 10;

        @AttributeDefinition(description = "Urgent content: re-call and alert the manager when the emergency contact has not acknowledged within this many minutes")
        int emergencyAcknowledgeMinutes() default 10;

        @AttributeDefinition(description = "Content to share with other agencies: the city is phoned by this time of the next business day, HH:MM (sakai 5 I(2)オ② 翌開庁日に速やかに)")
        String informationSharingCallBy() default "10:00";

        @AttributeDefinition(description = "Content to share with other agencies: re-call and alert the manager when the city has not acknowledged within this many minutes")
        int informationSharingAcknowledgeMinutes() default 120;
    }

    // Recipients
    static final String CITY = "sakai-city";
    static final String EMERGENCY_CONTACT = "sakai-emergency-contact";

    // Activity ids (Activity.id, QualificationRule.activity)
    static final String PRE_EXPLANATION = "pre-explanation";
    static final String PRE_EXPLANATION_COORDINATION = "pre-explanation-coordination";
    static final String HEARING = "hearing";
    static final String HEARING_COORDINATION = "hearing-coordination";
    static final String HEARING_CASE_CONFERENCE = "hearing-case-conference";
    static final String FEEDBACK_ADVICE = "feedback-advice";
    static final String FEEDBACK_ATTENDANCE = "feedback-attendance";
    static final String COUNSELING = "counseling";
    static final String COUNSELING_COORDINATION = "counseling-coordination";
    static final String COUNSELING_CASE_CONFERENCE = "counseling-case-conference";
    static final String STAFF_TRAINING = "staff-training";
    static final String LIAISON_MEETING = "liaison-meeting";

    // Intake attribute keys and codes
    static final String PERSON_TYPE = "personType";
    static final String RESIDENCE = "residence";
    static final String PARENT_RELATION = "parentRelation";
    static final String HEARING_CONSENT = "hearingConsent";
    static final String COUNSELING_CONSENT = "counselingConsent";
    static final String FEEDBACK_WISH = "feedbackWish";

    private static final Set<WindowKind> STANDARD_ONLY = EnumSet.of(APPOINTMENT_STANDARD);
    private static final Set<WindowKind> STANDARD_OR_EXTENDED = EnumSet.of(APPOINTMENT_STANDARD, APPOINTMENT_EXTENDED);
    private static final Set<WindowKind> NOT_BOOKED_IN_A_WINDOW = EnumSet.noneOf(WindowKind.class);
    private static final Duration ABOUT_AN_HOUR = Duration.ofHours(1);
    /** The specification gives no length for coordinations and advice (by phone etc.). */
    private static final Duration UNSPECIFIED = Duration.ZERO;

    private volatile RuleSet rules;

    /** For DS; {@link #configure} runs before the service is used. */
    public SakaiContract() {
    }

    @Activate
    @Modified
    void configure(Config config) {
        rules = rules(config);
    }

    @Override
    public RuleSet rules() {
        return rules;
    }

    // ---- logic the SPI has no value type for (used by the booking screen and the dispatch count) ----

    /** The appointment windows open at a moment of the term (empty outside every window or the term). */
    private Set<WindowKind> windowsAt(LocalDateTime moment, HolidayCalendar holidays) {
        Set<WindowKind> open = EnumSet.noneOf(WindowKind.class);
        if (!rules.info().term().contains(moment.toLocalDate())) {
            return open;
        }
        LocalTime time = moment.toLocalTime();
        for (WindowRule w : rules.windows()) {
            boolean inHours = !time.isBefore(w.start()) && (w.endsAtMidnight() || time.isBefore(w.end()));
            if (inHours && w.days().appliesOn(moment.toLocalDate(), holidays)) {
                open.add(w.kind());
            }
        }
        return open;
    }

    /** Whether an activity may start at a moment: one of its windows is open then. */
    public boolean bookable(String activityId, LocalDateTime start, HolidayCalendar holidays) {
        Set<WindowKind> allowed = activity(activityId).windows();
        return windowsAt(start, holidays).stream().anyMatch(allowed::contains);
    }

    /**
     * sakai 5 I(1)イ, I(2)イ, I(4)イ①, II(1)イ: the city notifies "as a rule" a week ahead. Shorter notice is
     * accepted but flagged; true when the notice is shorter than the minimum.
     */
    public boolean isShortNotice(LocalDate notifiedOn, LocalDate appointmentDay) {
        return notifiedOn.isAfter(appointmentDay.minusDays(parameter("minimumNoticeDays")));
    }

    /**
     * sakai 9 ※3: a no-show without notice ({@code cancelledAt == null}) or a cancellation at most N hours
     * before the start (以内: inclusive) still counts one dispatch per counselor planned.
     */
    public boolean absenceStillBilled(String activityId, LocalDateTime start, LocalDateTime cancelledAt) {
        if (!activity(activityId).lateCancellationBilled()) {
            return false;
        }
        return cancelledAt == null || !cancelledAt.isBefore(start.minusHours(parameter("lateCancellationHours")));
    }

    /**
     * Why the city's request cannot be booked for this person; empty when it can. Refusals: a child or
     * parent not living in Sakai (5 I(2)ア, II(1)ア); counseling of a child without the parent's consent
     * (5 II(1)ア ただし); feedback the child or parent does not want (5 I(4) ただし).
     */
    public Optional<String> refusal(String activityId, Map<String, String> attributes) {
        activity(activityId);
        boolean hearingOrCounseling = HEARING.equals(activityId) || COUNSELING.equals(activityId);
        if (hearingOrCounseling && "OTHER".equals(attributes.get(RESIDENCE))) {
            return Optional.of("堺市内にお住まいの方が対象です（仕様書5 I(2)ア, II(1)ア）");
        }
        if (COUNSELING.equals(activityId) && "CHILD".equals(attributes.get(PERSON_TYPE))
                && !"GIVEN".equals(attributes.get(COUNSELING_CONSENT))) {
            return Optional.of("こどもの面談には保護者の同意が必要です（仕様書5 II(1)ア ただし書）");
        }
        if ((FEEDBACK_ATTENDANCE.equals(activityId) || FEEDBACK_ADVICE.equals(activityId))
                && "NOT_WANTED".equals(attributes.get(FEEDBACK_WISH))) {
            return Optional.of("こども又は保護者がフィードバックを希望していません（仕様書5 I(4) ただし書）");
        }
        return Optional.empty();
    }

    /**
     * What the operator must note though the booking is accepted: short notice; a hearing without the
     * parent's recorded consent (5 I(2)ア 原則: allowed only with a recorded reason).
     */
    public List<String> flags(String activityId, Map<String, String> attributes, LocalDate notifiedOn,
                              LocalDate appointmentDay) {
        activity(activityId);
        List<String> flags = new ArrayList<>();
        if (isShortNotice(notifiedOn, appointmentDay)) {
            flags.add("連絡が実施日の" + parameter("minimumNoticeDays") + "日前より後です（原則1週間前）");
        }
        if (HEARING.equals(activityId) && !"GIVEN".equals(attributes.get(HEARING_CONSENT))) {
            flags.add("保護者の同意が記録されていません。同意なく聴取する理由を記録してください（仕様書5 I(2)ア 原則）");
        }
        return List.copyOf(flags);
    }

    /**
     * sakai 5 I(2)ア: a child is eligible up to the first March 31 on or after the day they reach 18.
     * Under 年齢計算ニ関スル法律 one reaches 18 on the day before the 18th birthday, so a child born on
     * April 1 is eligible up to the March 31 just before that birthday (the school-year convention).
     */
    public static LocalDate lastDayAsChild(LocalDate birthDate) {
        LocalDate reaches18 = birthDate.plusYears(18).minusDays(1);
        LocalDate march31 = LocalDate.of(reaches18.getYear(), Month.MARCH, 31);
        return reaches18.isAfter(march31) ? march31.plusYears(1) : march31;
    }

    /** Whether a person born on {@code birthDate} counts as a child (こども) on {@code day}. */
    public static boolean isChild(LocalDate birthDate, LocalDate day) {
        return !day.isAfter(lastDayAsChild(birthDate));
    }

    private Activity activity(String id) {
        return rules.activities().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such activity: " + id));
    }

    /** A whole-number parameter in force (the value the configuration gave). */
    private int parameter(String key) {
        return Integer.parseInt(rules.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow()
                .value());
    }

    // ---- the rules, one per line with its clause ----

    static RuleSet rules(Config c) {
        LocalDate start = LocalDate.parse(c.contractDate().trim());
        LocalDate end = LocalDate.parse(c.termEnd().trim());
        MonthDay[] closure = monthDayRange(c.yearEndClosure());
        MonthDay extendedClosedDay = monthDay(c.extendedClosedDay());
        LocalTime[] standard = hours(c.standardHours());
        LocalTime[] evening = hours(c.eveningHours());
        LocalTime[] weekendHoliday = hours(c.weekendHolidayHours());
        int minimumNoticeDays = nonNegative("minimumNoticeDays", c.minimumNoticeDays());
        int lateCancellationHours = nonNegative("lateCancellationHours", c.lateCancellationHours());
        LocalTime sharingCallBy = LocalTime.parse(c.informationSharingCallBy().trim());

        // sakai 5 I(1)イ: 月曜日から金曜日まで（休日及び12月29日から翌年の1月3日までは除く。）
        DayRule weekdays = DayRule.weekdaysExceptHolidays().exceptYearly(closure[0], closure[1]);
        // sakai 5 I(2)イ ただし: 土曜日、日曜日及び休日（1月1日は除く。）
        DayRule weekendsAndHolidays = DayRule.on(SATURDAY, SUNDAY).or(DayRule.holidays())
                .exceptEvery(extendedClosedDay);
        List<WindowRule> windows = List.of(
                // sakai 5 I(1)イ, I(2)イ, I(4)イ①, II(1)イ: standard Mon–Fri 09:00–17:30
                new WindowRule(APPOINTMENT_STANDARD, weekdays, standard[0], standard[1],
                        "sakai 5 I(1)イ, 5 I(2)イ, 5 I(4)イ①, 5 II(1)イ"),
                // sakai 5 I(2)イ ただし: when the person cannot make it, Mon–Fri 17:30–20:00
                new WindowRule(APPOINTMENT_EXTENDED, weekdays, evening[0], evening[1],
                        "sakai 5 I(2)イ ただし, 5 I(4)イ① ただし, 5 II(1)イ ただし"),
                // sakai 5 I(2)イ ただし: or Saturdays, Sundays and holidays 09:00–17:30, not January 1
                new WindowRule(APPOINTMENT_EXTENDED, weekendsAndHolidays, weekendHoliday[0], weekendHoliday[1],
                        "sakai 5 I(2)イ ただし, 5 I(4)イ① ただし, 5 II(1)イ ただし"));

        ContractInfo info = new ContractInfo("sakai",
                "Sakai hearings and counseling for children on bullying and school refusal",
                "いじめ・不登校等に係るこどもの悩み等に関する聴取等業務",
                "堺市",
                new Term(start, end, yearEndPauses(start, end, closure, extendedClosedDay), "sakai 4"),
                eligibility(),
                Set.of(Channel.APPOINTMENT));

        List<StaffingRule> staffing = List.of(
                // sakai 6①②: one business manager (業務責任者), notified to the city
                StaffingRule.named(1, Role.CONTRACT_MANAGER, "sakai 6①"),
                // sakai 5 I(2)ウ: a hearing needs 2 counselors at once; 6⑤ each simultaneous request its own
                StaffingRule.namedAtLeast(2, Role.COUNSELOR, "sakai 5 I(2)ウ, 6⑤"));

        // sakai 6⑤ ア–エ
        Requirement a = Requirement.anyOf(CERTIFIED_PSYCHOLOGIST, CLINICAL_PSYCHOLOGIST);
        Requirement i = Requirement.anyOf(CERTIFIED_SOCIAL_WORKER, PSYCHIATRIC_SOCIAL_WORKER);
        Requirement u = Requirement.anyOf(PSYCHIATRIST);
        Requirement e = Requirement.either(Requirement.anyOf(SCHOOL_PSYCHOLOGIST, SCHOOL_PSYCHOLOGIST_EQUIVALENT),
                Requirement.experience(2, ExperienceKind.COUNSELING_EDUCATION_CHILD_WELFARE));
        List<QualificationRule> qualifications = List.of(
                // sakai 6⑤A: pre-explanation, hearing, case conferences, feedback, staff training: ア–エ
                QualificationRule.forRole(Role.COUNSELOR, Requirement.either(a, i, u, e), "sakai 6⑤A"),
                // sakai 6⑤B: counseling (5 II(1)ウ): ア or ウ
                QualificationRule.forActivity(Role.COUNSELOR, COUNSELING, Requirement.either(a, u), "sakai 6⑤B"));

        List<Recipient> recipients = List.of(
                new Recipient(CITY, "堺市 いじめ不登校対策支援室", "Sakai City, bullying and school-refusal support office"),
                new Recipient(EMERGENCY_CONTACT, "発注者が指定する緊急連絡先", "Emergency contact designated by Sakai City"));

        List<RoutingRule> routing = List.of(
                // sakai 5 I(2)オ②, 5 II(1)オ②, 8: urgent content to the designated emergency contact at once
                RoutingRule.forPurpose(Purpose.EMERGENCY, "sakai 5 I(2)オ②, 5 II(1)オ②, 8", EMERGENCY_CONTACT),
                // sakai 5 I(2)オ② また: content to share with agencies: phone the city
                RoutingRule.forPurpose(Purpose.CASE_INFORMATION, "sakai 5 I(2)オ②, 5 II(1)オ②", CITY),
                // sakai 5 I(1)オ, 5 I(2)オ①, 5 II(1)オ①, 7: forms 1–3 and minutes
                RoutingRule.forPurpose(Purpose.CASE_RECORDS, "sakai 5 I(1)オ, 5 I(2)オ①, 5 II(1)オ①, 7", CITY),
                // sakai 7: monthly report (Form 4)
                RoutingRule.forPurpose(Purpose.REPORTS, "sakai 7", CITY),
                // sakai 6⑥: counselor roster
                RoutingRule.forPurpose(Purpose.ROSTER, "sakai 6⑥", CITY),
                // sakai 11: erasure of personal data, result in writing
                RoutingRule.forPurpose(Purpose.DATA_PROTECTION, "sakai 11", CITY),
                // sakai 9: unit-price invoices
                RoutingRule.forPurpose(Purpose.BILLING, "sakai 9", CITY),
                // sakai 5 I(2)オ③: anything else the city asks for goes to the city
                RoutingRule.always("sakai 5 I(2)オ③, 5 II(1)オ③", CITY));

        List<ReportObligation> reports = List.of(
                // sakai 7: Form 4 by the 10th of the next month, rolled past Sat/Sun/holidays; March by March 15
                new ReportObligation("form4-monthly", "月報（様式4）", "Monthly report (Form 4)", ReportPeriod.MONTHLY,
                        Due.dayOfFollowingMonthOrNextBusinessDay(c.monthlyReportDay())
                                .exceptFor(Month.MARCH, c.marchReportDay()),
                        Purpose.REPORTS, "sakai 7"),
                // sakai 6⑥: roster stating ア–エ within 2 weeks of the contract date
                new ReportObligation("roster", "相談員の名簿", "Counselor roster", ReportPeriod.TERM_START,
                        Due.daysFromTermStart(nonNegative("rosterDueDays", c.rosterDueDays())),
                        Purpose.ROSTER, "sakai 6⑥"),
                // sakai 6⑥ また: a changed roster before the change
                event("roster-change", "変更後の相談員の名簿", "Changed counselor roster (before the change)",
                        Purpose.ROSTER, "sakai 6⑥"),
                // sakai 5 I(1)オ: oral report right after the pre-explanation
                event("pre-explanation-oral", "事前説明内容の口頭報告", "Oral report of a pre-explanation",
                        Purpose.CASE_RECORDS, "sakai 5 I(1)オ"),
                // sakai 5 I(1)オ: Form 1 by email the next business day, password sent separately
                event("form1", "事前説明報告書（様式1）", "Pre-explanation report (Form 1)",
                        Purpose.CASE_RECORDS, "sakai 5 I(1)オ"),
                // sakai 5 I(2)オ①: Form 2 the next business day with the materials used
                event("form2", "聴取記録報告書（様式2）", "Hearing record (Form 2)",
                        Purpose.CASE_RECORDS, "sakai 5 I(2)オ①"),
                // sakai 5 II(1)オ①: Form 3 the next business day with the materials used
                event("form3", "面談記録報告書（様式3）", "Counseling record (Form 3)",
                        Purpose.CASE_RECORDS, "sakai 5 II(1)オ①"),
                // sakai 7: minutes by the day the city sets
                event("case-conference-minutes", "ケース会議の会議録", "Case conference minutes",
                        Purpose.CASE_RECORDS, "sakai 5 I(3), 5 II(2), 7"),
                event("liaison-meeting-minutes", "連絡会議の会議録", "Liaison meeting minutes",
                        Purpose.REPORTS, "sakai 5 IV, 7"),
                // sakai 6④: improvement report by the day the city sets
                event("improvement-report", "業務改善の経過及び改善対策方法の報告書", "Improvement report",
                        Purpose.REPORTS, "sakai 6④"),
                // sakai 11: after the term, erasure result in writing with certificates
                event("erasure-certificate", "個人情報の消去・廃棄の実施結果（証明書類を含む）",
                        "Erasure of personal data: written result with certificates", Purpose.DATA_PROTECTION,
                        "sakai 11"));

        Duration emergencyWithin = Duration.ofMinutes(nonNegative("emergencyContactMinutes", c.emergencyContactMinutes()));
        List<EscalationRule> escalations = List.of(
                new EscalationRule(Trigger.EMERGENCY, List.of(
                        // sakai 5 I(2)オ②, 5 II(1)オ②: 直ちに発注者が指定する緊急連絡先に連絡
                        EscalationStep.notify(Purpose.EMERGENCY, Deadline.within(emergencyWithin),
                                Duration.ofMinutes(c.emergencyAcknowledgeMinutes()),
                                "緊急対応や危機介入が必要と判断される内容であった場合は、直ちに発注者が指定する緊急連絡先に連絡する",
                                "sakai 5 I(2)オ②, 5 II(1)オ②"),
                        // sakai 5 I(2)オ①, 5 II(1)オ①: Form 2/3 marks 緊急性あり, sent the next business day
                        EscalationStep.step(StepKind.REPORT_OUTCOME, Deadline.nextBusinessDayBy(Due.END_OF_DAY),
                                "様式2・3に「緊急性あり」と記載し、翌開庁日に報告する",
                                "sakai 5 I(2)オ①, 5 II(1)オ①")),
                        "sakai 5 I(2)オ②, 5 II(1)オ②, 8"),
                new EscalationRule(Trigger.INFORMATION_SHARING, List.of(
                        // sakai 5 I(2)オ② また: 翌開庁日に速やかに発注者に電話にて連絡
                        new EscalationStep(StepKind.PHONE_MUNICIPALITY, Purpose.CASE_INFORMATION,
                                Deadline.nextBusinessDayBy(sharingCallBy),
                                Duration.ofMinutes(c.informationSharingAcknowledgeMinutes()), false,
                                "関係機関へ情報提供が必要と判断される内容であった場合は、翌開庁日に速やかに発注者に電話にて連絡する",
                                "sakai 5 I(2)オ②, 5 II(1)オ②")),
                        "sakai 5 I(2)オ②, 5 II(1)オ②"));

        List<Activity> activities = List.of(
                // id, name, counselors, length, windows, prior coordination, billing, late cancellation billed, clause
                new Activity(PRE_EXPLANATION, "保護者への事前説明", 1, ABOUT_AN_HOUR, STANDARD_ONLY, true, PER_COUNSELOR, true, "sakai 5 I(1)"),
                new Activity(PRE_EXPLANATION_COORDINATION, "事前調整（事前説明）", 1, UNSPECIFIED, NOT_BOOKED_IN_A_WINDOW, false, ONCE_PER_ACTIVITY, false, "sakai 5 I(1)エ, 9 ※1"),
                new Activity(HEARING, "こどもの意見聴取", 2, ABOUT_AN_HOUR, STANDARD_OR_EXTENDED, true, PER_COUNSELOR, true, "sakai 5 I(2)"),
                new Activity(HEARING_COORDINATION, "事前調整（意見聴取）", 1, UNSPECIFIED, NOT_BOOKED_IN_A_WINDOW, false, ONCE_PER_ACTIVITY, false, "sakai 5 I(2)エ, 9 ※1"),
                new Activity(HEARING_CASE_CONFERENCE, "ケース会議（意見聴取）", 1, ABOUT_AN_HOUR, NOT_BOOKED_IN_A_WINDOW, false, PER_COUNSELOR, false, "sakai 5 I(3), 9 ※2"),
                new Activity(FEEDBACK_ADVICE, "フィードバック助言支援", 1, UNSPECIFIED, NOT_BOOKED_IN_A_WINDOW, false, ONCE_PER_ACTIVITY, false, "sakai 5 I(4)ア, 9 ※1"),
                new Activity(FEEDBACK_ATTENDANCE, "フィードバック補完支援", 1, ABOUT_AN_HOUR, STANDARD_OR_EXTENDED, false, PER_COUNSELOR, true, "sakai 5 I(4)イ"),
                new Activity(COUNSELING, "こども及び保護者のカウンセリング（面談）", 1, ABOUT_AN_HOUR, STANDARD_OR_EXTENDED, true, PER_COUNSELOR, true, "sakai 5 II(1)"),
                new Activity(COUNSELING_COORDINATION, "事前調整（カウンセリング）", 1, UNSPECIFIED, NOT_BOOKED_IN_A_WINDOW, false, ONCE_PER_ACTIVITY, false, "sakai 5 II(1)エ, 9 ※1"),
                new Activity(COUNSELING_CASE_CONFERENCE, "ケース会議（カウンセリング）", 1, ABOUT_AN_HOUR, NOT_BOOKED_IN_A_WINDOW, false, PER_COUNSELOR, false, "sakai 5 II(2), 9 ※2"),
                new Activity(STAFF_TRAINING, "職員研修", 1, ABOUT_AN_HOUR, NOT_BOOKED_IN_A_WINDOW, false, LUMP_SUM, false, "sakai 5 III"),
                // sakai 5 IV: attended by the business manager and staff, not counselors as such
                new Activity(LIAISON_MEETING, "連絡会議", 0, ABOUT_AN_HOUR, NOT_BOOKED_IN_A_WINDOW, false, LUMP_SUM, false, "sakai 5 IV, 9 ※2"));

        Map<AutoReply, String> replies = new EnumMap<>(AutoReply.class);
        // Shown on the city's request screen; no chat in this contract
        replies.put(AutoReply.OUTSIDE_TERM,
                "この聴取・カウンセリングの事業は、いまは受付期間外です。"
                        + "いじめや学校のことでつらいときは、24時間子供SOSダイヤル（0120-0-78310）に、夜でも休みの日でも電話できます。"
                        + "保護者の方は、よりそいホットライン（0120-279-338）や、こころの健康相談統一ダイヤル（0570-064-556）もご利用ください。"
                        + "堺市のいじめ不登校対策支援室にもご相談いただけます。");
        replies.put(AutoReply.NOT_ELIGIBLE,
                "この聴取・カウンセリングは、堺市にお住まいのこども（18歳になってから最初の3月31日まで）と、その保護者の方のためのものです。"
                        + "あてはまらない方も、ひとりで抱えこまないでください。"
                        + "24時間子供SOSダイヤル（0120-0-78310）やよりそいホットライン（0120-279-338）で、いつでもお話を聴いてもらえます。"
                        + "お住まいの市町村の教育委員会にもご相談ください。");
        List<Parameter> parameters = List.of(
                new Parameter("contractDate", start.toString(), "履行期間の初日（契約締結日）", "sakai 4"),
                new Parameter("termEnd", end.toString(), "履行期間の末日", "sakai 4"),
                new Parameter("yearEndClosure", c.yearEndClosure().trim(), "平日の枠を除く年末年始（12月29日から翌年の1月3日まで）", "sakai 5 I(1)イ"),
                new Parameter("extendedClosedDay", c.extendedClosedDay().trim(), "土日祝の枠を除く日（1月1日）", "sakai 5 I(2)イ"),
                new Parameter("standardHours", c.standardHours().trim(), "原則の実施時間（月〜金）", "sakai 5 I(1)イ, 5 I(2)イ"),
                new Parameter("eveningHours", c.eveningHours().trim(), "困難な場合の平日夜間の実施時間", "sakai 5 I(2)イ ただし"),
                new Parameter("weekendHolidayHours", c.weekendHolidayHours().trim(), "困難な場合の土日祝の実施時間", "sakai 5 I(2)イ ただし"),
                new Parameter("minimumNoticeDays", Integer.toString(minimumNoticeDays), "発注者からの連絡は原則この日数前まで（短い場合も受け付け、注記する）", "sakai 5 I(1)イ, 5 I(2)イ, 5 II(1)イ"),
                new Parameter("plannedDispatches", Integer.toString(c.plannedDispatches()), "出務の予定数量", "sakai 9"),
                new Parameter("lateCancellationHours", Integer.toString(lateCancellationHours), "開始時刻前この時間以内の不参加連絡は出務として扱う", "sakai 9 ※3"),
                new Parameter("rosterDueDays", Integer.toString(c.rosterDueDays()), "相談員名簿の提出期限（契約締結日からの日数）", "sakai 6⑥"),
                new Parameter("monthlyReportDay", Integer.toString(c.monthlyReportDay()), "月報の提出日（翌月の日）", "sakai 7"),
                new Parameter("marchReportDay", Integer.toString(c.marchReportDay()), "3月分の月報の提出日（3月の日）", "sakai 7"),
                new Parameter("counselorTrainingDeadline", LocalDate.parse(c.counselorTrainingDeadline().trim()).toString(), "相談員研修を1回以上実施する期限", "sakai 6⑦ア"),
                new Parameter("staffTrainingsInTerm", Integer.toString(c.staffTrainingsInTerm()), "履行期間中の職員研修の回数", "sakai 5 III"),
                new Parameter("emergencyContactMinutes", Integer.toString(c.emergencyContactMinutes()), "緊急連絡先への連絡期限（分、「直ちに」）", "sakai 5 I(2)オ②"),
                new Parameter("emergencyAcknowledgeMinutes", Integer.toString(c.emergencyAcknowledgeMinutes()), "緊急連絡の応答確認（分）", "sakai 5 I(2)オ②, 8"),
                new Parameter("informationSharingCallBy", sharingCallBy.format(DateTimeFormatter.ofPattern("HH:mm")), "関係機関への情報提供が必要な内容を翌開庁日に電話する時刻", "sakai 5 I(2)オ②"),
                new Parameter("informationSharingAcknowledgeMinutes", Integer.toString(c.informationSharingAcknowledgeMinutes()), "情報提供の電話連絡の応答確認（分）", "sakai 5 I(2)オ②"));

        return new RuleSet(info, windows, staffing, qualifications, recipients, routing, reports, escalations,
                activities, replies, parameters);
    }

    private static Eligibility eligibility() {
        return new Eligibility(
                "いじめ不登校対策支援室に相談があった堺市内在住のこども（18歳に達する日以降の最初の3月31日まで）及びその保護者",
                "Children living in Sakai (up to the first March 31 on or after the day they reach 18) who consulted "
                        + "the city's bullying and school-refusal support office, and their parents",
                List.of(
                        new Attribute(PERSON_TYPE, "対象者の区分", true, List.of(
                                new Option("CHILD", "こども"),
                                new Option("PARENT", "保護者")), "sakai 5 I(2)ア, 5 II(1)ア, 5 II(1)カ"),
                        new Attribute(RESIDENCE, "お住まい", true, List.of(
                                new Option("SAKAI", "堺市内"),
                                new Option("OTHER", "堺市外")), "sakai 5 I(2)ア, 5 II(1)ア"),
                        new Attribute(PARENT_RELATION, "保護者の続柄", false, List.of(
                                new Option("FATHER", "父"),
                                new Option("MOTHER", "母"),
                                new Option("OTHER", "その他")), "sakai 様式1"),
                        new Attribute(HEARING_CONSENT, "聴取への保護者の同意", false, List.of(
                                new Option("PENDING", "後日回答"),
                                new Option("GIVEN", "同意あり"),
                                new Option("REFUSED", "同意なし")), "sakai 5 I(1), 5 I(2)ア, 様式1"),
                        new Attribute(COUNSELING_CONSENT, "こどもの面談への保護者の同意", false, List.of(
                                new Option("GIVEN", "同意あり"),
                                new Option("NOT_GIVEN", "同意なし")), "sakai 5 II(1)ア"),
                        new Attribute(FEEDBACK_WISH, "フィードバックの希望", false, List.of(
                                new Option("WANTED", "希望する"),
                                new Option("NOT_WANTED", "希望しない")), "sakai 5 I(4)")),
                "sakai 5 I(2)ア, 5 II(1)ア");
    }

    private static ReportObligation event(String id, String nameJa, String name, Purpose purpose, String clause) {
        return new ReportObligation(id, nameJa, name, ReportPeriod.EVENT, null, purpose, clause);
    }

    /**
     * sakai 5 I(2)イ: in the year-end closure only the Sat/Sun/holiday window stays open (not on January 1),
     * so the days of the term with no window at all are the closure's weekdays and January 1. The one
     * holiday a closure weekday can be besides January 1 is the 振替休日 on Monday January 2.
     */
    private static List<DateRange> yearEndPauses(LocalDate start, LocalDate end, MonthDay[] closure,
                                                 MonthDay extendedClosedDay) {
        List<DateRange> pauses = new ArrayList<>();
        LocalDate runStart = null;
        for (LocalDate d = start; !d.isAfter(end.plusDays(1)); d = d.plusDays(1)) {
            boolean closed = !d.isAfter(end) && inClosure(MonthDay.from(d), closure) && noWindowAtYearEnd(d, extendedClosedDay);
            if (closed && runStart == null) {
                runStart = d;
            } else if (!closed && runStart != null) {
                pauses.add(new DateRange(runStart, d.minusDays(1)));
                runStart = null;
            }
        }
        return pauses;
    }

    private static boolean inClosure(MonthDay md, MonthDay[] closure) {
        return closure[0].isAfter(closure[1])
                ? !md.isBefore(closure[0]) || !md.isAfter(closure[1])
                : !md.isBefore(closure[0]) && !md.isAfter(closure[1]);
    }

    private static boolean noWindowAtYearEnd(LocalDate d, MonthDay extendedClosedDay) {
        if (MonthDay.from(d).equals(extendedClosedDay)) {
            return true;
        }
        boolean weekend = d.getDayOfWeek() == SATURDAY || d.getDayOfWeek() == SUNDAY;
        boolean substituteNewYear = d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 2
                && d.getDayOfWeek() == MONDAY;
        return !weekend && !substituteNewYear;
    }

    private static MonthDay[] monthDayRange(String value) {
        String[] parts = value.trim().split("\\.\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected MM-DD..MM-DD: " + value);
        }
        return new MonthDay[] {monthDay(parts[0]), monthDay(parts[1])};
    }

    private static MonthDay monthDay(String value) {
        return MonthDay.parse("--" + value.trim());
    }

    private static LocalTime[] hours(String value) {
        String[] parts = value.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:MM-HH:MM: " + value);
        }
        return new LocalTime[] {LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())};
    }

    private static int nonNegative(String key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative: " + value);
        }
        return value;
    }
}
