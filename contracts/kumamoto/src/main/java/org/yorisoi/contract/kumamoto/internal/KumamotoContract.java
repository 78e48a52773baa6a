package org.yorisoi.contract.kumamoto.internal;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.yorisoi.contract.spi.Attribute;
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
import org.yorisoi.contract.spi.Parameter;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Qualification;
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
 * 令和8年度（2026年度）連携中枢都市圏 SNSを活用したこころの悩み相談等業務委託
 * (seed kumamoto-2026-hybrid-ai-mental-health.txt): an AI listening chat open 24/365 and, on Tuesdays and
 * Sundays 18:00–22:00, professional counselors, for residents of the ten municipalities of the Kumamoto
 * metropolitan partnership area.
 *
 * <p>{@link #configure(Config)} rebuilds every rule into one immutable snapshot published through a single
 * volatile field, so a reader never mixes an old and a new configuration.
 */
@Component(service = Contract.class, configurationPid = "org.yorisoi.contract.kumamoto")
@Designate(ocd = KumamotoContract.Config.class)
public class KumamotoContract implements RuleBasedContract {

    static final String ID = "kumamoto";
    /** 熊本市: the commissioning city (委託者) and the partnership's officer (連携中枢都市担当者, 6(12)). */
    static final String CITY = "kumamoto-city";
    /** 熊本市こころの健康センター (6(13)). */
    static final String CENTRE = "kumamoto-kokoro-centre";
    static final String MUNICIPALITY = "municipality";
    static final String OTHER = "OTHER";
    /** Recorded in a staff profile once the 特記事項第6条 training is done (see README). */
    static final String PRIVACY_TRAINING = "kumamoto-privacy-training";
    /** Recorded once the operator has checked the system manager's system/AI knowledge (6(7)エ). */
    static final String SYSTEM_AI_EXPERIENCE = "kumamoto-system-ai-experience";

    /** kumamoto 6(5): the ten municipalities, in the order of the specification. */
    record Municipality(String code, String nameJa, String recipientId, String name) {
    }

    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("UKI", "宇城市", "uki-city", "Uki City"),
            new Municipality("ASO", "阿蘇市", "aso-city", "Aso City"),
            new Municipality("MISATO", "美里町", "misato-town", "Misato Town"),
            new Municipality("KIKUYO", "菊陽町", "kikuyo-town", "Kikuyo Town"),
            new Municipality("NISHIHARA", "西原村", "nishihara-village", "Nishihara Village"),
            new Municipality("MINAMIASO", "南阿蘇村", "minamiaso-village", "Minamiaso Village"),
            new Municipality("YAMAGA", "山鹿市", "yamaga-city", "Yamaga City"),
            new Municipality("TAMANA", "玉名市", "tamana-city", "Tamana City"),
            new Municipality("OZU", "大津町", "ozu-town", "Ozu Town"),
            new Municipality("KUMAMOTO", "熊本市", CITY, "Kumamoto City"));

    @ObjectClassDefinition(name = "Yorisoi contract: Kumamoto hybrid AI + counselor mental-health consultation",
            description = "令和8年度 連携中枢都市圏 SNSを活用したこころの悩み相談等業務委託")
    public @interface Config {

        @AttributeDefinition(name = "Term start", description = "First day, ISO date (kumamoto 5, 6(3))")
        String termStart() default "2026-04-01";

        @AttributeDefinition(name = "Term end", description = "Last day, ISO date, included (kumamoto 5, 6(3))")
        String termEnd() default "2027-03-31";

        @AttributeDefinition(name = "Human pauses",
                description = "Comma-separated YYYY-MM-DD..YYYY-MM-DD spans without counselors; the AI lane stays "
                        + "open (kumamoto 6(4) ただし書き)")
        String humanPauses() default "2026-12-29..2027-01-03";

        @AttributeDefinition(name = "AI model id",
                description = "Generative-AI model the listening lane uses, chosen within the government "
                        + "generative-AI guideline and hosted in Japan (kumamoto 6(8)①No.1, 6(8)③). "
                        + "PLACEHOLDER: set the id of the model the city approves.")
        String aiModelId() default "yorisoi-listening-ja";

        @AttributeDefinition(name = "AI output filtering",
                description = "Filter the model's output against copyright infringement and unethical answers "
                        + "(kumamoto 6(8)①No.2)")
        boolean aiOutputFiltering() default true;

        @AttributeDefinition(name = "Weekly report due (days)",
                description = "The weekly report (Monday–Sunday) is due by the end of this calendar day after the "
                        + "Sunday (kumamoto 6(12) 1週間に1回); 1..7")
        int weeklyReportDueDays() default 3;

        @AttributeDefinition(name = "Consultation contents due (days after term)",
                description = "All consultation contents as electronic data are due by the end of this calendar "
                        + "day after the term ends; 0 = the last day of the term (kumamoto 6(12), 9)")
        int contentsDueDaysAfterTerm() default 0;

        @AttributeDefinition(name = "Counselors minimum",
                description = "Counselors on duty in every counselor window (kumamoto 6(7)オ 2～3名程度)")
        int counselorsMinimum() default 2;

        @AttributeDefinition(name = "Counselors maximum",
                description = "Counselors planned at most in a counselor window (kumamoto 6(7)オ 2～3名程度)")
        int counselorsMaximum() default 3;

        @AttributeDefinition(name = "Lead qualifications",
                description = "Comma-separated Qualification names accepted for the 相談責任者 "
                        + "(kumamoto 6(7)ウ 精神保健福祉士又は心理士等)")
        String leadQualifications() default "CERTIFIED_PSYCHOLOGIST,CLINICAL_PSYCHOLOGIST,PSYCHIATRIC_SOCIAL_WORKER";

        @AttributeDefinition(name = "Counselor SNS experience (months)",
                description = "Months of chat/SNS counseling a counselor must have (kumamoto 6(7)オ 知識と経験を"
                        + "有する; the spec names no length); 1..120")
        int counselorSnsExperienceMonths() default 1;

        @AttributeDefinition(name = "Centre contact (minutes)",
                description = "An emergency is reported to 熊本市こころの健康センター within this many minutes "
                        + "(kumamoto 6(13) 迅速に); 1..240")
        int centreContactMinutes() default 30;
    }

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

    // ---- the rules, one per line with its clause ----

    static RuleSet rules(Config config) {
        // kumamoto 5, 6(3): 令和8年4月1日から令和9年3月31日まで; 6(4) ただし書き: 有人は12月29日から1月3日を除く
        Term term = new Term(date("termStart", config.termStart()), date("termEnd", config.termEnd()),
                spans("humanPauses", config.humanPauses()), "kumamoto 5, 6(3), 6(4)");
        String aiModelId = config.aiModelId() == null ? "" : config.aiModelId().strip();
        if (aiModelId.isEmpty()) {
            throw new IllegalArgumentException("aiModelId must not be empty (kumamoto 6(8)①No.1)");
        }
        boolean filtering = config.aiOutputFiltering();
        int weeklyDue = within("weeklyReportDueDays", config.weeklyReportDueDays(), 1, 7);
        int contentsDue = within("contentsDueDaysAfterTerm", config.contentsDueDaysAfterTerm(), 0, 60);
        int counselorsMin = within("counselorsMinimum", config.counselorsMinimum(), 1, 20);
        int counselorsMax = within("counselorsMaximum", config.counselorsMaximum(), counselorsMin, 20);
        Set<Qualification> leadQualifications = qualifications("leadQualifications", config.leadQualifications());
        int snsMonths = within("counselorSnsExperienceMonths", config.counselorSnsExperienceMonths(), 1, 120);
        int centreMinutes = within("centreContactMinutes", config.centreContactMinutes(), 1, 240);

        List<Attribute.Option> municipalities = new ArrayList<>();
        MUNICIPALITIES.forEach(m -> municipalities.add(new Attribute.Option(m.code(), m.nameJa())));
        municipalities.add(new Attribute.Option(OTHER, "上記以外"));
        ContractInfo info = new ContractInfo(ID,
                "Kumamoto metropolitan area SNS mental-health consultation, hybrid AI and counselors (FY2026)",
                "令和8年度（2026年度）連携中枢都市圏 SNSを活用したこころの悩み相談等業務委託", "熊本市", term,
                new Eligibility("連携中枢都市圏で協定を結んだ市町村民（宇城市・阿蘇市・美里町・菊陽町・西原村・南阿蘇村・"
                        + "山鹿市・玉名市・大津町・熊本市）",
                        "Residents of the ten municipalities of the Kumamoto metropolitan partnership area",
                        List.of(
                                // kumamoto 6(5): 対象は10市町村民; others are answered sincerely and referred
                                new Attribute(MUNICIPALITY, "お住まいの市町村", false, municipalities, "kumamoto 6(5)"),
                                // kumamoto 6(12): 相談対応状況（相談件数、相談者実数、属性等）; 2: 女性や若年層
                                new Attribute("ageGroup", "年代", false, List.of(
                                        new Attribute.Option("TEENS_OR_YOUNGER", "10代以下"),
                                        new Attribute.Option("TWENTIES", "20代"),
                                        new Attribute.Option("THIRTIES", "30代"),
                                        new Attribute.Option("FORTIES", "40代"),
                                        new Attribute.Option("FIFTIES", "50代"),
                                        new Attribute.Option("SIXTIES", "60代"),
                                        new Attribute.Option("SEVENTIES_OR_OLDER", "70代以上"),
                                        new Attribute.Option("NO_ANSWER", "答えたくない")), "kumamoto 6(12)"),
                                new Attribute("gender", "性別", false, List.of(
                                        new Attribute.Option("FEMALE", "女性"),
                                        new Attribute.Option("MALE", "男性"),
                                        new Attribute.Option("OTHER", "その他"),
                                        new Attribute.Option("NO_ANSWER", "答えたくない")), "kumamoto 6(12)")),
                        "kumamoto 6(5)"),
                // kumamoto 6(6), 6(8)③: browser chat; 6(2)①: AI lane
                Set.of(Channel.WEB, Channel.AI));

        List<WindowRule> windows = List.of(
                // kumamoto 6(1), 6(4): AIによる対応 24時間365日 — the human pauses do not close the AI lane
                WindowRule.ai(DayRule.everyDay(), "00:00", "00:00", "kumamoto 6(4) AI 24時間365日"),
                // kumamoto 6(1), 6(4): 火曜・日曜の18時～22時, holidays as written, not 2026-12-29..2027-01-03
                WindowRule.human(DayRule.on(TUESDAY, SUNDAY).between(term.range()).exceptDuring(term.pauses()),
                        "18:00", "22:00", "kumamoto 6(4) 専門相談員 火曜・日曜"));

        List<StaffingRule> staffing = List.of(
                StaffingRule.named(1, Role.CONTRACT_MANAGER, "kumamoto 6(7)ア"),                 // 業務責任者を1名
                StaffingRule.namedAtLeast(1, Role.LEAD, "kumamoto 6(7)ウ"),                      // 相談責任者を1名以上
                StaffingRule.namedAtLeast(1, Role.SYSTEM_MANAGER, "kumamoto 6(7)エ"),            // システム責任者を1名以上
                StaffingRule.between(counselorsMin, counselorsMax, Role.COUNSELOR, WindowKind.HUMAN,
                        "kumamoto 6(7)オ"));                                                      // 2～3名程度

        // kumamoto 特記事項第6条2: no one handles personal data before the privacy training
        Requirement trained = new Requirement.Approved(PRIVACY_TRAINING,
                "個人情報管理責任者（特記事項第6条の教育・研修の修了）");
        List<QualificationRule> qualificationRules = List.of(
                // kumamoto 6(7)ウ: 精神保健福祉士又は心理士等の資格
                QualificationRule.forRole(Role.LEAD,
                        Requirement.allOf(anyOf(leadQualifications), trained), "kumamoto 6(7)ウ, 特記事項第6条2"),
                // kumamoto 6(7)オ: SNSを活用した相談対応に必要な知識と経験
                QualificationRule.forRole(Role.COUNSELOR,
                        Requirement.allOf(new Requirement.Experience(EnumSet.of(ExperienceKind.COUNSELING_CHAT_SNS),
                                snsMonths), trained), "kumamoto 6(7)オ, 特記事項第6条2"),
                // kumamoto 6(7)エ: システム開発ならびにAI相談に関する知識・経験 (no such ExperienceKind: recorded check)
                QualificationRule.forRole(Role.SYSTEM_MANAGER,
                        Requirement.allOf(new Requirement.Approved(SYSTEM_AI_EXPERIENCE,
                                "業務責任者（システム開発・AI相談の知識・経験の確認）"), trained),
                        "kumamoto 6(7)エ, 特記事項第6条2"),
                QualificationRule.forRole(Role.CONTRACT_MANAGER, trained, "kumamoto 特記事項第6条2"));

        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(CITY, "熊本市（委託者・連携中枢都市担当者）",
                "Kumamoto City (commissioner and partnership officer)"));
        recipients.add(new Recipient(CENTRE, "熊本市こころの健康センター", "Kumamoto City Mental Health Centre"));
        MUNICIPALITIES.stream().filter(m -> !m.recipientId().equals(CITY))
                .forEach(m -> recipients.add(new Recipient(m.recipientId(), m.nameJa() + "（連携中枢都市担当者）",
                        m.name() + " (partnership officer)")));

        List<RoutingRule> routing = new ArrayList<>();
        // kumamoto 6(13): 熊本市こころの健康センターへ迅速に連絡 — whoever the consulter is
        routing.add(RoutingRule.forPurpose(Purpose.EMERGENCY, "kumamoto 6(13)", CENTRE));
        // kumamoto 6(13) 後日、連携中枢都市が速やかに対応できるよう情報共有; 6(12) 相談内容を連携中枢都市へ提供:
        // the consulter's own municipality, with 熊本市 (委託者) in copy
        for (Municipality m : MUNICIPALITIES) {
            if (!m.recipientId().equals(CITY)) {
                routing.add(new RoutingRule(Set.of(Purpose.CASE_INFORMATION, Purpose.CONTENT_ACCESS),
                        Map.of(MUNICIPALITY, m.code()), List.of(m.recipientId(), CITY), "kumamoto 6(12), 6(13)"));
            }
        }
        routing.add(new RoutingRule(Set.of(Purpose.CASE_INFORMATION, Purpose.CONTENT_ACCESS), Map.of(),
                List.of(CITY), "kumamoto 6(12), 6(13)"));                         // 熊本市民, unknown, other
        routing.add(RoutingRule.forPurpose(Purpose.REPORTS, "kumamoto 6(12)", CITY));          // 担当者へ週1回
        routing.add(RoutingRule.forPurpose(Purpose.TERM_DELIVERABLES, "kumamoto 6(12), 9", CITY));
        routing.add(RoutingRule.forPurpose(Purpose.ROSTER, "kumamoto 6(7)カ", CITY));
        routing.add(RoutingRule.forPurpose(Purpose.DATA_PROTECTION, "kumamoto 特記事項第2条2", CITY)); // 委託者 = 熊本市

        List<ReportObligation> reports = List.of(
                // kumamoto 6(12): 相談対応状況（相談件数、相談者実数、属性等）を1週間に1回
                new ReportObligation("weekly", "相談対応状況の報告（相談件数、相談者実数、属性等）",
                        "Weekly consultation status report", ReportPeriod.WEEKLY, Due.daysAfterPeriodEnd(weeklyDue),
                        Purpose.REPORTS, "kumamoto 6(12)"),
                // kumamoto 6(12), 9: 相談内容は電子データとして保存し、連携中枢都市へ提供
                new ReportObligation("contents", "相談内容（電子データ）の提供",
                        "All consultation contents as electronic data", ReportPeriod.TERM,
                        Due.daysAfterPeriodEnd(contentsDue), Purpose.TERM_DELIVERABLES, "kumamoto 6(12), 9"),
                // kumamoto 6(8)①No.8: 必要に応じてチャットの利用状況に係る任意の情報を出力し提供
                new ReportObligation("usage-export", "チャットの利用状況に係る情報の出力・提供（求めに応じて）",
                        "Usage data export on request", ReportPeriod.EVENT, null, Purpose.REPORTS,
                        "kumamoto 6(8)①No.8"),
                // kumamoto 6(12): 名前や住所等が特定できた場合は相談状況とともに委託者へ報告
                new ReportObligation("identified", "特定できた氏名・住所等の報告（相談状況とともに）",
                        "Identified name or address, with the consultation", ReportPeriod.EVENT, null,
                        Purpose.REPORTS, "kumamoto 6(12)"),
                // kumamoto 6(7)カ: 実施期間前に名簿を提出; 変更は事前にかつ速やかに
                new ReportObligation("roster", "業務責任者・相談責任者・システム責任者・相談従事者の名簿",
                        "Staff roster", ReportPeriod.TERM_START, Due.daysFromTermStart(-1), Purpose.ROSTER,
                        "kumamoto 6(7)カ"),
                new ReportObligation("roster-change", "名簿の変更（事前にかつ速やかに）", "Roster change, in advance",
                        ReportPeriod.EVENT, null, Purpose.ROSTER, "kumamoto 6(7)カ"),
                // kumamoto 6(7)キ: 実施期間前に過去の関連実績を提出
                new ReportObligation("track-record", "AIによる対話形式での相談システムの開発・運用実績",
                        "Track record of AI chat systems", ReportPeriod.TERM_START, Due.daysFromTermStart(-1),
                        Purpose.REPORTS, "kumamoto 6(7)キ"),
                // kumamoto 特記事項第4条1: あらかじめ個人情報管理責任者及び事務取扱担当者を書面で報告
                new ReportObligation("privacy-staff", "個人情報管理責任者及び事務取扱担当者の届出",
                        "Personal-information manager and handlers", ReportPeriod.TERM_START,
                        Due.daysFromTermStart(-1), Purpose.DATA_PROTECTION, "kumamoto 特記事項第4条1"),
                // kumamoto 特記事項第4条3, 4: 管理責任者の変更は事前に申請し承認; 担当者の変更は事前に報告
                new ReportObligation("privacy-staff-change", "個人情報管理責任者の変更申請（事前承認）・事務取扱担当者の変更報告（事前）",
                        "Change of personal-information manager (prior approval) or handlers (prior notice)",
                        ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION, "kumamoto 特記事項第4条3, 4"),
                // kumamoto 特記事項第5条1: 管理区域及び取扱区域を業務の着手前に書面で報告
                new ReportObligation("privacy-areas", "管理区域及び取扱区域の報告", "Management and handling areas",
                        ReportPeriod.TERM_START, Due.daysFromTermStart(-1), Purpose.DATA_PROTECTION,
                        "kumamoto 特記事項第5条1"),
                // kumamoto 特記事項第10条2: 措置請求から10日以内に措置の内容及び結果を通知
                new ReportObligation("staff-measure", "措置請求に対する措置の内容及び結果の通知（請求を受けた日から10日以内）",
                        "Measures on a staff complaint, within 10 days", ReportPeriod.EVENT, null,
                        Purpose.DATA_PROTECTION, "kumamoto 特記事項第10条2"),
                // kumamoto 特記事項第12条2: 加工・複写・複製はあらかじめ書面で許諾（目的、内容、部数、件数）
                new ReportObligation("copy-permission", "個人情報の加工・複写・複製の許諾申請（目的・内容・部数・件数）",
                        "Permission to process or copy personal data", ReportPeriod.EVENT, null,
                        Purpose.DATA_PROTECTION, "kumamoto 特記事項第12条2"),
                // kumamoto 特記事項第14条2: 消去・廃棄の前に項目、媒体名、数量、方法、予定日を申請し承諾
                new ReportObligation("erasure-plan", "個人情報の消去・廃棄の事前申請（項目・媒体名・数量・方法・処理予定日）",
                        "Erasure plan for approval", ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION,
                        "kumamoto 特記事項第14条2"),
                // kumamoto 特記事項第14条5: 消去・廃棄の日時、担当者名、内容を記録し書面で報告
                new ReportObligation("erasure-record", "個人情報の消去・廃棄の記録の報告（日時・担当者名・内容）",
                        "Erasure record", ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION,
                        "kumamoto 特記事項第14条5"),
                // kumamoto 特記事項第17条1: 漏えい等は直ちに内容、件数、発生場所、発生状況等を書面で報告
                new ReportObligation("incident", "個人情報の漏えい等の事故報告（直ちに：内容・件数・発生場所・発生状況）",
                        "Personal-data incident, at once", ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION,
                        "kumamoto 特記事項第17条1"),
                // kumamoto 特記事項第17条8: 第三者からの損害賠償等の請求は5日以内に書面で通知
                new ReportObligation("third-party-claim", "第三者からの損害賠償等の請求の通知（請求を受けた日から5日以内）",
                        "Third-party claim, within 5 days", ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION,
                        "kumamoto 特記事項第17条8"));

        List<EscalationRule> escalations = List.of(
                // kumamoto 6(13); reading: risk in the AI lane at night triggers the route at once
                new EscalationRule(Trigger.EMERGENCY, List.of(
                        EscalationStep.step(StepKind.SHOW_CRISIS_CONTACTS, Deadline.within(Duration.ofMinutes(1)),
                                "相談者に緊急連絡先を直ちに表示する（119番・110番、よりそいホットライン 0120-279-338、"
                                        + "こころの健康相談統一ダイヤル 0570-064-556）", "kumamoto 6(13)"),
                        new EscalationStep(StepKind.PAGE_ON_CALL_LEAD, null, Deadline.within(Duration.ofMinutes(5)),
                                Duration.ofMinutes(10), false,
                                "当番の相談責任者を直ちに呼び出す（業務責任者が支援体制を確保）", "kumamoto 6(7)イ, 6(13)"),
                        EscalationStep.notify(Purpose.EMERGENCY, Deadline.within(Duration.ofMinutes(centreMinutes)),
                                Duration.ofMinutes(15),
                                "熊本市こころの健康センターへ迅速に連絡し、警察等への通報・安否確認の依頼に必要な"
                                        + "相談状況の情報を提供する", "kumamoto 6(13)"),
                        EscalationStep.notify(Purpose.CASE_INFORMATION, Deadline.nextBusinessDayBy(LocalTime.of(17, 0)),
                                Duration.ofHours(24),
                                "後日、連携中枢都市が速やかに対応できるよう情報共有を行う", "kumamoto 6(13)")),
                        "kumamoto 6(13)"),
                // kumamoto 6(2)③エ: 援助希求行動を促して同意を得た場合の委託者への連携; 6(8)①No.7 本人の同意
                new EscalationRule(Trigger.INFORMATION_SHARING, List.of(
                        new EscalationStep(StepKind.NOTIFY_RECIPIENT, Purpose.CASE_INFORMATION,
                                Deadline.nextBusinessDayBy(LocalTime.of(17, 0)), Duration.ofHours(24), true,
                                "援助希求行動を促して同意を得た場合、相談者の情報を委託者（相談機関）へ連携する",
                                "kumamoto 6(2)③エ, 6(8)①No.7")),
                        "kumamoto 6(2)③エ"));

        Map<AutoReply, String> replies = wordReplies();

        List<Parameter> parameters = List.of(
                new Parameter("termStart", term.start().toString(), "委託期間・相談対応業務実施期間の初日", "kumamoto 5, 6(3)"),
                new Parameter("termEnd", term.end().toString(), "委託期間・相談対応業務実施期間の末日", "kumamoto 5, 6(3)"),
                new Parameter("humanPauses", DateRange.format(term.pauses()), "専門相談員による相談を行わない期間（AIは対応）",
                        "kumamoto 6(4)"),
                new Parameter("aiModelId", aiModelId, "AI傾聴相談に用いる生成AIモデル（選択可能）", "kumamoto 6(8)①No.1"),
                new Parameter("aiOutputFiltering", Boolean.toString(filtering), "生成AIの出力に対するフィルタリング",
                        "kumamoto 6(8)①No.2"),
                new Parameter("weeklyReportDueDays", Integer.toString(weeklyDue), "週報の提出期限（週の末日の何日後まで）",
                        "kumamoto 6(12)"),
                new Parameter("contentsDueDaysAfterTerm", Integer.toString(contentsDue),
                        "相談内容（電子データ）の提供期限（期間末日の何日後まで）", "kumamoto 6(12), 9"),
                new Parameter("counselorsMinimum", Integer.toString(counselorsMin), "相談員の配置人数（下限）",
                        "kumamoto 6(7)オ"),
                new Parameter("counselorsMaximum", Integer.toString(counselorsMax), "相談員の配置人数（上限）",
                        "kumamoto 6(7)オ"),
                new Parameter("leadQualifications", leadQualifications.stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(",")), "相談責任者の資格（いずれか）", "kumamoto 6(7)ウ"),
                new Parameter("counselorSnsExperienceMonths", Integer.toString(snsMonths),
                        "相談員に求めるSNS・チャット相談の経験（月数）", "kumamoto 6(7)オ"),
                new Parameter("centreContactMinutes", Integer.toString(centreMinutes),
                        "緊急時に熊本市こころの健康センターへ連絡するまでの時間（分）", "kumamoto 6(13)"));

        return new RuleSet(info, windows, staffing, qualificationRules, recipients, routing, reports, escalations,
                List.of(), replies, parameters);
    }

    /** The automatic replies: kind, plain Japanese for residents of every age (kumamoto 6(5), 6(8)①No.6, No.7). */
    private static Map<AutoReply, String> wordReplies() {
        String crisis = "命の危険を感じるときは、すぐに119番（救急）か110番（警察）に電話してください。";
        String municipalities = MUNICIPALITIES.stream().map(Municipality::nameJa).collect(Collectors.joining("・"));
        Map<AutoReply, String> m = new EnumMap<>(AutoReply.class);
        m.put(AutoReply.WELCOME, "こんにちは。「こころの悩み相談」です。名前を言わずに相談できます。"
                + "AIには24時間いつでも話を聞いてもらえます。毎週火曜日と日曜日の18時から22時までは、専門の相談員とも"
                + "話せます。AIと相談員のどちらに相談するか、あなたが選べます。"
                + "相談の記録は外部に漏れない方法で大切に扱い、この事業を行う市町村に報告・提供します。"
                + "AIとの会話がAIの学習に使われることはありません。"
                + "命に危険があると思われるときは、あなたを守るために熊本市こころの健康センターに連絡することがあります。");
        m.put(AutoReply.OUT_OF_HOURS, "メッセージをありがとうございます。いまは専門の相談員がお休みの時間です。"
                + "次に相談員と話せるのは {nextOpening} からです。AIには、いまもすぐに話を聞いてもらえます。" + crisis);
        m.put(AutoReply.ALL_BUSY, "ただいま相談員がみな、ほかの方のお話を聞いています。あなたの順番は {queuePosition} 番目です。"
                + "このまま待っていてくださいね。待っている間に、AIに話してみることもできます。");
        m.put(AutoReply.CLOSING_TIME, "今日の相談員の受付は22時までです。お話ししてくれて、ありがとうございました。"
                + "次に相談員と話せるのは {nextOpening} からです。AIにはこのあともいつでも話せます。"
                + "またいつでも来てくださいね。" + crisis);
        m.put(AutoReply.PAUSED, "メッセージをありがとうございます。いまは年末年始のため、専門の相談員による相談はお休みです。"
                + "次に相談員と話せるのは {nextOpening} からです。AIには、お休みの間もいつでも話を聞いてもらえます。" + crisis);
        m.put(AutoReply.OUTSIDE_TERM, "メッセージをありがとうございます。この相談窓口は、いまは受付をしていません。"
                + "つらいときは、次の窓口に相談できます。"
                + "よりそいホットライン 0120-279-338（24時間・無料）、"
                + "こころの健康相談統一ダイヤル 0570-064-556（お住まいの地域の公的な相談窓口につながります）、"
                + "24時間子供SOSダイヤル 0120-0-78310（子どもや若い人のための窓口）。" + crisis);
        m.put(AutoReply.NOT_ELIGIBLE, "ご相談ありがとうございます。この窓口は、" + municipalities
                + "にお住まいの方のための窓口のため、ここではお話を続けてお受けすることができません。ごめんなさい。"
                + "あなたのお住まいの地域でも相談できる窓口があります。"
                + "こころの健康相談統一ダイヤル 0570-064-556（お住まいの地域の公的な相談窓口につながります）、"
                + "よりそいホットライン 0120-279-338（24時間・無料）、"
                + "24時間子供SOSダイヤル 0120-0-78310（子どもや若い人のための窓口）。"
                + "ひとりで抱えこまずに、話してみてください。" + crisis);
        m.put(AutoReply.AI_PERSONAL_INFORMATION_WARNING, "AIとお話しする前に、お願いがあります。"
                + "名前、住所、電話番号、学校名や勤め先など、あなたが誰かわかることは書かないでください。"
                + "もし書いてしまっても、AIに届く前に自動で伏せます。AIとの会話がAIの学習に使われることはありません。");
        m.put(AutoReply.AI_HANDOFF_CONSENT, "相談員や相談機関があなたを手助けできるように、AIとのお話の内容"
                + "（あなたが書いた連絡先などを含みます）を、専門の相談員と、お住まいの市町村・熊本市の相談担当者に"
                + "伝えてもよいですか？ 同意してくださったときだけ伝えます（命に危険があるときを除きます）。"
                + "同意しなくても、このままAIや相談員に相談を続けられます。");
        return Map.copyOf(m);
    }

    // --- parsing of configuration values: the one place with plain logic ---

    private static LocalDate date(String key, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be an ISO date (YYYY-MM-DD): " + value, e);
        }
    }

    /** kumamoto 6(4) ただし書き names spans: every entry is first..last; a lone date is refused as a likely typo. */
    private static List<DateRange> spans(String key, String value) {
        if (value != null && Arrays.stream(value.split(",")).anyMatch(p -> !p.isBlank() && !p.contains(".."))) {
            throw new IllegalArgumentException(key + " must be YYYY-MM-DD..YYYY-MM-DD[,...]: " + value);
        }
        return DateRange.parseList(value);
    }

    private static int within(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    private static Set<Qualification> qualifications(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must name at least one Qualification");
        }
        try {
            return Set.copyOf(EnumSet.copyOf(Arrays.stream(value.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(Qualification::valueOf).toList()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " names an unknown Qualification: " + value, e);
        }
    }

    private static Requirement anyOf(Set<Qualification> qualifications) {
        return new Requirement.AnyQualification(EnumSet.copyOf(qualifications));
    }
}
