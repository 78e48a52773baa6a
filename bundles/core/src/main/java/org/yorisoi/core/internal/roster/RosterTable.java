package org.yorisoi.core.internal.roster;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.RosterSheet;

/**
 * The roster as a table of texts, the same for CSV and XLSX: a header row in Japanese with English in parentheses
 * (the municipalities read Japanese; the operator's staff may not), then one line per person, then the persons
 * removed since the last submission. Several values in one cell are separated by line breaks. Pure.
 */
final class RosterTable {

    static final String MARK_HEADER = "前回提出からの変更 (changed since last submission)";

    static final List<String> HEADER = List.of(
            MARK_HEADER,
            "氏名 (name)",
            "ログインID (login)",
            "役割・従事期間 (roles and periods)",
            "資格・登録番号 (verified qualifications and certificate numbers)",
            "相談等の経験歴 (experience)",
            "承認された例外 (approved exceptions)",
            "資格要件の区分 (qualification rules met)");

    /** Role names as the contracts write them; the contracts differ (受託管理責任者 in Kyoto, 業務責任者 elsewhere). */
    static final Map<Role, String> ROLE_JA = new EnumMap<>(Map.of(
            Role.CONTRACT_MANAGER, "受託管理責任者・業務責任者",
            Role.LEAD, "相談責任者",
            Role.SYSTEM_MANAGER, "システム責任者",
            Role.COUNSELOR, "相談員",
            Role.MUNICIPAL_VIEWER, "自治体閲覧者",
            Role.ADMIN, "管理者"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private RosterTable() {
    }

    /** A line of the table: its cells, in {@link #HEADER} order, and the mark that decides its highlighting. */
    record Line(RosterMark mark, List<String> cells) {
    }

    static List<Line> lines(RosterSheet sheet) {
        List<Line> lines = new ArrayList<>();
        for (RosterRow row : sheet.rows()) {
            lines.add(new Line(row.mark(), List.of(
                    mark(row.mark()),
                    row.displayName(),
                    row.loginName(),
                    cell(row.grants(), RosterTable::grant),
                    cell(row.qualifications(), RosterTable::qualification),
                    cell(row.experience(), RosterTable::experience),
                    cell(row.approvals(), RosterTable::approval),
                    cell(row.categories(), RosterTable::category))));
        }
        for (RosterRemoval removal : sheet.removed()) {
            lines.add(new Line(RosterMark.REMOVED, List.of(mark(RosterMark.REMOVED), removal.displayName(),
                    removal.loginName(), "", "", "", "", "")));
        }
        return lines;
    }

    static String mark(RosterMark mark) {
        return mark.labelJa() + " (" + mark.labelEn() + ")";
    }

    private static <T> String cell(List<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.joining("\n"));
    }

    static String grant(RoleGrant g) {
        return ROLE_JA.get(g.role()) + " (" + g.role() + ") " + g.from().format(DAY) + "〜"
                + (g.until() == null ? "" : g.until().format(DAY));
    }

    static String qualification(QualificationRecord q) {
        return q.type().nameJa() + (q.certificateNumber() == null ? "" : "（登録番号 " + q.certificateNumber() + "）");
    }

    static String experience(ExperienceRecord e) {
        return e.kind().nameJa() + " " + months(e.months())
                + (e.description() == null ? "" : "（" + e.description() + "）");
    }

    /** Whole years as years: the contracts count experience in years (「1年以上」). */
    static String months(int months) {
        int years = months / 12;
        int rest = months % 12;
        return years == 0 ? rest + "か月" : years + "年" + (rest == 0 ? "" : rest + "か月");
    }

    static String approval(ApprovalRecord a) {
        return a.approvalKind() + "（承認: " + a.approvedBy() + "、"
                + a.approvedAt().atZone(PlatformClock.TOKYO).toLocalDate().format(DAY) + "）"
                + (a.note() == null ? "" : " " + a.note());
    }

    static String category(RosterRow.Category c) {
        return ROLE_JA.get(c.role()) + (c.activity() == null ? "" : "［" + c.activity() + "］") + " " + c.clause() + ": "
                + (c.isMet() ? String.join(" / ", c.met()) : "要件を満たしていません (not met)");
    }
}
