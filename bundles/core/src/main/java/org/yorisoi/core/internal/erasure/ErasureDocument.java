package org.yorisoi.core.internal.erasure;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.protection.ErasureRecord;

/**
 * The erasure record as the written report the contracts ask for (データ消去報告書): plain text, Japanese labels
 * with English, times in Japan Standard Time, and lines for the responsible person's name, signature or seal.
 */
final class ErasureDocument {

    static final String TITLE = "データ消去報告書 / Data erasure record";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(PlatformClock.TOKYO);
    private static final String LINE = "=".repeat(60);
    private static final String BLANK = "________________________________";

    private ErasureDocument() {
    }

    /**
     * @param contract the contract's identity when it is still deployed, else null (the record outlives it)
     * @param printedAt when the document is produced
     */
    static String render(ErasureRecord r, ContractInfo contract, Instant printedAt) {
        StringBuilder out = new StringBuilder();
        out.append(TITLE).append('\n').append(LINE).append("\n\n");
        field(out, "記録番号 / Record ID", r.id());
        field(out, "契約 / Contract", contract == null ? r.contractId()
                : r.contractId() + " — " + contract.nameJa() + " (" + contract.name() + ")");
        if (contract != null) {
            field(out, "委託者 / Municipality", contract.municipality());
            field(out, "契約期間 / Contract term", contract.term().start() + " – " + contract.term().end());
        }
        field(out, "消去日時 / Erased at", time(r.erasedAt()));
        field(out, "実施者 / Erased by", r.erasedBy());
        field(out, "契約期間終了前の消去 / Erased before the term's last day",
                r.beforeTermEnd() ? "はい（強制） / yes (forced)" : "いいえ / no");
        field(out, "消去した相談 / Consultations erased", r.consultations() + " 件");
        field(out, "消去したメッセージ / Messages erased", r.messages() + " 件");
        field(out, "消去したデータの期間（相談開始日時） / Period of the erased data (consultations opened)",
                r.oldestData() == null ? "データなし / no data"
                        : time(r.oldestData()) + " – " + time(r.newestData()));
        field(out, "暗号鍵の破棄 / Encryption key destroyed",
                r.keyDestroyed() ? "はい / yes" : "いいえ（鍵なし） / no (there was none)");
        out.append("\n消去方法 / Method:\n");
        List<String> steps = ErasureMethod.steps(r.method());
        for (int i = 0; i < steps.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.append("\n確認 / Confirmation\n");
        out.append("  責任者 氏名 / Responsible person:      ").append(BLANK).append('\n');
        out.append("  役職 / Position:                      ").append(BLANK).append('\n');
        out.append("  署名または押印 / Signature or seal:   ").append(BLANK).append('\n');
        out.append("  日付 / Date:                          ").append(BLANK).append('\n');
        out.append('\n').append("作成日時 / Printed at: ").append(time(printedAt)).append('\n');
        out.append("時刻はすべて日本標準時 / All times in Japan Standard Time (Asia/Tokyo)\n");
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        out.append(label).append(":\n    ").append(value).append('\n');
    }

    static String time(Instant instant) {
        return TIME.format(instant) + " JST";
    }
}
