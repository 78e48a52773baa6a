package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.QueueEntry;
import org.yorisoi.chat.RiskMark;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.risk.Severity;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;

/** Risk detection on intake: stored with the message, shown to the counselor, ordering the queue, alerting the lead. */
public class ChatRiskTest {

    private static final String HIGH_RISK = "もう死にたい。今から橋から飛び降りる";
    private static final String HARMLESS = "部活の先輩とうまくいかなくて相談したいです";
    private static final String NEGATED = "死にたいなんて思ってないけど、少し疲れた";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ChatFixture f;
    private Caller counselor;
    private Caller viewer;

    @Before
    public void setUp() throws Exception {
        f = new ChatFixture(folder.getRoot().toPath(), 1);
        counselor = f.person("c1", Role.COUNSELOR);
        viewer = f.person("v1", Role.MUNICIPAL_VIEWER);
        f.onDuty("c1", Role.COUNSELOR);
        // keep everybody waiting: the one counselor holds a conversation already
        String busy = f.chat.openWeb(ChatFixture.CONTRACT, Map.of()).conversationId();
        f.chat.receive(busy, HARMLESS, null);
        f.chat.claim(counselor, busy);
    }

    @After
    public void tearDown() {
        int inside = f.audit.insideTransactions;
        f.close();
        assertEquals("audit entries recorded inside a transaction", 0, inside);
    }

    private String write(String text) {
        String id = f.chat.openWeb(ChatFixture.CONTRACT, Map.of("schoolType", "CITY")).conversationId();
        f.chat.receive(id, text, null);
        return id;
    }

    private Severity risk(String conversationId) {
        return f.chat.conversation(conversationId).orElseThrow().risk();
    }

    @Test
    public void highRiskConversationIsAnsweredBeforeOnesThatWaitedLonger() {
        String first = write(HARMLESS);
        f.clock.advance(Duration.ofMinutes(5));
        String second = write(HARMLESS);
        f.clock.advance(Duration.ofMinutes(5));
        String atRisk = write(HIGH_RISK);

        List<QueueEntry> queue = f.chat.queue(counselor, ChatFixture.CONTRACT);
        assertEquals(List.of(atRisk, first, second), queue.stream().map(e -> e.conversation().id()).toList());
        assertEquals(Severity.HIGH, queue.get(0).conversation().risk());
        assertEquals(1, queue.get(0).position());
        assertEquals(Severity.NONE, queue.get(1).conversation().risk());
    }

    @Test
    public void theConsulterIsToldTheQueuePositionAfterRiskOrdering() {
        write(HARMLESS);
        f.clock.advance(Duration.ofMinutes(1));
        write(HIGH_RISK);
        f.clock.advance(Duration.ofMinutes(1));
        String id = f.chat.openWeb(ChatFixture.CONTRACT, Map.of()).conversationId();
        IntakeResult first = f.chat.receive(id, HARMLESS, null);
        assertEquals(3, first.queuePosition());
    }

    @Test
    public void hitsAreStoredWithTheMessageAndShownToTheCounselor() {
        String id = write(HIGH_RISK);
        List<RiskMark> marks = f.chat.riskMarks(counselor, id);
        assertFalse(marks.isEmpty());
        String messageId = f.chat.events(id, 0, false).stream().filter(e -> e.kind() == ChatEvent.Kind.MESSAGE
                && e.message().sender() == org.yorisoi.consultation.Sender.CLIENT).findFirst().orElseThrow()
                .message().id();
        for (RiskMark mark : marks) {
            assertEquals(messageId, mark.messageId());
            assertTrue(mark.hit().start() >= 0 && mark.hit().end() <= HIGH_RISK.length());
            assertTrue(mark.lexiconVersion() != null && !mark.lexiconVersion().isBlank());
        }
        assertEquals(Severity.HIGH, risk(id));
    }

    @Test
    public void aRiskEventReachesStaffButNotTheConsulter() {
        String id = write(HIGH_RISK);
        assertTrue(f.chat.events(id, 0, false).stream().anyMatch(e -> e.kind() == ChatEvent.Kind.RISK));
        assertFalse(f.chat.events(id, 0, true).stream().anyMatch(e -> e.kind() == ChatEvent.Kind.RISK));
    }

    @Test
    public void aNegatedExpressionDoesNotRaiseTheConversationsRisk() {
        String id = write(NEGATED);
        assertEquals(Severity.NONE, risk(id));
        assertTrue(f.chat.riskMarks(counselor, id).stream().allMatch(m -> m.hit().negated()));
        assertFalse(f.audit.snapshot().stream().anyMatch(e -> AuditActions.RISK_DETECTED.equals(e.action())));
    }

    @Test
    public void riskNeverFallsWhenLaterMessagesAreHarmless() {
        String id = write(HIGH_RISK);
        f.chat.receive(id, HARMLESS, null);
        assertEquals(Severity.HIGH, risk(id));
    }

    @Test
    public void aHighRiskMessageAlertsTheLeadAndIsAuditedByIdsOnly() {
        String id = write(HIGH_RISK);
        List<AuditEvent> events = f.audit.snapshot();
        AuditEvent detected = events.stream().filter(e -> AuditActions.RISK_DETECTED.equals(e.action()))
                .findFirst().orElseThrow();
        assertTrue(detected.detail().contains("severity=HIGH"));
        assertFalse(detected.detail().contains("死"));
        assertTrue(events.stream().anyMatch(e -> AuditActions.LEAD_ALERTED.equals(e.action())
                && id.equals(e.target()) && e.detail().contains("HIGH_RISK_MESSAGE")));
        long alerts = f.jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(a) FROM LeadAlertEntity a WHERE a.conversationId = :c", Long.class)
                .setParameter("c", id).getSingleResult());
        assertEquals(1, alerts);
    }

    @Test(expected = AccessDeniedException.class)
    public void riskMarksNeedTheAnsweringPermission() {
        f.chat.riskMarks(viewer, write(HIGH_RISK));
    }
}
