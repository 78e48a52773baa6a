package org.yorisoi.contract.kyoto.internal;

import static org.yorisoi.contract.spi.ExperienceKind.CHILD_WELFARE;
import static org.yorisoi.contract.spi.ExperienceKind.COUNSELING_CHAT_SNS;
import static org.yorisoi.contract.spi.ExperienceKind.COUNSELING_FACE_TO_FACE;
import static org.yorisoi.contract.spi.ExperienceKind.COUNSELING_MAIL;
import static org.yorisoi.contract.spi.ExperienceKind.COUNSELING_PHONE;
import static org.yorisoi.contract.spi.ExperienceKind.EDUCATION_COUNSELING;
import static org.yorisoi.contract.spi.ExperienceKind.TEACHING;
import static org.yorisoi.contract.spi.Qualification.CERTIFIED_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.CLINICAL_PSYCHOLOGIST;
import static org.yorisoi.contract.spi.Qualification.CLINICAL_PSYCHOLOGY_DEGREE;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
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
 * Kyoto 2023: SNS consultation for junior-high and high-school students on bullying, school refusal and
 * other worries (令和5年度いじめ、不登校等に関するSNS等を活用した相談体制構築事業). 94 staffed evenings,
 * reports routed by the consulter's school to 京都市教育委員会, 京都府文教課 or 京都府教育委員会.
 */
@Component(service = Contract.class, configurationPid = "org.yorisoi.contract.kyoto")
@Designate(ocd = KyotoContract.Config.class)
public class KyotoContract implements RuleBasedContract {

    @ObjectClassDefinition(name = "Yorisoi contract: Kyoto SNS consultation",
            description = "京都府 令和5年度いじめ、不登校等に関するSNS等を活用した相談体制構築事業 (仕様書)")
    public @interface Config {
        @AttributeDefinition(description = "Consultation term, first..last day (kyoto 3, 6(2): 令和5年7月14日から令和6年3月31日まで)")
        String term() default "2023-07-14..2024-03-31";

        @AttributeDefinition(description = "Clause ア: the weekly staffed days, comma-separated (kyoto 6(2)ア 毎週月・金曜日)")
        String clauseADays() default "MONDAY,FRIDAY";

        @AttributeDefinition(description = "Clause ア: the span of the weekly days (kyoto 6(2)ア)")
        String clauseAPeriod() default "2023-07-14..2024-03-31";

        @AttributeDefinition(description = "Clause ア: dates excluded from the weekly days, comma-separated; each is also a pause of the term (kyoto 6(2)ア ※令和6年1月1日を除く)")
        String clauseAExcept() default "2024-01-01";

        @AttributeDefinition(description = "Clause イ: every day of this span except the clause ア weekdays (kyoto 6(2)イ)")
        String clauseIPeriod() default "2023-07-14..2023-07-20";

        @AttributeDefinition(description = "Clause ウ: every day of this span except the clause ア weekdays (kyoto 6(2)ウ)")
        String clauseUPeriod() default "2023-08-21..2023-09-03";

        @AttributeDefinition(description = "Clause エ: every day of this span except the clause ア weekdays (kyoto 6(2)エ)")
        String clauseEPeriod() default "2024-01-04..2024-01-10";

        @AttributeDefinition(description = "Consultation hours on every staffed day, HH:MM-HH:MM, end exclusive (kyoto 6(3) 午後5時から同10時まで)")
        String hours() default "17:00-22:00";

        @AttributeDefinition(description = "Channels, comma-separated: LINE, WEB (kyoto 6(1)ア SNS等, 7(6)ウ LINE)")
        String channels() default "LINE,WEB";

        @AttributeDefinition(description = "Counselors on duty at every instant of the hours, at least (kyoto 6(5)ア(ウ)① 少なくとも2名以上)")
        int counselorsMinimum() default 2;

        @AttributeDefinition(description = "Counselors on duty the operator plans for (kyoto 6(5)ア(ウ)① 6名程度); a target, not a bound")
        int counselorsTarget() default 6;

        @AttributeDefinition(description = "Counselor (b): months of teaching, child-welfare or education-counseling career, at least (kyoto 6(5)ア(ウ)②(b) 職の経験を有し)")
        int careerMinimumMonths() default 1;

        @AttributeDefinition(description = "Counselor (b)(c): years of face-to-face, phone, mail or SNS counseling, at least (kyoto 6(5)ア(ウ)②(b)(c) 1年以上)")
        int counselingExperienceYears() default 1;

        @AttributeDefinition(description = "Out-of-hours message: call back by the end of this consultation day after it (1 = the next consultation day; kyoto 6(5)ア「時間外の相談等への対応」 原則として翌相談日以降)")
        int callbackConsultationDays() default 1;

        @AttributeDefinition(description = "Case needing school guidance or information to agencies: contact the board by this time of the next day, HH:MM (kyoto 6(7)ウ 翌日午前9時まで)")
        String caseInformationBy() default "09:00";

        @AttributeDefinition(description = "Case information: re-notify and alert the lead when the board has not acknowledged within this many hours")
        int caseInformationAcknowledgeHours() default 12;

        @AttributeDefinition(description = "All consultations and the analysis report: due this many days after the term (kyoto 6(7)イ, エ 相談期間終了後1週間以内)")
        int deliverableDays() default 7;

        @AttributeDefinition(description = "Staff roster and facilities document: due this many days before the first consultation day (kyoto 6(5)イ(ア) 委託業務開始前)")
        int rosterDaysBeforeStart() default 1;

        @AttributeDefinition(description = "Consultation contents are erased at the latest this many days after the term; not less than deliverableDays (kyoto 7(6)ア(ク) 委託期間終了後速やかに)")
        int erasureDaysAfterTerm() default 14;

        @AttributeDefinition(description = "Emergency: voice call offered, board notified and police called as needed within this many minutes (kyoto 6(8) できるだけ早く・直ちに)")
        int emergencyMinutes() default 10;

        @AttributeDefinition(description = "Emergency: re-notify and alert the lead when the board has not acknowledged within this many minutes")
        int emergencyAcknowledgeMinutes() default 10;
    }

    // Recipients (kyoto 6(5)イ, 6(7)ア)
    static final String PREFECTURE = "kyoto-prefecture";
    static final String PREFECTURE_BOARD = "kyoto-prefecture-board";
    static final String CITY_BOARD = "kyoto-city-board";
    static final String PRIVATE_SCHOOLS_DIVISION = "kyoto-prefecture-bunkyo";

    // Intake attribute keys and codes
    static final String SCHOOL_TYPE = "schoolType";
    static final String KYOTO_CITY_MUNICIPAL = "KYOTO_CITY_MUNICIPAL";
    static final String PREFECTURAL = "PREFECTURAL";
    static final String OTHER_MUNICIPAL = "OTHER_MUNICIPAL";
    static final String NATIONAL = "NATIONAL";
    static final String PRIVATE = "PRIVATE";
    static final String UNKNOWN = "UNKNOWN";
    static final String SCHOOL_LEVEL = "schoolLevel";

    /** The approval recorded for a counselor outside (a)–(c) (kyoto 6(5)ア(ウ)② ただし). */
    static final String COMMISSIONER_APPROVAL = "kyoto-commissioner-approval";

    /** Everything the specification sends to the board of the consulter's school (kyoto 6(7)ア〜エ・カ, 6(8)). */
    private static final Set<Purpose> BY_SCHOOL = EnumSet.of(Purpose.REPORTS, Purpose.CASE_INFORMATION,
            Purpose.EMERGENCY, Purpose.TERM_DELIVERABLES, Purpose.CONTENT_ACCESS);

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private volatile RuleSet rules;

    @Activate
    @Modified
    void configure(Config config) {
        rules = rules(config);
    }

    @Override
    public RuleSet rules() {
        return rules;
    }

    // ---- rules the SPI cannot express yet ----

    /**
     * kyoto 6(7)ア: a consultation whose school is not given, or given as an answer the specification does not
     * name (UNKNOWN, or a code this contract does not know), is routed to 京都府教育委員会 as "その他の学校"
     * and must be reviewed by the lead, who corrects the school type when it becomes known.
     *
     * @return the reason to show the lead, empty when the routing is certain
     */
    public Optional<String> schoolReviewFlag(Map<String, String> attributes) {
        String type = attributes.get(SCHOOL_TYPE);
        boolean known = type != null && !UNKNOWN.equals(type) && rules.info().eligibility().attributes().get(0)
                .options().stream().anyMatch(o -> o.code().equals(type));
        return known ? Optional.empty()
                : Optional.of("学校の種類が不明のため京都府教育委員会に送付します。判明したら学校の種類を記録し、送付先を確認してください（仕様書6(7)ア）");
    }

    /**
     * kyoto 6(5)ア「時間外の相談等への対応」: an out-of-hours message gets a call-back (呼びかけ) within the hours, as a rule on the next
     * consultation day or later: by the end of the N-th staffed window that starts after the message
     * (N = callbackConsultationDays). Empty when the term has no such window left.
     */
    public Optional<LocalDateTime> callbackDue(LocalDateTime received, HolidayCalendar holidays) {
        RuleSet r = rules;
        int n = Integer.parseInt(r.parameters().stream().filter(p -> p.key().equals("callbackConsultationDays"))
                .findFirst().orElseThrow().value());
        Term term = r.info().term();
        int seen = 0;
        LocalDate first = received.toLocalDate().isBefore(term.start()) ? term.start() : received.toLocalDate();
        for (LocalDate d = first; !d.isAfter(term.end()); d = d.plusDays(1)) {
            for (WindowRule w : r.windows()) {
                if (w.days().appliesOn(d, holidays) && d.atTime(w.start()).isAfter(received) && ++seen == n) {
                    return Optional.of(w.endsAtMidnight() ? d.plusDays(1).atStartOfDay() : d.atTime(w.end()));
                }
            }
        }
        return Optional.empty();
    }

    // ---- the rules, one per line with its clause ----

    static RuleSet rules(Config c) {
        DateRange term = span(c.term());
        Set<DayOfWeek> weekly = daysOfWeek(c.clauseADays());
        DateRange periodA = span(c.clauseAPeriod());
        List<DateRange> exceptA = DateRange.parseList(c.clauseAExcept());
        DateRange periodI = span(c.clauseIPeriod());
        DateRange periodU = span(c.clauseUPeriod());
        DateRange periodE = span(c.clauseEPeriod());
        LocalTime[] hours = hours(c.hours());
        Set<Channel> channels = channels(c.channels());
        int counselorsMinimum = atLeast("counselorsMinimum", c.counselorsMinimum(), 2);
        int counselorsTarget = atLeast("counselorsTarget", c.counselorsTarget(), counselorsMinimum);
        int careerMonths = atLeast("careerMinimumMonths", c.careerMinimumMonths(), 1);
        int counselingYears = atLeast("counselingExperienceYears", c.counselingExperienceYears(), 1);
        int callbackConsultationDays = atLeast("callbackConsultationDays", c.callbackConsultationDays(), 1);
        LocalTime caseInformationBy = LocalTime.parse(c.caseInformationBy().trim());
        Duration caseInformationAck = Duration.ofHours(atLeast("caseInformationAcknowledgeHours", c.caseInformationAcknowledgeHours(), 1));
        int deliverableDays = atLeast("deliverableDays", c.deliverableDays(), 0);
        int rosterDaysBefore = atLeast("rosterDaysBeforeStart", c.rosterDaysBeforeStart(), 0);
        int erasureDays = atLeast("erasureDaysAfterTerm", c.erasureDaysAfterTerm(), deliverableDays);
        Duration atOnce = Duration.ofMinutes(atLeast("emergencyMinutes", c.emergencyMinutes(), 1));
        Duration emergencyAck = Duration.ofMinutes(atLeast("emergencyAcknowledgeMinutes", c.emergencyAcknowledgeMinutes(), 1));

        // kyoto 6(2)ア: every Monday and Friday 2023-07-14..2024-03-31, holidays included, not 2024-01-01 (74 days)
        DayRule clauseA = ((DayRule) (d, h) -> weekly.contains(d.getDayOfWeek())).between(periodA).exceptDuring(exceptA);
        // kyoto 6(2)イ・ウ・エ: every day of the span, ※月・金曜を除く (those are clause ア's)
        DayRule notWeekly = (d, h) -> !weekly.contains(d.getDayOfWeek());
        List<WindowRule> windows = List.of(
                new WindowRule(WindowKind.HUMAN, clauseA, hours[0], hours[1], "kyoto 6(2)ア, 6(3)"),
                new WindowRule(WindowKind.HUMAN, DayRule.within(periodI).and(notWeekly), hours[0], hours[1], "kyoto 6(2)イ, 6(3)"),
                new WindowRule(WindowKind.HUMAN, DayRule.within(periodU).and(notWeekly), hours[0], hours[1], "kyoto 6(2)ウ, 6(3)"),
                new WindowRule(WindowKind.HUMAN, DayRule.within(periodE).and(notWeekly), hours[0], hours[1], "kyoto 6(2)エ, 6(3)"));

        ContractInfo info = new ContractInfo("kyoto",
                "Kyoto SNS consultation on bullying and school refusal (FY2023)",
                "令和5年度いじめ、不登校等に関するSNS等を活用した相談体制構築事業",
                "京都府・京都府教育委員会・京都市教育委員会",
                // kyoto 6(2)ア ※: the excluded dates are the term's pauses (PAUSED reply that day)
                new Term(term.start(), term.end(), exceptA,
                        "kyoto 3, 6(2)"),
                eligibility(),
                channels);

        List<StaffingRule> staffing = List.of(
                // kyoto 6(5)ア(ア)①: one contract manager (受託管理責任者)
                StaffingRule.named(1, Role.CONTRACT_MANAGER, "kyoto 6(5)ア(ア)①"),
                // kyoto 6(5)ア(イ)①: one consultation lead (相談責任者) at all times in the hours
                StaffingRule.atLeast(1, Role.LEAD, WindowKind.HUMAN, "kyoto 6(5)ア(イ)①"),
                // kyoto 6(5)ア(ウ)①: about 6, at least 2 counselors at all times, not counting manager and lead
                StaffingRule.atLeast(counselorsMinimum, Role.COUNSELOR, WindowKind.HUMAN, "kyoto 6(5)ア(ウ)①"));

        Requirement counseling = Requirement.experience(counselingYears, COUNSELING_FACE_TO_FACE, COUNSELING_PHONE,
                COUNSELING_MAIL, COUNSELING_CHAT_SNS);
        // kyoto 6(5)ア(ウ)②(a): 公認心理師又は臨床心理士
        Requirement a = Requirement.anyOf(CERTIFIED_PSYCHOLOGIST, CLINICAL_PSYCHOLOGIST);
        // kyoto 6(5)ア(ウ)②(b): 教職又は児童福祉、教育相談の職の経験 かつ 対面・電話・メール・SNS相談1年以上
        Requirement b = Requirement.allOf(
                new Requirement.Experience(EnumSet.of(TEACHING, CHILD_WELFARE, EDUCATION_COUNSELING), careerMonths),
                counseling);
        // kyoto 6(5)ア(ウ)②(c): 大学・大学院で臨床心理学等を修了 かつ 対面・電話・メール・SNS相談1年以上
        Requirement cc = Requirement.allOf(Requirement.anyOf(CLINICAL_PSYCHOLOGY_DEGREE), counseling);
        // kyoto 6(5)ア(ウ)② ただし: otherwise only with the commissioner's approval, recorded
        Requirement exception = Requirement.approvedException(COMMISSIONER_APPROVAL, "委託者");
        List<QualificationRule> qualifications = List.of(
                QualificationRule.forRole(Role.COUNSELOR, Requirement.either(a, b, cc, exception), "kyoto 6(5)ア(ウ)②"));

        List<Recipient> recipients = List.of(
                new Recipient(PREFECTURE_BOARD, "京都府教育委員会", "Kyoto Prefectural Board of Education"),
                new Recipient(CITY_BOARD, "京都市教育委員会", "Kyoto City Board of Education"),
                new Recipient(PRIVATE_SCHOOLS_DIVISION, "京都府文教課", "Kyoto Prefecture, Private Schools Division (文教課)"),
                new Recipient(PREFECTURE, "京都府", "Kyoto Prefecture"));

        List<RoutingRule> routing = List.of(
                // kyoto 6(7)ア〜エ・カ, 6(8): 京都市立学校の場合は、京都市教育委員会
                new RoutingRule(BY_SCHOOL, Map.of(SCHOOL_TYPE, KYOTO_CITY_MUNICIPAL), List.of(CITY_BOARD), "kyoto 6(7)ア〜エ・カ, 6(8)"),
                // kyoto 6(7)ア〜エ・カ, 6(8): 私立学校の場合は、京都府文教課
                new RoutingRule(BY_SCHOOL, Map.of(SCHOOL_TYPE, PRIVATE), List.of(PRIVATE_SCHOOLS_DIVISION), "kyoto 6(7)ア〜エ・カ, 6(8)"),
                // kyoto 6(7)ア〜エ・カ, 6(8): その他の学校の場合は、京都府教育委員会 (unknown too, flagged: schoolReviewFlag)
                new RoutingRule(BY_SCHOOL, Map.of(), List.of(PREFECTURE_BOARD), "kyoto 6(7)ア〜エ・カ, 6(8)"),
                // kyoto 6(5)イ(ア)(イ), ウ(ウ), エ: roster, facilities, training reports to all three
                RoutingRule.forPurpose(Purpose.ROSTER, "kyoto 6(5)イ, 6(5)ウ(ウ), 6(5)エ", PREFECTURE, PREFECTURE_BOARD, CITY_BOARD),
                // kyoto 7(6): the three own all contents; anything else for 委託者 goes to all three
                RoutingRule.always("kyoto 7(6), 7(8)", PREFECTURE, PREFECTURE_BOARD, CITY_BOARD));

        Due afterTerm = Due.daysAfterPeriodEnd(deliverableDays);
        Due beforeStart = Due.daysFromTermStart(-rosterDaysBefore);
        List<ReportObligation> reports = List.of(
                // kyoto 6(7)ア: the day's consultations (主訴, 助言, 相談時刻, 相談時間) by the end of the next day
                new ReportObligation("daily", "相談に対応した日の概要", "Daily summary of consultations",
                        ReportPeriod.DAILY, Due.daysAfterPeriodEnd(1), Purpose.REPORTS, "kyoto 6(7)ア"),
                // kyoto 6(7)イ: all consultations as electronic data within 1 week after the term
                new ReportObligation("all-consultations", "全ての相談の概要（電子データ）", "All consultations (electronic data)",
                        ReportPeriod.TERM, afterTerm, Purpose.TERM_DELIVERABLES, "kyoto 6(7)イ"),
                // kyoto 6(7)エ: analysis (成果と課題, 効果的な取組, 電話・来所相談に繋げる手法) within 1 week after the term
                new ReportObligation("analysis", "相談の概要の分析・研究", "Analysis of the consultations",
                        ReportPeriod.TERM, afterTerm, Purpose.TERM_DELIVERABLES, "kyoto 6(7)エ"),
                // kyoto 6(5)イ(ア): roster with qualifications and experience before the work starts
                new ReportObligation("roster", "従事者名簿（資格、相談等の経験歴を含む）", "Staff roster",
                        ReportPeriod.TERM_START, beforeStart, Purpose.ROSTER, "kyoto 6(5)イ(ア)"),
                // kyoto 6(5)ウ(ウ): the facilities document; no date in the spec, read as with the roster
                new ReportObligation("facilities", "相談室の設備の状況がわかる資料", "Facilities of the consultation room",
                        ReportPeriod.TERM_START, beforeStart, Purpose.ROSTER, "kyoto 6(5)ウ(ウ)"),
                // kyoto 6(5)イ(イ): a changed roster, promptly on every change
                event("roster-change", "従事者名簿の変更", "Staff roster change", Purpose.ROSTER, "kyoto 6(5)イ(イ)"),
                // kyoto 6(7)ウ: case needing school guidance or information to agencies, by 09:00 the next day
                event("case-information", "学校への指導や関係機関等への情報提供が必要な相談の連絡", "Case information",
                        Purpose.CASE_INFORMATION, "kyoto 6(7)ウ"),
                // kyoto 6(5)エ: training content consulted beforehand, and reported after each training
                event("training-report", "相談員研修の報告", "Counselor training report", Purpose.ROSTER, "kyoto 6(5)エ"),
                // kyoto 7(6)イ⑭: record of privacy and security training of the staff
                event("privacy-training-record", "個人情報保護及び情報セキュリティに関する研修の記録", "Privacy training record",
                        Purpose.DATA_PROTECTION, "kyoto 7(6)イ⑭"),
                // kyoto 7(6)イ⑮: operation and maintenance work log, on the commissioner's request
                event("operations-log", "システムのオペレーション・運用保守の作業記録", "Operations and maintenance log",
                        Purpose.DATA_PROTECTION, "kyoto 7(6)イ⑮"),
                // kyoto 7(6)ア(ク): contents erased irrecoverably after the deliverables, at the latest N days after the term
                new ReportObligation("erasure", "相談内容に係る情報の廃棄・消去", "Erasure of consultation contents",
                        ReportPeriod.TERM, Due.daysAfterPeriodEnd(erasureDays), Purpose.DATA_PROTECTION, "kyoto 7(6)ア(ク)"));

        List<EscalationRule> escalations = List.of(
                new EscalationRule(Trigger.EMERGENCY, List.of(
                        // kyoto 6(8): 相手の了解を得た上でできるだけ早く音声通話による相談をうながす
                        EscalationStep.withConsent(StepKind.OFFER_VOICE_CALL, Deadline.within(atOnce),
                                "相手の了解を得た上で、できるだけ早く音声通話による相談をうながす", "kyoto 6(8)"),
                        // kyoto 6(8): 可能な限り相談者の氏名や所在地を聞き出す
                        EscalationStep.step(StepKind.IDENTIFY_CONSULTER, Deadline.within(atOnce),
                                "可能な限り相談者の氏名や所在地を聞き出す", "kyoto 6(8)"),
                        // kyoto 6(8) なお: 直ちに連絡 — the board of the consulter's school (routed)
                        EscalationStep.notify(Purpose.EMERGENCY, Deadline.within(atOnce), emergencyAck,
                                "学校に応じた教育委員会等の担当者（京都市立学校は京都市教育委員会、私立学校は京都府文教課、その他は京都府教育委員会）に直ちに連絡する",
                                "kyoto 6(8)"),
                        // kyoto 6(8) なお: 必要に応じて警察等の関係機関にも通報し、安否確認を依頼
                        EscalationStep.step(StepKind.NOTIFY_POLICE, Deadline.within(atOnce),
                                "必要に応じて警察等の関係機関にも通報し、安否確認を依頼する", "kyoto 6(8)"),
                        // kyoto 6(7)ウ: the case is also contacted in writing by 09:00 the next day
                        new EscalationStep(StepKind.REPORT_OUTCOME, Purpose.CASE_INFORMATION,
                                Deadline.nextDayBy(caseInformationBy), caseInformationAck, false,
                                "関係機関等への情報提供が必要な相談として、翌日午前" + caseInformationBy.getHour() + "時までに委託者に連絡する",
                                "kyoto 6(7)ウ")),
                        "kyoto 6(8)"),
                new EscalationRule(Trigger.INFORMATION_SHARING, List.of(
                        // kyoto 6(7)ウ: 相談終了後の翌日午前9時まで、ア及びイとは別に委託者に連絡
                        EscalationStep.notify(Purpose.CASE_INFORMATION, Deadline.nextDayBy(caseInformationBy), caseInformationAck,
                                "学校への指導や関係機関等への情報提供が必要と判断される相談について、相談終了後の翌日午前"
                                        + caseInformationBy.getHour() + "時までに委託者に連絡する",
                                "kyoto 6(7)ウ")),
                        "kyoto 6(7)ウ"));

        Map<AutoReply, String> autoReplies = autoReplies(hours);

        List<Parameter> parameters = List.of(
                new Parameter("term", term.toString(), "相談期間（初日..末日）", "kyoto 3, 6(2)"),
                new Parameter("clauseADays", String.join(",", split(c.clauseADays().toUpperCase(Locale.ROOT))), "アの曜日（毎週月・金曜日）", "kyoto 6(2)ア"),
                new Parameter("clauseAPeriod", periodA.toString(), "アの期間", "kyoto 6(2)ア"),
                new Parameter("clauseAExcept", dates(exceptA), "アから除く日（令和6年1月1日）", "kyoto 6(2)ア"),
                new Parameter("clauseIPeriod", periodI.toString(), "イの期間（月・金曜を除く）", "kyoto 6(2)イ"),
                new Parameter("clauseUPeriod", periodU.toString(), "ウの期間（月・金曜を除く）", "kyoto 6(2)ウ"),
                new Parameter("clauseEPeriod", periodE.toString(), "エの期間（月・金曜を除く）", "kyoto 6(2)エ"),
                new Parameter("hours", hours[0].format(HH_MM) + "-" + hours[1].format(HH_MM), "相談時間", "kyoto 6(3)"),
                new Parameter("channels", String.join(",", split(c.channels().toUpperCase(Locale.ROOT))), "相談の経路", "kyoto 6(1)ア, 7(6)ウ"),
                new Parameter("counselorsMinimum", Integer.toString(counselorsMinimum), "相談時間内に常時配置する相談員の最少人数", "kyoto 6(5)ア(ウ)①"),
                new Parameter("counselorsTarget", Integer.toString(counselorsTarget), "相談員の配置の目安（6名程度）", "kyoto 6(5)ア(ウ)①"),
                new Parameter("careerMinimumMonths", Integer.toString(careerMonths), "(b)教職・児童福祉・教育相談の職の経験（月）", "kyoto 6(5)ア(ウ)②(b)"),
                new Parameter("counselingExperienceYears", Integer.toString(counselingYears), "(b)(c)対面・電話・メール・SNS相談の経験（年）", "kyoto 6(5)ア(ウ)②(b)(c)"),
                new Parameter("callbackConsultationDays", Integer.toString(callbackConsultationDays), "時間外の相談への呼びかけの期限（何相談日目の相談時間の終わりまでか）", "kyoto 6(5)ア「時間外の相談等への対応」"),
                new Parameter("caseInformationBy", caseInformationBy.format(HH_MM), "情報提供が必要な相談の連絡期限（翌日の時刻）", "kyoto 6(7)ウ"),
                new Parameter("caseInformationAcknowledgeHours", Long.toString(caseInformationAck.toHours()), "情報提供の連絡の受領確認（時間）", "kyoto 6(7)ウ"),
                new Parameter("deliverableDays", Integer.toString(deliverableDays), "全相談の概要・分析の提出期限（相談期間終了後の日数）", "kyoto 6(7)イ, エ"),
                new Parameter("rosterDaysBeforeStart", Integer.toString(rosterDaysBefore), "従事者名簿・設備資料の提出期限（相談開始の何日前）", "kyoto 6(5)イ(ア), 6(5)ウ(ウ)"),
                new Parameter("erasureDaysAfterTerm", Integer.toString(erasureDays), "相談内容の消去の最終期限（相談期間終了後の日数）", "kyoto 7(6)ア(ク)"),
                new Parameter("emergencyMinutes", Long.toString(atOnce.toMinutes()), "緊急時の音声通話の勧め・委託者への連絡・警察等への通報の期限（分）", "kyoto 6(8)"),
                new Parameter("emergencyAcknowledgeMinutes", Long.toString(emergencyAck.toMinutes()), "緊急連絡の受領確認（分）", "kyoto 6(8)"));

        return new RuleSet(info, windows, staffing, qualifications, recipients, routing, reports, escalations,
                List.of(), autoReplies, parameters);
    }

    private static Eligibility eligibility() {
        return new Eligibility(
                "府内全ての中学校、義務教育学校（後期課程）、高等学校、府立特別支援学校（中学部及び高等部）及び"
                        + "京都市立総合支援学校（中学部・高等部）に在籍する全ての生徒（約140,000人）",
                "All students (about 140,000) of every junior-high school, compulsory-education school (later course) "
                        + "and high school in Kyoto Prefecture, of the prefectural special-needs schools (junior-high and "
                        + "high divisions) and of the Kyoto-city 総合支援学校 (junior-high and high divisions)",
                List.of(
                        // kyoto 6(7)ア: decides the recipient; anonymous consulters may skip it
                        new Attribute(SCHOOL_TYPE, "通っている学校", false, List.of(
                                new Option(KYOTO_CITY_MUNICIPAL, "京都市立の学校"),
                                new Option(PREFECTURAL, "京都府立の学校"),
                                new Option(OTHER_MUNICIPAL, "京都市以外の市町村立の学校"),
                                new Option(NATIONAL, "国立の学校"),
                                new Option(PRIVATE, "私立の学校"),
                                new Option(UNKNOWN, "わからない・答えたくない")), "kyoto 6(7)ア"),
                        new Attribute(SCHOOL_LEVEL, "学年の区分", false, List.of(
                                new Option("JUNIOR_HIGH", "中学生（中学校・義務教育学校の後期課程・中学部）"),
                                new Option("HIGH", "高校生（高等学校・高等部）"),
                                new Option("OTHER", "そのほか")), "kyoto 6(4)")),
                "kyoto 6(4)");
    }

    private static Map<AutoReply, String> autoReplies(LocalTime[] hours) {
        String open = hours[0].getHour() + "時から" + hours[1].getHour() + "時";
        Map<AutoReply, String> r = new EnumMap<>(AutoReply.class);
        r.put(AutoReply.WELCOME,
                "メッセージありがとう。ここは京都府の中学生・高校生のための相談窓口です。"
                        + "いじめのこと、学校に行きづらいこと、そのほかの悩みも、どんなことでも送ってください。"
                        + "相談員が順番にお返事します。相談の内容は、あなたの学校の教育委員会など決められた人以外には伝えません。"
                        + "ただし、あなたの命や安全を守るために必要なときは、関係するところに連絡することがあります。");
        r.put(AutoReply.OUT_OF_HOURS,
                "メッセージありがとう。いまは相談の時間外です（相談日の" + open + "まで）。"
                        + "次の相談の時間（{nextOpening}から）以降に、相談員からこちらに声をかけますので、少し待っていてください。"
                        + "すぐに話したいときは、24時間子供SOSダイヤル（0120-0-78310）に電話できます。"
                        + "命にかかわる危ないときは、110番や119番に電話してください。");
        r.put(AutoReply.ALL_BUSY,
                "メッセージありがとう。いま相談員がほかの人とお話ししています。あなたは{queuePosition}番目です。"
                        + "順番が来たらお返事するので、このまま待っていてください。待つあいだに、話したいことを書いておいてもいいですよ。");
        r.put(AutoReply.CLOSING_TIME,
                "今日の相談の時間（" + hours[1].getHour() + "時まで）が過ぎました。話してくれてありがとう。"
                        + "続きは次の相談の時間（{nextOpening}から）に、またここで話しましょう。いつでも待っています。"
                        + "つらくなったときは、24時間子供SOSダイヤル（0120-0-78310）にも電話できます。");
        r.put(AutoReply.PAUSED,
                "メッセージありがとう。今日はお休みの日で、相談員はいません。"
                        + "次の相談の時間（{nextOpening}から）以降に、相談員からこちらに声をかけます。"
                        + "すぐに話したいときは、24時間子供SOSダイヤル（0120-0-78310）に電話できます。"
                        + "命にかかわる危ないときは、110番や119番に電話してください。");
        r.put(AutoReply.OUTSIDE_TERM,
                "メッセージありがとう。このSNS相談は、いまは受付期間外です。"
                        + "いじめや学校のこと、家のことなどでつらいときは、24時間子供SOSダイヤル（0120-0-78310）に、夜でも休みの日でも電話できます。"
                        + "18歳までの人は、チャイルドライン（0120-99-7777）でも話を聴いてもらえます。"
                        + "学校の先生やスクールカウンセラーにも相談してみてください。");
        r.put(AutoReply.NOT_ELIGIBLE,
                "メッセージありがとう。この窓口は、京都府内の中学校・高校などに通う生徒のための相談窓口です。"
                        + "あてはまらない人も、ひとりでがまんしないでください。"
                        + "24時間子供SOSダイヤル（0120-0-78310）や、よりそいホットライン（0120-279-338）で、いつでも話を聴いてもらえます。");
        return Map.copyOf(r);
    }

    private static ReportObligation event(String id, String nameJa, String name, Purpose purpose, String clause) {
        return new ReportObligation(id, nameJa, name, ReportPeriod.EVENT, null, purpose, clause);
    }

    /** A span {@code first..last}; a single day is no term or clause period. */
    private static DateRange span(String value) {
        if (!value.contains("..")) {
            throw new IllegalArgumentException("expected YYYY-MM-DD..YYYY-MM-DD: " + value);
        }
        return DateRange.parse(value);
    }

    /** The configuration text of excluded dates: single days as {@code YYYY-MM-DD}. */
    private static String dates(List<DateRange> ranges) {
        return DateRange.format(ranges).replaceAll("(\\d{4}-\\d{2}-\\d{2})\\.\\.\\1", "$1");
    }

    private static Set<DayOfWeek> daysOfWeek(String value) {
        List<String> names = split(value);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("clauseADays names no day");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(n -> days.add(DayOfWeek.valueOf(n.toUpperCase(Locale.ROOT))));
        return Set.copyOf(days);
    }

    private static Set<Channel> channels(String value) {
        List<String> names = split(value);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("channels names no channel");
        }
        return names.stream().map(n -> Channel.valueOf(n.toUpperCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalTime[] hours(String value) {
        String[] parts = value.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:MM-HH:MM: " + value);
        }
        return new LocalTime[] {LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())};
    }

    private static int atLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ": " + value);
        }
        return value;
    }
}
