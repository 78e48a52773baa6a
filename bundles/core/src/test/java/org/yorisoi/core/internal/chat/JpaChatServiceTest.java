package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.chat.Callback;
import org.yorisoi.chat.Category;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ConsultationRecord;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.Instruction;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.IntakeResult.Situation;
import org.yorisoi.chat.OutboundChannel;
import org.yorisoi.chat.Urgency;
import org.yorisoi.chat.WebClient;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;

public class JpaChatServiceTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ChatFixture f;
    private Caller counselor;
    private Caller other;
    private Caller lead;
    private Caller viewer;

    @Before
    public void setUp() throws Exception {
        f = new ChatFixture(folder.getRoot().toPath(), 2);
        counselor = f.person("c1", Role.COUNSELOR);
        other = f.person("c2", Role.COUNSELOR);
        lead = f.person("l1", Role.LEAD);
        viewer = f.person("v1", Role.MUNICIPAL_VIEWER);
        f.onDuty("c1", Role.COUNSELOR);
    }

    @After
    public void tearDown() {
        int inside = f.audit.insideTransactions;
        f.close();
        assertEquals("audit entries recorded inside a transaction", 0, inside);
    }

    private String openWeb() {
        return f.chat.openWeb(ChatFixture.CONTRACT, Map.of("schoolType", "CITY")).conversationId();
    }

    @Test
    public void aReceivedMessageIsCommittedWithItsEventBeforeReceiveReturns() {
        String id = openWeb();
        IntakeResult result = f.chat.receive(id, "相談したいです", "m-1");
        assertEquals(Situation.QUEUED, result.situation());
        assertEquals(1, result.queuePosition());
        assertEquals(List.of("ようこそ。"), result.replies().stream().map(Message::text).toList());
        List<ChatEvent> events = f.chat.events(id, 0, true);
        assertEquals(List.of(1L, 2L), events.stream().map(ChatEvent::seq).toList());
        assertEquals("相談したいです", events.get(0).message().text());
        assertEquals(Sender.SYSTEM, events.get(1).message().sender());
        assertEquals(2, f.chat.conversation(id).orElseThrow().lastSeq());
        AuditEvent audited = f.audit.snapshot().stream().filter(e -> "consulter".equals(e.actor())).findFirst()
                .orElseThrow();
        assertEquals(AuditActions.WRITE, audited.action());
        assertEquals(result.stored().id(), audited.target());
        assertEquals("channel=WEB", audited.detail());
    }

    @Test
    public void aRetryWithTheSameClientMessageIdStoresNothingTwice() {
        String id = openWeb();
        IntakeResult first = f.chat.receive(id, "こんにちは", "m-1");
        IntakeResult retry = f.chat.receive(id, "こんにちは", "m-1");
        assertEquals(first.stored().id(), retry.stored().id());
        assertTrue(retry.replies().isEmpty());
        assertEquals(2, f.store.messages(id).size());
        assertEquals(2, f.chat.events(id, 0, false).size());
    }

    @Test
    public void outOfHoursTheConsulterGetsOneReplyWithTheNextOpeningAndOneCallback() {
        f.staffed = false;
        String id = openWeb();
        IntakeResult first = f.chat.receive(id, "夜にすみません", null);
        IntakeResult second = f.chat.receive(id, "もう一つ", null);
        assertEquals(Situation.OUT_OF_HOURS, first.situation());
        assertEquals(List.of("次の受付は7月17日(木) 17:00からです。"),
                first.replies().stream().map(Message::text).toList());
        assertTrue(second.replies().isEmpty());
        List<Callback> callbacks = f.chat.callbacks(counselor, ChatFixture.CONTRACT, true);
        assertEquals(1, callbacks.size());
        assertEquals(ChatFixture.NEXT_OPENING.toInstant(), callbacks.get(0).dueBy());
        assertEquals(id, callbacks.get(0).conversationId());
    }

    @Test
    public void afterTheCallbackIsDoneANewOutOfHoursContactIsAnsweredAndListedAgain() {
        f.staffed = false;
        String id = openWeb();
        f.chat.receive(id, "夜にすみません", null);
        Callback open = f.chat.callbacks(counselor, ChatFixture.CONTRACT, true).get(0);
        Callback done = f.chat.callbackDone(counselor, open.id());
        assertFalse(done.open());
        assertEquals("c1", done.doneBy());
        assertEquals(1, f.chat.receive(id, "また夜です", null).replies().size());
        assertEquals(1, f.chat.callbacks(counselor, ChatFixture.CONTRACT, true).size());
        assertEquals(2, f.chat.callbacks(counselor, ChatFixture.CONTRACT, false).size());
    }

    @Test
    public void outsideTheTermTheClosingNoticeIsGivenAndNoCallbackListed() {
        f.receiving = false;
        String id = openWeb();
        IntakeResult result = f.chat.receive(id, "まだやってますか", null);
        assertEquals(Situation.OUTSIDE_TERM, result.situation());
        assertEquals("相談窓口は終了しました。", result.replies().get(0).text());
        assertTrue(f.chat.callbacks(counselor, ChatFixture.CONTRACT, false).isEmpty());
    }

    @Test
    public void concurrentMessagesAreNumberedWithoutGapsOrDuplicates() throws Exception {
        String id = openWeb();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                sent.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        f.chat.receive(id, "t" + thread + "-" + i, "t" + thread + "-" + i);
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<ChatEvent> events = f.chat.events(id, 0, false);
        assertEquals(LongStream.rangeClosed(1, 25).boxed().toList(), events.stream().map(ChatEvent::seq).toList());
        List<String> texts = new ArrayList<>(events.stream().map(e -> e.message().text())
                .filter(t -> t.startsWith("t")).toList());
        assertEquals(24, texts.size());
        assertEquals(24, texts.stream().distinct().count());
        Collections.sort(texts);
        assertEquals("t0-0", texts.get(0));
    }

    @Test
    public void eventsAfterASeqAreTheOnesAReconnectingClientMissed() {
        String id = openWeb();
        f.chat.receive(id, "一", null);
        f.chat.receive(id, "二", null);
        assertEquals(List.of(3L), f.chat.events(id, 2, true).stream().map(ChatEvent::seq).toList());
    }

    @Test
    public void aCounselorCannotClaimAboveCapacity() {
        String a = openWeb();
        String b = openWeb();
        String c = openWeb();
        f.chat.claim(counselor, a);
        f.chat.claim(counselor, b);
        assertThrows(IllegalStateException.class, () -> f.chat.claim(counselor, c));
        assertEquals(2, f.chat.mine(counselor, ChatFixture.CONTRACT).size());
    }

    @Test
    public void whenEveryCounselorOnDutyIsAtCapacityTheConsulterHearsTheQueuePosition() {
        f.chat.claim(counselor, openWeb());
        f.chat.claim(counselor, openWeb());
        String waiting = openWeb();
        IntakeResult result = f.chat.receive(waiting, "まだですか", null);
        assertEquals(Situation.BUSY, result.situation());
        assertEquals(1, result.queuePosition());
        assertEquals("ただいま1番目にお待ちいただいています。", result.replies().get(0).text());
        assertEquals(1, f.chat.queue(counselor, ChatFixture.CONTRACT).size());
    }

    @Test
    public void anActiveConversationIsNotCutOffAtClosingTime() {
        String id = openWeb();
        f.chat.receive(id, "はじめまして", null);
        f.chat.claim(counselor, id);
        f.staffed = false;
        IntakeResult late = f.chat.receive(id, "まだ話せますか", null);
        assertEquals(Situation.ANSWERED, late.situation());
        assertTrue(late.replies().isEmpty());
        assertEquals(ConversationState.ACTIVE, late.conversation().state());
        assertTrue(f.chat.callbacks(counselor, ChatFixture.CONTRACT, false).isEmpty());
    }

    @Test
    public void onlyTheHolderSendsAndListenersHearItAfterTheCommitEvenWhenOneFails() throws Exception {
        String id = openWeb();
        f.chat.claim(counselor, id);
        List<ChatEvent> heard = new ArrayList<>();
        f.chat.subscribe(id, e -> {
            throw new IllegalStateException("broken page");
        });
        try (AutoCloseable console = f.chat.subscribeContract(ChatFixture.CONTRACT, e -> {
            // the event is committed when heard: a fresh read finds it
            assertEquals(e.seq(), f.chat.conversation(id).orElseThrow().lastSeq());
            heard.add(e);
        })) {
            assertThrows(AccessDeniedException.class, () -> f.chat.send(other, id, "横から"));
            Message sent = f.chat.send(counselor, id, "お話を聞かせてください");
            assertEquals(Sender.COUNSELOR, sent.sender());
            assertEquals("c1", sent.authorId());
        }
        assertEquals(1, heard.size());
        assertEquals(ChatEvent.Kind.MESSAGE, heard.get(0).kind());
    }

    @Test
    public void lineMessagesGoOutThroughTheChannelButAutomaticRepliesDoNot() {
        List<String> delivered = new ArrayList<>();
        f.chat.addOutbound(new OutboundChannel() {
            @Override
            public Channel channel() {
                return Channel.LINE;
            }

            @Override
            public void deliver(Conversation conversation, String externalUserId, Message message) {
                delivered.add(externalUserId + ":" + message.id());
            }
        });
        f.chat.addOutbound(new OutboundChannel() {
            @Override
            public Channel channel() {
                return Channel.LINE;
            }

            @Override
            public void deliver(Conversation conversation, String externalUserId, Message message) {
                throw new IllegalStateException("LINE is down");
            }
        });
        Conversation line = f.chat.conversationOf(ChatFixture.CONTRACT, Channel.LINE, "U123", Map.of());
        assertEquals(line.id(), f.chat.conversationOf(ChatFixture.CONTRACT, Channel.LINE, "U123", Map.of()).id());
        assertEquals(1, f.chat.receive(line.id(), "こんにちは", "line-1").replies().size());
        assertTrue(delivered.isEmpty());
        f.chat.claim(counselor, line.id());
        Message sent = f.chat.send(counselor, line.id(), "こんにちは、相談員です");
        assertEquals(List.of("U123:" + sent.id()), delivered);
    }

    @Test
    public void closingFillsStartDurationAndCloserAndKeepsTheTextsEncrypted() throws Exception {
        String id = openWeb();
        f.chat.receive(id, "友だちとけんかしました", null);
        f.clock.advance(Duration.ofMinutes(5));
        f.chat.claim(counselor, id);
        f.clock.advance(Duration.ofMinutes(25));
        Conversation closed = f.chat.close(counselor, id, ConsultationRecord.of("友人関係の悩み", "話し合いを提案",
                Category.FRIENDSHIPS, Map.of("grade", "中2"), Urgency.LOW));
        assertEquals(ConversationState.CLOSED, closed.state());
        ConsultationRecord record = f.chat.record(id).orElseThrow();
        assertEquals("友人関係の悩み", record.mainComplaint());
        assertEquals(Duration.ofMinutes(25), record.duration());
        assertEquals(closed.openedAt(), record.start());
        assertEquals("c1", record.closedBy());
        assertEquals(Map.of("grade", "中2", "schoolType", "CITY"), record.attributes());
        assertNotNull(f.store.find(id).orElseThrow().closedAt());
        assertThrows(IllegalStateException.class, () -> f.chat.receive(id, "まだ", null));
        try (Connection db = f.derby.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT MAIN_COMPLAINT FROM YS_CONVERSATION WHERE ID = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                byte[] stored = rs.getBytes(1);
                assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(
                        new String("友人関係の悩み".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
            }
        }
    }

    @Test
    public void aCounselorWhoDoesNotHoldTheConversationCannotCloseItButALeadCan() {
        String id = openWeb();
        f.chat.claim(counselor, id);
        ConsultationRecord record = ConsultationRecord.of(null, null, Category.OTHER, Map.of(), Urgency.NONE);
        assertThrows(AccessDeniedException.class, () -> f.chat.close(other, id, record));
        f.chat.close(lead, id, record);
        assertEquals("l1", f.chat.record(id).orElseThrow().closedBy());
        assertNull("no texts were given", f.chat.record(id).orElseThrow().mainComplaint());
    }

    @Test
    public void notesAreForLeadsToWriteAndStayHiddenFromTheConsulter() {
        String id = openWeb();
        f.chat.receive(id, "こんにちは", null);
        f.chat.claim(counselor, id);
        assertThrows(AccessDeniedException.class, () -> f.chat.note(counselor, id, "メモ"));
        f.chat.note(lead, id, "自傷の話に注意");
        assertEquals(List.of("自傷の話に注意"), f.chat.notes(counselor, id).stream().map(n -> n.text()).toList());
        assertThrows(AccessDeniedException.class, () -> f.chat.notes(other, id));
        assertTrue(f.chat.events(id, 0, true).stream().noneMatch(e -> e.kind() == ChatEvent.Kind.NOTE));
        assertTrue(f.chat.events(id, 0, false).stream().anyMatch(e -> e.kind() == ChatEvent.Kind.NOTE));
    }

    @Test
    public void aTransferGoesOnlyToACounselorOrLeadOfTheContract() {
        String id = openWeb();
        f.chat.claim(counselor, id);
        assertThrows(IllegalArgumentException.class, () -> f.chat.transfer(counselor, id, "v1"));
        assertThrows(IllegalArgumentException.class, () -> f.chat.transfer(counselor, id, "nobody"));
        assertThrows(AccessDeniedException.class, () -> f.chat.transfer(other, id, "c2"));
        assertEquals("c2", f.chat.transfer(counselor, id, "c2").counselorId());
        assertEquals("l1", f.chat.transfer(lead, id, "l1").counselorId());
    }

    @Test
    public void aMunicipalInstructionIsSentOnceByACounselorAsTheirMessage() {
        String id = openWeb();
        f.chat.receive(id, "こんにちは", null);
        assertThrows(AccessDeniedException.class, () -> f.chat.instruct(counselor, id, "連絡です"));
        f.viewerMaySee = false;
        assertThrows(AccessDeniedException.class, () -> f.chat.instruct(viewer, id, "連絡です"));
        f.viewerMaySee = true;
        Instruction recorded = f.chat.instruct(viewer, id, "市からのお知らせです");
        assertNull(recorded.sentAt());
        assertTrue(f.chat.events(id, 0, true).stream().noneMatch(e -> e.kind() == ChatEvent.Kind.INSTRUCTION));
        Message sent = f.chat.sendInstruction(counselor, recorded.id());
        assertEquals(Sender.COUNSELOR, sent.sender());
        assertEquals("市からのお知らせです", sent.text());
        Instruction after = f.chat.instructions(viewer, id).get(0);
        assertEquals(sent.id(), after.messageId());
        assertEquals("c1", after.sentBy());
        assertThrows(IllegalStateException.class, () -> f.chat.sendInstruction(counselor, recorded.id()));
    }

    @Test
    public void aWebConversationOpensOnlyWithItsToken() {
        WebClient client = f.chat.openWeb(ChatFixture.CONTRACT, Map.of());
        assertTrue(f.chat.webConversation(client.conversationId(), client.clientToken()).isPresent());
        assertTrue(f.chat.webConversation(client.conversationId(), client.clientToken() + "x").isEmpty());
    }

    @Test
    public void staffReadsNeedTheChatPermissionsOfTheContract() {
        assertThrows(AccessDeniedException.class, () -> f.chat.queue(viewer, ChatFixture.CONTRACT));
        assertThrows(AccessDeniedException.class, () -> f.chat.live(counselor, ChatFixture.CONTRACT));
        openWeb();
        assertEquals(1, f.chat.live(lead, ChatFixture.CONTRACT).size());
        assertEquals(Map.of("いじめ窓口", "https://example.org/form"), f.chat.cannedResponses(ChatFixture.CONTRACT));
        assertEquals(2, f.chat.capacity());
    }
}
