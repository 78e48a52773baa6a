package org.yorisoi.core.internal.erasure;

import java.util.ArrayList;
import java.util.List;

/**
 * The "how" of an erasure record: the steps actually taken, in order, each in Japanese and English. Steps are
 * separated by {@value #SEPARATOR}, which no step contains, so that the printed report can list them one per line.
 */
final class ErasureMethod {

    static final String SEPARATOR = "; ";

    private ErasureMethod() {
    }

    static String describe(Deletion deletion, String keyAlias, Compaction compaction) {
        List<String> steps = new ArrayList<>();
        steps.add("行の削除 / rows deleted in one transaction (" + String.join(", ", ErasureService.TABLES)
                + ": " + deletion.messages() + " messages, " + deletion.consultations() + " consultations)");
        steps.add(deletion.keyDestroyed()
                ? "暗号鍵の破棄 / encryption key destroyed (AES-256, PKCS12 keystore entry " + keyAlias
                        + " deleted, keystore rewritten)"
                : "暗号鍵なし / no encryption key existed (no message had been stored)");
        switch (compaction.outcome()) {
            case DONE -> {
                DerbyCompaction.Result d = compaction.derby();
                steps.add("テーブルの圧縮 / tables compressed (SYSCS_COMPRESS_TABLE: "
                        + String.join(", ", d.tablesCompressed()) + ")");
                steps.add(d.logSwitched()
                        ? "トランザクションログの切替 / transaction log switched to a new file"
                        : "トランザクションログの切替を確認できず / log switch not confirmed");
                if (d.oldLogReleased()) {
                    steps.add("チェックポイントと旧ログファイルの削除 / checkpoint (SYSCS_CHECKPOINT_DATABASE),"
                            + " older log files deleted");
                } else {
                    steps.add("チェックポイント / checkpoint (SYSCS_CHECKPOINT_DATABASE)");
                    steps.add("旧ログファイルは後のチェックポイントで削除 / older log files still needed by "
                            + d.transactionsHoldingOldLog() + " open transaction(s), deleted by Derby at a later"
                            + " checkpoint");
                }
            }
            case NOT_DERBY -> steps.add("物理的な圧縮なし / no physical compaction (the database is "
                    + compaction.note() + ", not Derby)");
            case FAILED -> steps.add("テーブルの圧縮に失敗 / compaction failed (SQLState " + compaction.note()
                    + "), run the erasure again to repeat it");
        }
        if (deletion.keyDestroyed()) {
            steps.add("注記 / note: message texts were stored only encrypted (AES-256-GCM), any remaining copy"
                    + " (database backups, freed disk blocks) cannot be decrypted without the destroyed key");
        }
        return String.join(SEPARATOR, steps);
    }

    /** The steps of a method text, for printing one per line. */
    static List<String> steps(String method) {
        return List.of(method.split(SEPARATOR));
    }
}
