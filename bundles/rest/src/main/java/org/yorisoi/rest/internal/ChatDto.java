package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.yorisoi.chat.Callback;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConsultationRecord;
import org.yorisoi.chat.Instruction;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.Note;
import org.yorisoi.chat.QueueEntry;
import org.yorisoi.chat.RiskMark;
import org.yorisoi.consultation.Message;
import org.yorisoi.contract.spi.Attribute;
import org.yorisoi.platform.Availability;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

/**
 * The JSON shapes of the chat API and their mapping from the chat records. Schema names start with {@code Chat} or
 * {@code Conversation} so they never collide with the other resources' schemas in the OpenAPI document. Texts are
 * kept out of {@code toString()}: a logged DTO must not leak what a consulter wrote.
 */
final class ChatDto {

    /** Longest message a consulter or counselor may send, in characters. */
    static final int MAX_TEXT = 2000;
    /** Longest free-text intake answer, in characters. */
    static final int MAX_ATTRIBUTE_TEXT = 100;

    private ChatDto() {
    }

    static String format(Instant instant) {
        return SecurityDto.format(instant);
    }

    @Schema(name = "ChatMessage", description = "One message of a conversation")
    public record ChatMessageView(String id, int seq,
                                  @Schema(allowableValues = {"CLIENT", "COUNSELOR", "AI", "SYSTEM"}) String sender,
                                  @Schema(format = "date-time") String at, String text) {
        static ChatMessageView of(Message m) {
            return m == null ? null : new ChatMessageView(m.id(), m.seq(), m.sender().name(), format(m.at()), m.text());
        }

        @Override
        public String toString() {
            return "ChatMessage[id=" + id + ", seq=" + seq + "]";
        }
    }

    @Schema(name = "ChatEvent", description = "Something that happened in a conversation; seq numbers the events without gaps")
    public record ChatEventView(long seq,
                                @Schema(allowableValues = {"MESSAGE", "CLAIMED", "TRANSFERRED", "NOTE", "INSTRUCTION", "CLOSED"}) String kind,
                                @Schema(format = "date-time") String at, ChatMessageView message) {
        static ChatEventView of(ChatEvent e) {
            return new ChatEventView(e.seq(), e.kind().name(), format(e.at()), ChatMessageView.of(e.message()));
        }
    }

    @Schema(name = "ConversationEvent", description = "An event as staff see it: with the counselor who holds the conversation and whether the consulter sees it")
    public record ConversationEventView(String conversationId, long seq, String kind,
                                        @Schema(format = "date-time") String at, ChatMessageView message,
                                        String counselorId, boolean visibleToClient) {
        static ConversationEventView of(ChatEvent e) {
            return new ConversationEventView(e.conversationId(), e.seq(), e.kind().name(), format(e.at()),
                    ChatMessageView.of(e.message()), e.counselorId(), e.visibleToClient());
        }
    }

    @Schema(name = "ChatOption")
    public record ChatOptionView(String code, String labelJa) {
    }

    @Schema(name = "ChatAttribute", description = "An intake question; options empty for free text")
    public record ChatAttributeView(String key, String labelJa, boolean required, List<ChatOptionView> options) {
        static ChatAttributeView of(Attribute a) {
            return new ChatAttributeView(a.key(), a.labelJa(), a.required(),
                    a.options().stream().map(o -> new ChatOptionView(o.code(), o.labelJa())).toList());
        }
    }

    @Schema(name = "ChatAvailability")
    public record ChatAvailabilityView(boolean receiving, boolean humanStaffed,
                                       @Schema(format = "date-time", nullable = true) String nextHumanOpening) {
        static ChatAvailabilityView of(Availability a) {
            return new ChatAvailabilityView(a.receiving(), a.humanStaffed(), Params.format(a.nextHumanOpening()));
        }
    }

    @Schema(name = "ChatIntake", description = "What the consulter page needs before a conversation starts")
    public record ChatIntakeView(String contract, String nameJa,
                                 @Schema(description = "the consent and privacy notice (the contract's welcome text)") String notice,
                                 List<ChatAttributeView> attributes, ChatAvailabilityView availability) {
    }

    @Schema(name = "ChatOpenRequest")
    public record ChatOpenRequest(Map<String, String> attributes, boolean consent) {
        @Override
        public String toString() {
            return "ChatOpenRequest[]";
        }
    }

    @Schema(name = "ChatOpened")
    public record ChatOpenedView(String conversationId,
                                 @Schema(description = "the consulter's only key: send it as X-Chat-Token") String clientToken,
                                 @Schema(allowableValues = {"ANSWERED", "QUEUED", "BUSY", "OUT_OF_HOURS", "OUTSIDE_TERM"}) String situation,
                                 int queuePosition, List<ChatMessageView> replies) {
        static ChatOpenedView of(String conversationId, String clientToken, IntakeResult result) {
            return new ChatOpenedView(conversationId, clientToken, result.situation().name(), result.queuePosition(),
                    result.replies().stream().map(ChatMessageView::of).toList());
        }

        @Override
        public String toString() {
            return "ChatOpened[" + conversationId + "]";
        }
    }

    @Schema(name = "ChatMessageRequest")
    public record ChatMessageRequest(String text,
                                     @Schema(description = "browser-generated id; a retry with the same id stores nothing twice") String clientMessageId) {
        @Override
        public String toString() {
            return "ChatMessageRequest[" + clientMessageId + "]";
        }
    }

    @Schema(name = "ChatReceived")
    public record ChatReceivedView(ChatMessageView message, String situation, int queuePosition,
                                   List<ChatMessageView> replies) {
        static ChatReceivedView of(IntakeResult result) {
            return new ChatReceivedView(ChatMessageView.of(result.stored()), result.situation().name(),
                    result.queuePosition(), result.replies().stream().map(ChatMessageView::of).toList());
        }
    }

    @Schema(name = "Conversation")
    public record ConversationView(String id, String contractId, String channel,
                                   @Schema(allowableValues = {"WAITING", "ACTIVE", "CLOSED"}) String state,
                                   String counselorId, Map<String, String> attributes,
                                   @Schema(format = "date-time") String openedAt,
                                   @Schema(format = "date-time") String claimedAt,
                                   @Schema(format = "date-time") String closedAt, long lastSeq,
                                   @Schema(allowableValues = {"NONE", "LOW", "MEDIUM", "HIGH"},
                                           description = "the highest counted risk of the consulter's messages so far") String risk) {
        static ConversationView of(Conversation c) {
            return new ConversationView(c.id(), c.contractId(), c.channel().name(), c.state().name(), c.counselorId(),
                    c.attributes(), format(c.openedAt()), format(c.claimedAt()), format(c.closedAt()), c.lastSeq(),
                    severityName(c.risk()));
        }
    }

    @Schema(name = "ConversationQueueEntry")
    public record ConversationQueueEntryView(ConversationView conversation, int position, long waitingSeconds,
                                             @Schema(allowableValues = {"NONE", "LOW", "MEDIUM", "HIGH"},
                                                     description = "the highest counted risk so far; the queue is ordered by it, then by waiting time") String risk) {
        static ConversationQueueEntryView of(QueueEntry e) {
            return new ConversationQueueEntryView(ConversationView.of(e.conversation()), e.position(),
                    e.waiting().toSeconds(), severityName(e.conversation().risk()));
        }
    }

    /** A severity's name; NONE when the chat has none to give. */
    static String severityName(Severity risk) {
        return (risk == null ? Severity.NONE : risk).name();
    }

    @Schema(name = "ConversationRiskMark", description = "A risk detector's hit on a consulter's message: where it is "
            + "(UTF-16 offsets into the message text), never the words themselves")
    public record ConversationRiskMarkView(String messageId, String entryId,
                                           @Schema(allowableValues = {"SUICIDAL_IDEATION", "SELF_HARM", "ABUSE", "VIOLENCE", "IMMINENT_DANGER"}) String category,
                                           @Schema(allowableValues = {"NONE", "LOW", "MEDIUM", "HIGH"}) String severity,
                                           int start, int end,
                                           @Schema(description = "negated (\"not going to ...\"): does not count") boolean negated,
                                           @Schema(description = "someone else's words: counts one level lower, severity already lowered") boolean reported,
                                           String lexiconVersion) {
        static ConversationRiskMarkView of(RiskMark m) {
            RiskHit h = m.hit();
            return new ConversationRiskMarkView(m.messageId(), h.entryId(),
                    h.category() == null ? null : h.category().name(), severityName(h.severity()), h.start(), h.end(),
                    h.negated(), h.reported(), m.lexiconVersion());
        }
    }

    @Schema(name = "ConversationRisk", description = "The conversation's risk and the hits it rests on, in message order")
    public record ConversationRiskView(@Schema(allowableValues = {"NONE", "LOW", "MEDIUM", "HIGH"}) String risk,
                                       List<ConversationRiskMarkView> marks) {
        static ConversationRiskView of(Severity risk, List<RiskMark> marks) {
            return new ConversationRiskView(severityName(risk), marks.stream().map(ConversationRiskMarkView::of).toList());
        }
    }

    @Schema(name = "ChatCallback")
    public record ChatCallbackView(String id, String conversationId, @Schema(format = "date-time") String contactAt,
                                   @Schema(format = "date-time") String dueBy,
                                   @Schema(format = "date-time") String doneAt, String doneBy, boolean open) {
        static ChatCallbackView of(Callback c) {
            return new ChatCallbackView(c.id(), c.conversationId(), format(c.contactAt()), format(c.dueBy()),
                    format(c.doneAt()), c.doneBy(), c.open());
        }
    }

    @Schema(name = "ConversationNote")
    public record ConversationNoteView(String id, String authorId, @Schema(format = "date-time") String at, String text) {
        static ConversationNoteView of(Note n) {
            return new ConversationNoteView(n.id(), n.authorId(), format(n.at()), n.text());
        }

        @Override
        public String toString() {
            return "ConversationNote[" + id + "]";
        }
    }

    @Schema(name = "ConversationInstruction")
    public record ConversationInstructionView(String id, String authorId, @Schema(format = "date-time") String at,
                                              String text, @Schema(format = "date-time") String sentAt, String sentBy,
                                              String messageId) {
        static ConversationInstructionView of(Instruction i) {
            return new ConversationInstructionView(i.id(), i.authorId(), format(i.at()), i.text(), format(i.sentAt()),
                    i.sentBy(), i.messageId());
        }

        @Override
        public String toString() {
            return "ConversationInstruction[" + id + "]";
        }
    }

    @Schema(name = "ConversationRecord", description = "The record of a closed consultation; start and duration filled in by the platform")
    public record ConversationRecordView(String mainComplaint, String advice, String category,
                                         Map<String, String> attributes, String urgency,
                                         @Schema(format = "date-time") String start, Long durationSeconds,
                                         String closedBy) {
        static ConversationRecordView of(ConsultationRecord r) {
            return new ConversationRecordView(r.mainComplaint(), r.advice(), r.category().name(), r.attributes(),
                    r.urgency().name(), format(r.start()), r.duration() == null ? null : r.duration().toSeconds(),
                    r.closedBy());
        }

        @Override
        public String toString() {
            return "ConversationRecord[" + category + "]";
        }
    }

    @Schema(name = "ConversationDetail", description = "A conversation with every event (staff-only ones included) and the lead's notes")
    public record ConversationDetailView(ConversationView conversation, List<ConversationEventView> events,
                                         List<ConversationNoteView> notes) {
    }

    @Schema(name = "ConversationText")
    public record ConversationTextRequest(String text) {
        @Override
        public String toString() {
            return "ConversationText[]";
        }
    }

    @Schema(name = "ConversationTransfer")
    public record ConversationTransferRequest(String toPersonId) {
    }

    @Schema(name = "ConversationClose")
    public record ConversationCloseRequest(String mainComplaint, String advice,
                                           @Schema(allowableValues = {"BULLYING", "SCHOOL_REFUSAL", "FRIENDSHIPS", "FAMILY", "MENTAL_HEALTH", "OTHER"}) String category,
                                           Map<String, String> attributes,
                                           @Schema(allowableValues = {"NONE", "LOW", "MEDIUM", "HIGH", "EMERGENCY"}) String urgency) {
        @Override
        public String toString() {
            return "ConversationClose[" + category + "]";
        }
    }

    @Schema(name = "ChatCannedResponse")
    public record ChatCannedResponseView(String title, String text) {
    }

    /** A message text of 1..{@value #MAX_TEXT} characters, else 400 naming the field. */
    static String text(String field, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new BadParameterException(field, "1.." + MAX_TEXT + " characters");
        }
        return text;
    }

    /** A required enum value, else 400 naming the field and the allowed values. */
    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value.trim())) {
                    return e;
                }
            }
        }
        throw new BadParameterException(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** A non-negative sequence number, 0 when absent. */
    static long after(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long after = Long.parseLong(value.trim());
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a negative number
        }
        throw new BadParameterException("after", "a sequence number >= 0");
    }

    /**
     * Checks intake answers against the contract's questions: only known keys, option codes among the options,
     * free text short, required ones present; blank answers are dropped (the consulter skipped the question).
     */
    static Map<String, String> intakeAttributes(List<Attribute> questions, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        Map<String, Attribute> byKey = new java.util.LinkedHashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        Map<String, String> accepted = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> answer : given.entrySet()) {
            Attribute q = byKey.get(answer.getKey());
            if (q == null) {
                throw new BadParameterException("attributes." + answer.getKey(), "not asked by this contract");
            }
            String value = answer.getValue() == null ? "" : answer.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!q.options().isEmpty() && q.options().stream().noneMatch(o -> o.code().equals(value))) {
                throw new BadParameterException("attributes." + q.key(), "one of "
                        + q.options().stream().map(Attribute.Option::code).toList());
            }
            if (q.options().isEmpty() && value.length() > MAX_ATTRIBUTE_TEXT) {
                throw new BadParameterException("attributes." + q.key(), "at most " + MAX_ATTRIBUTE_TEXT + " characters");
            }
            accepted.put(q.key(), value);
        }
        for (Attribute q : questions) {
            if (q.required() && !accepted.containsKey(q.key())) {
                throw new BadParameterException("attributes." + q.key(), "required by this contract");
            }
        }
        return accepted;
    }
}
