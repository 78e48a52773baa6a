package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.yorisoi.chat.Category;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ConsultationRecord;
import org.yorisoi.chat.QueueEntry;
import org.yorisoi.chat.Urgency;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Attribute;
import org.yorisoi.risk.Severity;
import org.yorisoi.rest.internal.ChatDto.ChatEventView;
import org.yorisoi.rest.internal.ChatDto.ConversationCloseRequest;
import org.yorisoi.rest.internal.ChatDto.ConversationEventView;
import org.yorisoi.rest.internal.ChatDto.ConversationQueueEntryView;
import org.yorisoi.rest.internal.ChatDto.ConversationRecordView;

public class ChatDtoTest {

    private static final List<Attribute> QUESTIONS = List.of(
            new Attribute("schoolType", "学校の種類", false, List.of(new Attribute.Option("elementary", "小学校"),
                    new Attribute.Option("junior", "中学校")), "test 3"),
            new Attribute("grade", "学年", false, List.of(), "test 3"));

    private static void assertBadParameter(String field, Runnable call) {
        try {
            call.run();
            fail("expected 400 for " + field);
        } catch (BadParameterException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(field + ":"));
        }
    }

    @Test
    public void intakeAcceptsKnownOptionsAndDropsSkippedQuestions() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("schoolType", "junior");
        answers.put("grade", "  ");
        assertEquals(Map.of("schoolType", "junior"), ChatDto.intakeAttributes(QUESTIONS, answers));
        assertEquals(Map.of(), ChatDto.intakeAttributes(QUESTIONS, null));
    }

    @Test
    public void intakeRefusesUnknownKeysCodesAndLongFreeText() {
        assertBadParameter("attributes.age", () -> ChatDto.intakeAttributes(QUESTIONS, Map.of("age", "12")));
        assertBadParameter("attributes.schoolType", () -> ChatDto.intakeAttributes(QUESTIONS, Map.of("schoolType", "小学校")));
        assertBadParameter("attributes.grade", () -> ChatDto.intakeAttributes(QUESTIONS, Map.of("grade", "x".repeat(101))));
    }

    @Test
    public void intakeInsistsOnlyOnRequiredQuestions() {
        List<Attribute> required = List.of(new Attribute("municipality", "市町村", true, List.of(), "test 4"));
        assertBadParameter("attributes.municipality", () -> ChatDto.intakeAttributes(required, Map.of()));
        assertEquals(Map.of("municipality", "旭川市"), ChatDto.intakeAttributes(required, Map.of("municipality", "旭川市")));
    }

    @Test
    public void textsAreOneToTwoThousandCharacters() {
        assertEquals("a", ChatDto.text("text", "a"));
        assertEquals(2000, ChatDto.text("text", "あ".repeat(2000)).length());
        assertBadParameter("text", () -> ChatDto.text("text", "あ".repeat(2001)));
        assertBadParameter("text", () -> ChatDto.text("text", " \n"));
        assertBadParameter("text", () -> ChatDto.text("text", null));
    }

    @Test
    public void afterIsANonNegativeNumber() {
        assertEquals(0, ChatDto.after(null));
        assertEquals(12, ChatDto.after("12"));
        assertBadParameter("after", () -> ChatDto.after("-1"));
        assertBadParameter("after", () -> ChatDto.after("abc"));
    }

    @Test
    public void eventsAreShownAtJapanTimeWithTheirMessage() {
        Message m = new Message("m1", "c1", 4, Sender.COUNSELOR, "p1", Instant.parse("2025-06-02T09:00:00Z"), "こんにちは");
        ChatEventView client = ChatEventView.of(new ChatEvent("c1", 4, ChatEvent.Kind.MESSAGE, m.at(), m, null, true));
        assertEquals(4, client.seq());
        assertEquals("MESSAGE", client.kind());
        assertEquals("2025-06-02T18:00:00+09:00", client.at());
        assertEquals("COUNSELOR", client.message().sender());
        assertEquals("こんにちは", client.message().text());
        assertTrue("no text in logs", !client.message().toString().contains("こんにちは"));

        ConversationEventView staff = ConversationEventView.of(new ChatEvent("c1", 5, ChatEvent.Kind.NOTE, m.at(), null, null, false));
        assertNull(staff.message());
        assertEquals(false, staff.visibleToClient());
    }

    @Test
    public void queueShowsRiskAndWaitingSecondsAndRecordsTheirDuration() {
        Conversation waiting = ChatFakes.conversation("c1", "kyoto", ConversationState.WAITING);
        QueueEntry entry = new QueueEntry(new Conversation(waiting.id(), waiting.contractId(), waiting.channel(),
                waiting.state(), null, waiting.attributes(), waiting.openedAt(), null, null, waiting.lastSeq(),
                Severity.HIGH), 2, Duration.ofMinutes(3));
        ConversationQueueEntryView view = ConversationQueueEntryView.of(entry);
        assertEquals(180, view.waitingSeconds());
        assertEquals("HIGH", view.risk());
        assertEquals("HIGH", view.conversation().risk());
        assertEquals("WAITING", view.conversation().state());
        assertEquals("2025-06-02T18:00:00+09:00", view.conversation().openedAt());

        ConsultationRecord r = new ConsultationRecord("主訴", "助言", Category.BULLYING, Map.of(), Urgency.HIGH,
                Instant.parse("2025-06-02T09:00:00Z"), Duration.ofMinutes(25), "p1");
        ConversationRecordView rv = ConversationRecordView.of(r);
        assertEquals(Long.valueOf(1500), rv.durationSeconds());
        assertEquals("BULLYING", rv.category());
    }

    @Test
    public void closingNeedsEveryFieldOfTheRecord() {
        ConsultationRecord r = ConversationsResource.record(new ConversationCloseRequest("主訴", "助言", "school_refusal",
                Map.of("grade", "2"), "LOW"));
        assertEquals(Category.SCHOOL_REFUSAL, r.category());
        assertEquals(Urgency.LOW, r.urgency());
        assertBadParameter("category", () -> ConversationsResource.record(new ConversationCloseRequest("主訴", "助言", "sad", null, "LOW")));
        assertBadParameter("urgency", () -> ConversationsResource.record(new ConversationCloseRequest("主訴", "助言", "FAMILY", null, null)));
        assertBadParameter("mainComplaint", () -> ConversationsResource.record(new ConversationCloseRequest("", "助言", "FAMILY", null, "LOW")));
    }
}
