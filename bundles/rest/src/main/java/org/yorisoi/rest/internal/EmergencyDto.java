package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseStep;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.emergency.LeadAlert;

/**
 * The JSON shapes of cases, their steps and notices, and the leads' alerts (docs/emergencies.md), and their mapping
 * from the emergency records. Schema names start with {@code Case} or name the record, so they never collide with the
 * other resources' schemas. What staff wrote into a step is kept out of {@code toString()}: a logged DTO must not leak
 * it.
 */
final class EmergencyDto {

    private static final String DATE_TIME = "date-time";

    private EmergencyDto() {
    }

    static String format(Instant instant) {
        return SecurityDto.format(instant);
    }

    @Schema(name = "CaseStep", description = "One step of a case, as the contract's escalation rule laid it out")
    public record CaseStepView(@Schema(description = "0, 1, ... in the rule's order") int index,
                               @Schema(allowableValues = {"NOTIFY_RECIPIENT", "OFFER_VOICE_CALL", "IDENTIFY_CONSULTER",
                                       "NOTIFY_POLICE", "REPORT_OUTCOME", "SHOW_CRISIS_CONTACTS", "PAGE_ON_CALL_LEAD",
                                       "PHONE_MUNICIPALITY"}) String kind,
                               String descriptionJa, String clause,
                               @Schema(description = "the consulter's consent is needed first (e.g. a voice call)") boolean needsConsent,
                               @Schema(description = "a notice the platform sends itself; done when every notice was delivered") boolean automatic,
                               @Schema(description = "for notices and reports: the recipients routed for the case") List<String> recipientIds,
                               @Schema(description = "the person who must do it") String ownerId,
                               @Schema(format = DATE_TIME) String due,
                               @Schema(format = DATE_TIME, nullable = true) String doneAt,
                               @Schema(nullable = true, description = "a person id, or `platform` for automatic notices") String doneBy,
                               @Schema(nullable = true, description = "what was done, in the staff's words; null when none or "
                                       + "when the reader may not see it") String record) {
        static CaseStepView of(CaseStep s) {
            return new CaseStepView(s.index(), s.kind().name(), s.descriptionJa(), s.clause(), s.needsConsent(),
                    s.automatic(), s.recipientIds(), s.ownerId(), format(s.due()), format(s.doneAt()), s.doneBy(),
                    s.record());
        }

        /** Never the record's text. */
        @Override
        public String toString() {
            return "CaseStep[" + index + " " + kind + (doneAt == null ? "" : " done") + "]";
        }
    }

    @Schema(name = "CaseNotice", description = "A notice of the case to one recipient's destination, and what became of it")
    public record CaseNoticeView(@Schema(description = "the notice id, in the acknowledgement link") String id,
                                 int stepIndex, String recipientId, String recipientNameJa,
                                 @Schema(allowableValues = {"EMAIL", "WEBHOOK"}) String channel,
                                 @Schema(description = "mail address or webhook URL") String address,
                                 @Schema(description = "first sending, retries after failures, re-notifications") int attempts,
                                 @Schema(format = DATE_TIME, nullable = true) String firstSentAt,
                                 @Schema(format = DATE_TIME, nullable = true) String lastSentAt,
                                 @Schema(description = "the latest attempt was accepted by the receiving server") boolean delivered,
                                 @Schema(nullable = true, description = "the receiving server's answer to the latest attempt") String lastDetail,
                                 @Schema(format = DATE_TIME, nullable = true, description = "null when no acknowledgement is asked for") String acknowledgeBy,
                                 @Schema(format = DATE_TIME, nullable = true) String acknowledgedAt,
                                 @Schema(format = DATE_TIME, nullable = true) String renotifiedAt) {
        static CaseNoticeView of(CaseNotice n) {
            return new CaseNoticeView(n.id(), n.stepIndex(), n.recipientId(), n.recipientNameJa(), n.channel(),
                    n.address(), n.attempts(), format(n.firstSentAt()), format(n.lastSentAt()), n.delivered(),
                    n.lastDetail(), format(n.acknowledgeBy()), format(n.acknowledgedAt()), format(n.renotifiedAt()));
        }
    }

    @Schema(name = "Case", description = "An emergency or information-sharing case opened on a conversation")
    public record CaseView(String id, String contractId, String conversationId,
                           @Schema(allowableValues = {"EMERGENCY", "INFORMATION_SHARING"}) String trigger,
                           @Schema(allowableValues = {"DECLARED", "DETECTION_CONFIRMED"}) String origin,
                           @Schema(allowableValues = {"OPEN", "CLOSED"}) String state,
                           String openedBy, @Schema(format = DATE_TIME) String openedAt,
                           @Schema(description = "the escalation rule's clause, e.g. kyoto 6(8)") String clause,
                           @Schema(format = DATE_TIME, nullable = true, description = "the earliest due time of a step "
                                   + "not yet done; null when all are done") String nextDue,
                           @Schema(format = DATE_TIME, nullable = true) String closedAt,
                           @Schema(nullable = true) String closedBy,
                           List<CaseStepView> steps, List<CaseNoticeView> notices) {
        static CaseView of(EmergencyCase c) {
            return new CaseView(c.id(), c.contractId(), c.conversationId(), c.trigger().name(), c.origin().name(),
                    c.state().name(), c.openedBy(), format(c.openedAt()), c.clause(), format(c.nextDue()),
                    format(c.closedAt()), c.closedBy(), c.steps().stream().map(CaseStepView::of).toList(),
                    c.notices().stream().map(CaseNoticeView::of).toList());
        }

        /** Ids and state only: never the steps' records. */
        @Override
        public String toString() {
            return "Case[" + id + " " + trigger + " " + state + "]";
        }
    }

    @Schema(name = "CaseOpen", description = "Opening a case on a conversation of the contract")
    public record CaseOpenRequest(String conversationId,
                                  @Schema(allowableValues = {"EMERGENCY", "INFORMATION_SHARING"}) String trigger,
                                  @Schema(allowableValues = {"DECLARED", "DETECTION_CONFIRMED"}) String origin) {
    }

    @Schema(name = "CaseStepDone", description = "What was done (e.g. who at the police took the call)")
    public record CaseStepDoneRequest(@Schema(nullable = true, maxLength = ChatDto.MAX_TEXT) String record) {
        @Override
        public String toString() {
            return "CaseStepDone[]";
        }
    }

    @Schema(name = "CaseStepOwner", description = "The counselor or lead of the contract who takes the step over")
    public record CaseStepOwnerRequest(String personId) {
    }

    @Schema(name = "LeadAlert", description = "Something a contract's lead must look at now")
    public record LeadAlertView(String id, String contractId,
                                @Schema(allowableValues = {"HIGH_RISK_MESSAGE", "NOTICE_UNACKNOWLEDGED",
                                        "NOTICE_UNDELIVERED", "STEP_DUE_SOON", "STEP_OVERDUE", "RECIPIENT_UNCONFIGURED"}) String kind,
                                @Schema(nullable = true, description = "null for a high-risk message before any case") String caseId,
                                String conversationId,
                                @Schema(description = "the step concerned, or -1") int stepIndex,
                                @Schema(nullable = true) String noticeId,
                                @Schema(format = DATE_TIME) String at,
                                @Schema(format = DATE_TIME, nullable = true) String seenAt,
                                @Schema(nullable = true) String seenBy) {
        static LeadAlertView of(LeadAlert a) {
            return new LeadAlertView(a.id(), a.contractId(), a.kind().name(), a.caseId(), a.conversationId(),
                    a.stepIndex(), a.noticeId(), format(a.at()), format(a.seenAt()), a.seenBy());
        }
    }
}
