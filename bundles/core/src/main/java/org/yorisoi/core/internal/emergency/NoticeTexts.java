package org.yorisoi.core.internal.emergency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.notify.Notice;
import org.yorisoi.platform.PlatformClock;

/**
 * The words of notices. Built only from ids, the contract's own texts and times: there is no parameter through which a
 * consulter's words or a counselor's record could reach a mail.
 */
final class NoticeTexts {

    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<LeadAlert.Kind, String> ALERT_JA = Map.of(
            LeadAlert.Kind.HIGH_RISK_MESSAGE, "高リスクのメッセージを検知しました",
            LeadAlert.Kind.NOTICE_UNACKNOWLEDGED, "連絡の受領確認が期限内にありません（再通知しました）",
            LeadAlert.Kind.NOTICE_UNDELIVERED, "連絡を送信できませんでした（再試行中）",
            LeadAlert.Kind.STEP_DUE_SOON, "対応の期限が近づいています",
            LeadAlert.Kind.STEP_OVERDUE, "対応の期限を過ぎました",
            LeadAlert.Kind.RECIPIENT_UNCONFIGURED, "連絡先が設定されていない連絡先があります");

    private NoticeTexts() {
    }

    static Notice caseNotice(String noticeId, Contract contract, CaseEntity c, CaseStepEntity step,
                             String recipientNameJa, String ackUrl, Instant now, Duration ackWithin, boolean renotify,
                             int attempt) {
        boolean emergency = Trigger.EMERGENCY.name().equals(c.trigger);
        boolean outcome = StepKind.REPORT_OUTCOME.name().equals(step.kind);
        String label = outcome ? "結果報告" : emergency ? "緊急" : "情報提供";
        String contractName = contract.info().nameJa();
        String subject = (renotify ? "【再通知】" : "") + "【" + label + "】" + contractName + "（ケース "
                + c.id.substring(0, 8) + "）";
        StringBuilder body = new StringBuilder();
        body.append(recipientNameJa).append(" ご担当者様\n\n");
        if (renotify) {
            body.append("先にお送りした連絡の受領確認がまだありません。至急ご確認ください（").append(attempt)
                    .append("回目の送信）。\n\n");
        }
        if (outcome) {
            body.append(contractName).append("の相談について、対応の結果を記録しました。\n");
        } else if (emergency) {
            body.append(contractName).append("の相談で、相談者の生命・身体に危険のおそれがあると判断し、緊急対応を開始しました。\n");
        } else {
            body.append(contractName).append("の相談で、学校への指導や関係機関等への情報提供が必要と判断される相談がありました。\n");
        }
        body.append("\nケースID: ").append(c.id)
                .append("\n開始時刻: ").append(jst(Instant.ofEpochMilli(c.openedAt))).append("（日本時間）")
                .append("\n対応: ").append(step.descriptionJa).append("（").append(step.clause).append("）");
        if (ackWithin != null) {
            body.append("\n受領確認の期限: ").append(jst(now.plus(ackWithin))).append("（日本時間）");
        }
        body.append("\n\n相談の内容はこの連絡に記載していません。詳細は担当者から電話でお伝えします。")
                .append("\n次のリンクを開き、「受領を確認する」を押してください。\n")
                .append(ackUrl)
                .append("\n\n— Yorisoi（このメールには返信できません）\n");
        return new Notice(noticeId, c.contractId, subject, body.toString(), ackUrl);
    }

    static Notice leadAlert(String noticeId, String contractNameJa, LeadAlert alert, String boardUrl) {
        String what = ALERT_JA.getOrDefault(alert.kind(), alert.kind().name());
        String subject = "【リーダー通知】" + contractNameJa + "：" + what;
        StringBuilder body = new StringBuilder()
                .append(contractNameJa).append(" リーダー各位\n\n")
                .append(what).append("。\n")
                .append("\n時刻: ").append(jst(alert.at())).append("（日本時間）");
        if (alert.caseId() != null) {
            body.append("\nケースID: ").append(alert.caseId());
        }
        if (alert.conversationId() != null) {
            body.append("\n相談ID: ").append(alert.conversationId());
        }
        if (alert.stepIndex() >= 0) {
            body.append("\n手順: ").append(alert.stepIndex() + 1);
        }
        body.append("\n\nリーダーボードで確認してください:\n").append(boardUrl)
                .append("\n\n— Yorisoi（このメールには返信できません）\n");
        return new Notice(noticeId, alert.contractId(), subject, body.toString(), boardUrl);
    }

    private static String jst(Instant instant) {
        return ZonedDateTime.ofInstant(instant, PlatformClock.TOKYO).format(JST);
    }
}
