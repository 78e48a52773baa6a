package org.yorisoi.core.internal.erasure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.protection.ErasureRecord;

public class ErasureDocumentTest {

    private static final ErasureRecord RECORD = new ErasureRecord("3f2a-record", "kyoto", 12, 345,
            Instant.parse("2024-04-02T08:30:00Z"), Instant.parse("2025-03-28T11:05:00Z"), true,
            ErasureMethod.describe(new Deletion(12, 345, null, null, true), "contract-kyoto",
                    Compaction.done(new DerbyCompaction.Result(ErasureService.TABLES, true, true, 0))),
            Instant.parse("2025-03-31T09:00:00Z"), "admin", false);

    private static final ContractInfo KYOTO = ProtectionFixture.contract("kyoto", "2024-04-01", "2025-03-31").info();

    @Test
    public void printableRecordContainsEveryFieldWithJapaneseAndEnglishLabelsInTokyoTime() {
        String report = ErasureDocument.render(RECORD, KYOTO, Instant.parse("2025-04-01T01:00:00Z"));
        for (String expected : List.of(
                "データ消去報告書 / Data erasure record",
                "記録番号 / Record ID:\n    3f2a-record",
                "契約 / Contract:\n    kyoto — テスト契約 (Test kyoto)",
                "委託者 / Municipality:\n    テスト市",
                "契約期間 / Contract term:\n    2024-04-01 – 2025-03-31",
                "消去日時 / Erased at:\n    2025-03-31 18:00:00 JST",
                "実施者 / Erased by:\n    admin",
                "契約期間終了前の消去 / Erased before the term's last day:\n    いいえ / no",
                "消去した相談 / Consultations erased:\n    12 件",
                "消去したメッセージ / Messages erased:\n    345 件",
                "2024-04-02 17:30:00 JST – 2025-03-28 20:05:00 JST",
                "暗号鍵の破棄 / Encryption key destroyed:\n    はい / yes",
                "消去方法 / Method:\n  1. 行の削除 / rows deleted",
                "  2. 暗号鍵の破棄 / encryption key destroyed (AES-256, PKCS12 keystore entry contract-kyoto deleted",
                "  3. テーブルの圧縮 / tables compressed (SYSCS_COMPRESS_TABLE: YS_MESSAGE, YS_CONSULTATION)",
                "責任者 氏名 / Responsible person:",
                "署名または押印 / Signature or seal:",
                "作成日時 / Printed at: 2025-04-01 10:00:00 JST",
                "Asia/Tokyo")) {
            assertTrue("missing: " + expected, report.contains(expected));
        }
    }

    @Test
    public void recordOfAContractNoLongerDeployedAndWithoutDataStillPrints() {
        ErasureRecord empty = new ErasureRecord("r2", "gone", 0, 0, null, null, false,
                ErasureMethod.describe(new Deletion(0, 0, null, null, false), "contract-gone",
                        Compaction.notDerby("PostgreSQL")),
                Instant.parse("2025-03-31T09:00:00Z"), "admin", true);
        String report = ErasureDocument.render(empty, null, Instant.parse("2025-04-01T01:00:00Z"));
        assertTrue(report.contains("契約 / Contract:\n    gone\n"));
        assertTrue(report.contains("データなし / no data"));
        assertTrue(report.contains("いいえ（鍵なし） / no (there was none)"));
        assertTrue(report.contains("はい（強制） / yes (forced)"));
        assertTrue(report.contains("物理的な圧縮なし / no physical compaction (the database is PostgreSQL, not Derby)"));
    }

    @Test
    public void methodSaysWhenOldLogFilesAreLeftToALaterCheckpoint() {
        String method = ErasureMethod.describe(new Deletion(1, 1, null, null, true), "contract-kyoto",
                Compaction.done(new DerbyCompaction.Result(ErasureService.TABLES, true, false, 2)));
        List<String> steps = ErasureMethod.steps(method);
        assertEquals("旧ログファイルは後のチェックポイントで削除 / older log files still needed by 2 open"
                + " transaction(s), deleted by Derby at a later checkpoint", steps.get(5));
    }

    @Test
    public void methodSaysWhenTheCompactionFailed() {
        String method = ErasureMethod.describe(new Deletion(1, 1, null, null, true), "contract-kyoto",
                Compaction.failed("40XL1"));
        assertTrue(method.contains("テーブルの圧縮に失敗 / compaction failed (SQLState 40XL1), run the erasure again"));
        assertTrue(method.contains("注記 / note"));
    }
}
