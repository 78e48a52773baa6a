package org.yorisoi.contract.asahikawa.internal;

import static java.time.DayOfWeek.SUNDAY;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * 旭川市「令和７年度チャットによるいじめ相談対応業務」 (seed asahikawa-2025-chat-bullying.txt).
 *
 * <p>All rules are rebuilt by {@link #configure(Config)} into one immutable snapshot and published through a
 * single volatile field, so a reader never sees half of an old configuration and half of a new one.
 */
@Component(service = Contract.class, configurationPid = "org.yorisoi.contract.asahikawa")
@Designate(ocd = AsahikawaContract.Config.class)
public class AsahikawaContract implements RuleBasedContract {

    static final String ID = "asahikawa";
    static final String CITY = "asahikawa-city";

    @ObjectClassDefinition(name = "Yorisoi contract: Asahikawa chat bullying consultation",
            description = "旭川市 令和７年度チャットによるいじめ相談対応業務")
    public @interface Config {

        @AttributeDefinition(name = "Term start",
                description = "First consultation day, ISO date (asahikawa 7(2)ア①)")
        String termStart() default "2025-09-01";

        @AttributeDefinition(name = "Term end",
                description = "Last consultation day, ISO date, included (asahikawa 3, 7(2)ア①)")
        String termEnd() default "2026-03-31";

        @AttributeDefinition(name = "Pauses",
                description = "Comma-separated YYYY-MM-DD..YYYY-MM-DD spans without counselors; intake still "
                        + "answers with the automatic reply (asahikawa 7(2)ア①)")
        String pauses() default "2025-12-30..2026-01-04";

        @AttributeDefinition(name = "Long school vacations",
                description = "Comma-separated YYYY-MM-DD..YYYY-MM-DD spans of 長期休業期間; Sundays inside have no "
                        + "counselor (asahikawa 7(2)ア②). The defaults are PLACEHOLDERS: replace them with the "
                        + "dates the city notifies.")
        String longVacations() default "2025-12-25..2026-01-15,2026-03-25..2026-04-05";

        @AttributeDefinition(name = "Bullying Web form URL",
                description = "https URL of the Web input form the city designates (asahikawa 7(2)エ); empty = "
                        + "not set, the canned response pointing to it is not offered")
        String bullyingFormUrl() default "";

        @AttributeDefinition(name = "Monthly report due (days)",
                description = "The monthly performance report is due by the end of this calendar day after the "
                        + "month ends (「速やかに」, asahikawa 7(3)ア); 1..31")
        int monthlyReportDueDays() default 10;

        @AttributeDefinition(name = "Child-support qualifications",
                description = "Comma-separated Qualification names accepted as 子どもの相談支援に必要な資格 "
                        + "(asahikawa 7(1)ア); empty = only the experience route")
        String childSupportQualifications() default "CERTIFIED_PSYCHOLOGIST,CLINICAL_PSYCHOLOGIST,"
                + "CERTIFIED_SOCIAL_WORKER,PSYCHIATRIC_SOCIAL_WORKER,PSYCHIATRIST,SCHOOL_PSYCHOLOGIST,"
                + "SCHOOL_PSYCHOLOGIST_EQUIVALENT,TEACHER_LICENSE,CHILD_CARE_WORKER,CHILD_WELFARE_OFFICER";
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
        // asahikawa 7(2)ア①: 令和７年９月１日から令和８年３月３１日まで（令和７年１２月３０日から令和８年１月４日までを除く。）
        Term term = new Term(date("termStart", config.termStart()), date("termEnd", config.termEnd()),
                DateRange.parseList(config.pauses()), "asahikawa 7(2)ア①");
        List<DateRange> longVacations = DateRange.parseList(config.longVacations());
        String formUrl = formUrl(config.bullyingFormUrl());
        int dueDays = config.monthlyReportDueDays();
        if (dueDays < 1 || dueDays > 31) {
            throw new IllegalArgumentException("monthlyReportDueDays must be 1..31: " + dueDays);
        }
        Set<Qualification> childSupport = qualifications(config.childSupportQualifications());

        ContractInfo info = new ContractInfo(ID, "Asahikawa chat consultation on bullying (FY2025)",
                "令和７年度チャットによるいじめ相談対応業務", "旭川市", term,
                new Eligibility("旭川市内の小学校及び中学校に在籍する児童生徒",
                        "Pupils enrolled in elementary and junior-high schools in Asahikawa city",
                        List.of(
                                // asahikawa 4(1): 小学校及び中学校に在籍する児童生徒
                                new Attribute("schoolType", "通っている学校", true, List.of(
                                        new Attribute.Option("ELEMENTARY", "小学校"),
                                        new Attribute.Option("JUNIOR_HIGH", "中学校")), "asahikawa 4(1)"),
                                // asahikawa 7(1)イ: 相談に係る統計資料 (asked, never insisted on)
                                new Attribute("grade", "学年", false, List.of(
                                        new Attribute.Option("GRADE_1", "1年生"),
                                        new Attribute.Option("GRADE_2", "2年生"),
                                        new Attribute.Option("GRADE_3", "3年生"),
                                        new Attribute.Option("GRADE_4", "4年生（小学校）"),
                                        new Attribute.Option("GRADE_5", "5年生（小学校）"),
                                        new Attribute.Option("GRADE_6", "6年生（小学校）")), "asahikawa 7(1)イ")),
                        "asahikawa 4(1)"),
                // asahikawa 5: ＳＮＳ（Ｗｅｂ及びＬＩＮＥ）を活用したチャット相談システム
                Set.of(Channel.WEB, Channel.LINE));

        // Counselors only inside the term and never in a pause (asahikawa 7(2)ア①).
        DayRule inService = DayRule.within(term.range()).exceptDuring(term.pauses());
        List<WindowRule> windows = List.of(
                // asahikawa 7(2)ア② 平日１９時から２２時まで (平日 = Mon–Fri, not a national holiday)
                WindowRule.human(DayRule.weekdaysExceptHolidays().and(inService),
                        "19:00", "22:00", "asahikawa 7(2)ア② 平日"),
                // asahikawa 7(2)ア② 日曜日１７時から２１時まで（長期休業期間を除く。） — a holiday Sunday keeps its hours
                WindowRule.human(DayRule.on(SUNDAY).exceptDuring(longVacations).and(inService),
                        "17:00", "21:00", "asahikawa 7(2)ア② 日曜日"));

        List<StaffingRule> staffing = List.of(
                // asahikawa 7(1)ア: 相談員は、常時２名以上配置
                StaffingRule.atLeast(2, Role.COUNSELOR, WindowKind.HUMAN, "asahikawa 7(1)ア"));

        // asahikawa 7(1)ア: 子どもの相談支援に必要な資格 又は チャットやSNS等による相談対応経験を１年以上
        Requirement experience = Requirement.experience(1, ExperienceKind.COUNSELING_CHAT_SNS);
        Requirement counselor = childSupport.isEmpty() ? experience
                : Requirement.either(anyOf(childSupport), experience);
        List<QualificationRule> qualificationRules = List.of(
                QualificationRule.forRole(Role.COUNSELOR, counselor, "asahikawa 7(1)ア"));

        List<Recipient> recipients = List.of(
                new Recipient(CITY, "旭川市（いじめ防止対策推進部いじめ防止対策推進課）",
                        "City of Asahikawa, Bullying Prevention Division"));

        List<RoutingRule> routing = List.of(
                RoutingRule.forPurpose(Purpose.REPORTS, "asahikawa 7(3)ア", CITY),          // monthly report, 7(3)ウ inquiries
                RoutingRule.forPurpose(Purpose.EMERGENCY, "asahikawa 7(2)ウ", CITY),        // 早急に市へ連絡
                RoutingRule.forPurpose(Purpose.CASE_INFORMATION, "asahikawa 7(3)イ", CITY), // 緊急性の懸念: 直ちに市に連絡
                RoutingRule.forPurpose(Purpose.DATA_PROTECTION, "asahikawa 9(11)", CITY),   // 事故等: 直ちに市に報告
                RoutingRule.forPurpose(Purpose.BILLING, "asahikawa 11(2)", CITY),           // 委託料の請求
                RoutingRule.always("asahikawa 7(3)", CITY));                                // the city is the only counterparty

        List<ReportObligation> reports = List.of(
                // asahikawa 7(3)ア: 月毎の業務終了後、速やかに業務の履行状況を市へ報告 (includes 7(1)イ statistics)
                new ReportObligation("monthly", "業務の履行状況報告（月毎）", "Monthly performance report",
                        ReportPeriod.MONTHLY, Due.daysAfterPeriodEnd(dueDays), Purpose.REPORTS, "asahikawa 7(3)ア"),
                // asahikawa 7(3)イ: 緊急性やその懸念がある相談 — 直ちに市に連絡し、状況を整理して報告
                new ReportObligation("urgent-case", "緊急性やその懸念がある相談の報告", "Urgent or concerning case report",
                        ReportPeriod.EVENT, null, Purpose.CASE_INFORMATION, "asahikawa 7(3)イ"),
                // asahikawa 7(3)ウ: 市から調査や報告を求められた場合は、速やかに応じる
                new ReportObligation("city-inquiry", "市からの調査・報告依頼への回答", "Answer to the city's inquiry",
                        ReportPeriod.EVENT, null, Purpose.REPORTS, "asahikawa 7(3)ウ"),
                // asahikawa 9(11): 個人情報等の事故等 — 直ちに市に報告
                new ReportObligation("data-incident", "個人情報等の事故等の報告", "Personal-data incident report",
                        ReportPeriod.EVENT, null, Purpose.DATA_PROTECTION, "asahikawa 9(11)"));

        List<EscalationRule> escalations = List.of(
                // asahikawa 7(2)ウ: 生命や身体の危険が推測される場合
                new EscalationRule(EscalationRule.Trigger.EMERGENCY, List.of(
                        EscalationStep.notify(Purpose.EMERGENCY, Deadline.within(Duration.ofMinutes(10)),
                                Duration.ofMinutes(15), "早急に市へ連絡する", "asahikawa 7(2)ウ"),
                        EscalationStep.step(StepKind.NOTIFY_POLICE, Deadline.within(Duration.ofMinutes(15)),
                                "必要に応じて警察等の関係機関にも通報する", "asahikawa 7(2)ウ"),
                        EscalationStep.step(StepKind.IDENTIFY_CONSULTER, Deadline.within(Duration.ofHours(1)),
                                "速やかに相談者の追跡又は特定を行う", "asahikawa 7(2)ウ"),
                        new EscalationStep(StepKind.REPORT_OUTCOME, Purpose.EMERGENCY,
                                Deadline.within(Duration.ofHours(2)), Duration.ofMinutes(30), false,
                                "追跡又は特定の結果を市に報告する（状況を整理して報告）", "asahikawa 7(2)ウ, 7(3)イ")),
                        "asahikawa 7(2)ウ"),
                // asahikawa 7(3)イ: 緊急性の懸念がある相談 — 直ちに市に連絡し、状況を整理して市へ報告
                new EscalationRule(EscalationRule.Trigger.INFORMATION_SHARING, List.of(
                        EscalationStep.notify(Purpose.CASE_INFORMATION, Deadline.within(Duration.ofMinutes(30)),
                                Duration.ofHours(1), "直ちに市に連絡する", "asahikawa 7(3)イ"),
                        new EscalationStep(StepKind.REPORT_OUTCOME, Purpose.CASE_INFORMATION,
                                Deadline.nextBusinessDayBy(LocalTime.of(12, 0)), null, false,
                                "状況を整理して市へ報告する", "asahikawa 7(3)イ")),
                        "asahikawa 7(3)イ"));

        Map<AutoReply, String> replies = new EnumMap<>(AutoReply.class);
        replies.put(AutoReply.WELCOME, "こんにちは。旭川市の「いじめ相談チャット」です。"
                + "いじめのことも、それ以外のなやみも、なんでも書いてね。名前は書かなくても大丈夫です。"
                + "相談員とお話しできるのは、月曜日から金曜日（祝日はお休み）の19時から22時と、"
                + "日曜日の17時から21時です（冬休み・春休みなど長いお休みの日曜日はお休み）。"
                + "あなたの命や体が危ないと思われるときは、あなたを守るために、市や警察に連絡することがあります。");
        replies.put(AutoReply.OUT_OF_HOURS, "メッセージを受け取りました。送ってくれてありがとう。"
                + "いまは相談員がいない時間です。相談員とお話しできるのは {nextOpening} からです。"
                + "そのときに相談員がお返事します。"
                + "いますぐ命や体が危ないときは、110番（警察）か119番（救急）に電話してね。"
                + "すぐにだれかと話したいときは、24時間子供SOSダイヤル 0120-0-78310（いつでも・無料）にも電話できます。");
        replies.put(AutoReply.ALL_BUSY, "メッセージを受け取りました。いま、相談員がほかの人とお話ししています。"
                + "あなたは {queuePosition} 番目です。順番にお返事するので、このまま少し待っていてね。");
        replies.put(AutoReply.CLOSING_TIME, "今日の相談時間がもうすぐ終わります。話してくれて本当にありがとう。"
                + "続きは {nextOpening} から話せるので、またいつでもメッセージを送ってね。"
                + "いますぐ命や体が危ないときは、110番か119番、"
                + "または24時間子供SOSダイヤル 0120-0-78310（いつでも・無料）に電話してね。");
        replies.put(AutoReply.PAUSED, "メッセージを受け取りました。送ってくれてありがとう。"
                + "いまは年末年始のお休みで、相談員がいません。相談員とお話しできるのは {nextOpening} からです。"
                + "いますぐ命や体が危ないときは、110番（警察）か119番（救急）に電話してね。"
                + "お休みの間も、24時間子供SOSダイヤル 0120-0-78310（いつでも・無料）に電話できます。");
        replies.put(AutoReply.OUTSIDE_TERM, "旭川市の「いじめ相談チャット」は、いまは相談を受け付けている期間ではないため、"
                + "お返事ができません。なやみがあるときは、次のところに相談してね。"
                + "・24時間子供SOSダイヤル 0120-0-78310（いつでも・無料）"
                + "・子どもの人権110番 0120-007-110（無料）"
                + "・チャイルドライン 0120-99-7777（無料）"
                + "いますぐ命や体が危ないときは、110番（警察）か119番（救急）に電話してね。");
        replies.put(AutoReply.NOT_ELIGIBLE, "メッセージをありがとうございます。このチャットは、旭川市の小学校・中学校に"
                + "通っている児童生徒のための相談窓口です。ほかにも話を聞いてくれるところがあります。"
                + "・24時間子供SOSダイヤル 0120-0-78310（子どもや保護者の方、いつでも・無料）"
                + "・よりそいホットライン 0120-279-338（いつでも・無料）"
                + "いますぐ命や体が危ないときは、110番（警察）か119番（救急）に電話してください。");

        List<Parameter> parameters = List.of(
                new Parameter("termStart", term.start().toString(), "相談対応期間の初日", "asahikawa 7(2)ア①"),
                new Parameter("termEnd", term.end().toString(), "相談対応期間の末日（履行期間の終期）",
                        "asahikawa 3, 7(2)ア①"),
                new Parameter("pauses", DateRange.format(term.pauses()), "相談員を配置しない期間（自動応答は行う）",
                        "asahikawa 7(2)ア①"),
                new Parameter("longVacations", DateRange.format(longVacations),
                        "長期休業期間（この間の日曜日は相談員なし）。既定値は仮置き：市が通知する日付に置き換えること",
                        "asahikawa 7(2)ア②"),
                new Parameter("bullyingFormUrl", formUrl, "市が指定するいじめのWeb入力フォームのURL（空欄＝未設定）",
                        "asahikawa 7(2)エ"),
                new Parameter("monthlyReportDueDays", Integer.toString(dueDays),
                        "月次の履行状況報告の期限（月末の翌日から数えた日数の日の終わりまで）", "asahikawa 7(3)ア"),
                new Parameter("childSupportQualifications", String.join(",",
                        childSupport.stream().map(Enum::name).sorted().toList()),
                        "子どもの相談支援に必要な資格として認めるもの", "asahikawa 7(1)ア"));

        Map<String, String> canned = new java.util.LinkedHashMap<>();
        if (!formUrl.isEmpty()) {
            // asahikawa 7(2)エ: 必要に応じ、市が指定するWeb入力フォームの利用を促す
            canned.put("いじめWeb入力フォームの案内", "話してくれてありがとう。いじめのことを旭川市に知らせたいときは、"
                    + "市のWeb入力フォームも使えます。書けるところだけで大丈夫です。" + formUrl);
        }
        return new RuleSet(info, windows, staffing, qualificationRules, recipients, routing, reports,
                escalations, List.of(), replies, parameters, canned);
    }

    // ---- parsing of configuration values; messages name the key, never any personal data

    private static LocalDate date(String key, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": not an ISO date: " + value, e);
        }
    }

    private static String formUrl(String value) {
        String url = value == null ? "" : value.trim();
        if (url.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("bullyingFormUrl must be an https URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bullyingFormUrl is not a URL: " + url, e);
        }
        return url;
    }

    private static Set<Qualification> qualifications(String value) {
        Set<Qualification> result = EnumSet.noneOf(Qualification.class);
        for (String part : value.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                try {
                    result.add(Qualification.valueOf(p));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("childSupportQualifications: unknown qualification " + p
                            + "; known: " + Arrays.toString(Qualification.values()), e);
                }
            }
        }
        return result;
    }

    private static Requirement anyOf(Set<Qualification> qualifications) {
        Qualification[] all = qualifications.toArray(new Qualification[0]);
        return Requirement.anyOf(all[0], Arrays.copyOfRange(all, 1, all.length));
    }
}
