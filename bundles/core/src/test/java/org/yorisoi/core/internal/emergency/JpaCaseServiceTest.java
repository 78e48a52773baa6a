package org.yorisoi.core.internal.emergency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeMessage;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Deadline;
import org.yorisoi.contract.spi.EscalationRule;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.RoutingRule;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.core.internal.chat.ChatFixture;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.notify.internal.SmtpNoticeSender;
import org.yorisoi.notify.internal.SmtpSettings;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Cases along a Kyoto-shaped escalation rule, with notices really sent over SMTP to GreenMail: routing by school type,
 * due times from the rule, acknowledgement links, re-notification and lead alerts on the platform clock, owners, and
 * the audit trail by case id.
 */
public class JpaCaseServiceTest {

    static final String BOARD = "board@city.kyoto.test";
    static final String LEADS = "leads@operator.test";
    static final String CONSULTER_WORDS = "部活の先輩とうまくいかなくて相談したいです";
    static final Pattern ACK_LINK = Pattern.compile("https://yorisoi\\.test/ack/([0-9a-f-]{36})/([A-Za-z0-9_-]+)");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ChatFixture f;
    private GreenMail mail;
    private JpaCaseService cases;
    private Caller counselor;
    private Caller otherCounselor;
    private Caller lead;

    @Before
    public void setUp() throws Exception {
        f = new ChatFixture(folder.getRoot().toPath(), 3);
        f.contracts.deploy(new KyotoShaped(f.contracts.find(ChatFixture.CONTRACT).orElseThrow().info()));
        counselor = f.person("c1", Role.COUNSELOR);
        otherCounselor = f.person("c2", Role.COUNSELOR);
        lead = f.person("l1", Role.LEAD);
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        JpaCaseService.Settings settings = new JpaCaseService.Settings("https://yorisoi.test", Duration.ofHours(1),
                JpaCaseService.Settings.addresses(Map.of(
                        "kyoto.kyoto-city-board.email", BOARD,
                        "kyoto.leads.email", LEADS)));
        cases = new JpaCaseService(settings, f.jpa, f.clock, f.contracts, NO_HOLIDAYS, f.chat, f.chat, f.directory,
                f.keys, f.audit);
        cases.addSender(new SmtpNoticeSender(smtp(mail.getSmtp().getPort()), f.clock));
    }

    @After
    public void tearDown() {
        mail.stop();
        int inside = f.audit.insideTransactions;
        f.close();
        assertEquals("audit entries recorded inside a transaction", 0, inside);
    }

    private String conversation(String schoolType) {
        String id = f.chat.openWeb(ChatFixture.CONTRACT, Map.of("schoolType", schoolType)).conversationId();
        f.chat.receive(id, CONSULTER_WORDS, null);
        return id;
    }

    private List<MimeMessage> mailTo(String address) {
        return List.of(mail.getReceivedMessages()).stream().filter(m -> {
            try {
                return List.of(m.getAllRecipients()).stream().anyMatch(a -> a.toString().contains(address));
            } catch (javax.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).isEmpty() ? "" : decoded(m);
    }

    private static String decoded(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : GreenMailUtil.getBody(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private EmergencyCase openEmergency(String conversationId) {
        EmergencyCase opened = cases.open(counselor, conversationId, Trigger.EMERGENCY, CaseOrigin.DETECTION_CONFIRMED);
        cases.check();
        return cases.find(counselor, opened.id()).orElseThrow();
    }

    @Test
    public void anEmergencyOfAKyotoCitySchoolIsNoticedToTheCityBoardWithoutTheConsultersWords() throws Exception {
        EmergencyCase c = openEmergency(conversation("CITY"));

        List<MimeMessage> toBoard = mailTo(BOARD);
        assertEquals(1, toBoard.size());
        String text = body(toBoard.get(0));
        assertTrue(text.contains(c.id()));
        assertTrue(ACK_LINK.matcher(text).find());
        assertFalse("the notice must not carry the consulter's words", text.contains(CONSULTER_WORDS));
        assertTrue(toBoard.get(0).getSubject().contains("緊急"));

        CaseNotice notice = c.notices().get(0);
        assertEquals("kyoto-city-board", notice.recipientId());
        assertEquals("京都市教育委員会", notice.recipientNameJa());
        assertTrue(notice.delivered());
        assertEquals(1, notice.attempts());
        assertNull(notice.acknowledgedAt());
        assertEquals(notice.lastSentAt().plus(Duration.ofMinutes(15)), notice.acknowledgeBy());
        assertNotNull("the automatic notice step is done once delivered", c.steps().get(1).doneAt());
        assertEquals(JpaCaseService.PLATFORM, c.steps().get(1).doneBy());
    }

    @Test
    public void aPrivateSchoolIsRoutedToItsOwnRecipientAndAnUnconfiguredAddressAlertsTheLead() {
        EmergencyCase c = openEmergency(conversation("PRIVATE"));
        assertEquals(List.of("private-division"), c.steps().get(1).recipientIds());
        assertTrue(c.notices().isEmpty());
        assertNull(c.steps().get(1).doneAt());
        assertTrue(cases.alerts(lead, ChatFixture.CONTRACT, true).stream()
                .anyMatch(a -> a.kind() == LeadAlert.Kind.RECIPIENT_UNCONFIGURED && c.id().equals(a.caseId())));
        assertTrue(mailTo(BOARD).isEmpty());
    }

    @Test
    public void stepsAreDueAsTheContractSays() {
        EmergencyCase c = openEmergency(conversation("CITY"));
        Instant opened = c.openedAt();
        assertEquals(opened.plus(Duration.ofMinutes(10)), c.steps().get(0).due());
        LocalDateTime openedLocal = LocalDateTime.ofInstant(opened, PlatformClock.TOKYO);
        assertEquals(openedLocal.toLocalDate().plusDays(1).atTime(9, 0),
                LocalDateTime.ofInstant(c.steps().get(3).due(), PlatformClock.TOKYO));
        assertEquals(c.steps().stream().map(s -> s.ownerId()).distinct().toList(), List.of("c1"));
        assertTrue(c.steps().get(0).needsConsent());
    }

    @Test
    public void theLinkShowsTheNoticeButOnlyConfirmingAcknowledgesIt() throws Exception {
        EmergencyCase c = openEmergency(conversation("CITY"));
        Matcher link = ACK_LINK.matcher(body(mailTo(BOARD).get(0)));
        assertTrue(link.find());
        String noticeId = link.group(1);
        String token = link.group(2);

        Acknowledgement shown = cases.acknowledgement(noticeId, token).orElseThrow();
        assertEquals(c.id(), shown.caseId());
        assertEquals("京都市教育委員会", shown.recipientNameJa());
        assertNull("looking at the page does not acknowledge", shown.acknowledgedAt());

        f.clock.advance(Duration.ofMinutes(3));
        Acknowledgement acknowledged = cases.acknowledge(noticeId, token, "198.51.100.7");
        assertNotNull(acknowledged.acknowledgedAt());
        f.clock.advance(Duration.ofMinutes(1));
        assertEquals("a second confirmation changes nothing", acknowledged.acknowledgedAt(),
                cases.acknowledge(noticeId, token, "198.51.100.7").acknowledgedAt());
        assertNotNull(cases.find(counselor, c.id()).orElseThrow().notices().get(0).acknowledgedAt());

        assertTrue(f.audit.snapshot().stream().filter(e -> AuditActions.NOTICE_ACKNOWLEDGED.equals(e.action()))
                .count() == 1);
        // acknowledged: the contract's time passing sends nothing again
        f.clock.advance(Duration.ofMinutes(30));
        cases.check();
        assertEquals(1, mailTo(BOARD).size());
    }

    @Test
    public void aWrongTokenOrUnknownNoticeGetsTheSameRefusal() throws Exception {
        openEmergency(conversation("CITY"));
        Matcher link = ACK_LINK.matcher(body(mailTo(BOARD).get(0)));
        assertTrue(link.find());
        assertEquals(Optional.empty(), cases.acknowledgement(link.group(1), link.group(2) + "x"));
        IllegalArgumentException wrongToken = assertThrows(IllegalArgumentException.class,
                () -> cases.acknowledge(link.group(1), "forged", null));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> cases.acknowledge("00000000-0000-0000-0000-000000000000", link.group(2), null));
        assertEquals(wrongToken.getMessage(), unknown.getMessage());
    }

    @Test
    public void anUnacknowledgedNoticeIsSentAgainAndTheLeadAlertedOnceTheContractsTimeHasPassed() throws Exception {
        EmergencyCase c = openEmergency(conversation("CITY"));
        f.clock.advance(Duration.ofMinutes(14));
        cases.check();
        assertEquals("not before the contract's time", 1, mailTo(BOARD).size());

        f.clock.advance(Duration.ofMinutes(2));
        cases.check();
        List<MimeMessage> toBoard = mailTo(BOARD);
        assertEquals(2, toBoard.size());
        assertTrue(toBoard.get(1).getSubject().startsWith("【再通知】"));
        CaseNotice notice = cases.find(counselor, c.id()).orElseThrow().notices().get(0);
        assertEquals(2, notice.attempts());
        assertNotNull(notice.renotifiedAt());
        assertTrue(cases.alerts(lead, ChatFixture.CONTRACT, true).stream()
                .anyMatch(a -> a.kind() == LeadAlert.Kind.NOTICE_UNACKNOWLEDGED && c.id().equals(a.caseId())));
        cases.check(); // mails the lead alert
        assertTrue(mailTo(LEADS).stream().anyMatch(m -> {
            try {
                return m.getSubject().contains("受領確認");
            } catch (javax.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    public void onlyTheStepsOwnerOrALeadRecordsItAndTheRecordIsKeptEncrypted() {
        EmergencyCase c = openEmergency(conversation("CITY"));
        assertThrows(AccessDeniedException.class, () -> cases.completeStep(otherCounselor, c.id(), 2, "警察に通報"));
        assertThrows(IllegalArgumentException.class, () -> cases.completeStep(counselor, c.id(), 2, " "));
        assertThrows("automatic notice steps are the platform's", IllegalStateException.class,
                () -> cases.completeStep(counselor, c.id(), 1, "連絡した"));

        EmergencyCase done = cases.completeStep(counselor, c.id(), 2, "下京警察署に通報、安否確認を依頼");
        assertEquals("下京警察署に通報、安否確認を依頼", done.steps().get(2).record());
        assertEquals("c1", done.steps().get(2).doneBy());
        byte[] stored = f.jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Supports,
                em -> em.find(CaseStepEntity.class, CaseStepEntity.id(c.id(), 2)).recordCipher);
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.UTF_8).contains("警察"));
        assertThrows(IllegalStateException.class, () -> cases.completeStep(counselor, c.id(), 2, "again"));

        assertEquals("the contract's list carries no records", null,
                cases.cases(lead, ChatFixture.CONTRACT, true).get(0).steps().get(2).record());
        long readsBefore = f.audit.snapshot().stream()
                .filter(e -> AuditActions.CONTENT_READ.equals(e.action()) && c.id().equals(e.target())).count();
        cases.find(lead, c.id());
        assertEquals("reading a case's records is audited", readsBefore + 1, f.audit.snapshot().stream()
                .filter(e -> AuditActions.CONTENT_READ.equals(e.action()) && c.id().equals(e.target())).count());

        EmergencyCase reassigned = cases.assignStep(lead, c.id(), 0, "c2");
        assertEquals("c2", reassigned.steps().get(0).ownerId());
        assertThrows(AccessDeniedException.class, () -> cases.assignStep(counselor, c.id(), 0, "c1"));
    }

    @Test
    public void theOutcomeReportIsSentToTheRoutedRecipientWhenRecorded() {
        EmergencyCase c = openEmergency(conversation("CITY"));
        cases.completeStep(counselor, c.id(), 3, "保護者と学校に引き継ぎ済み");
        cases.check();
        assertEquals(2, mailTo(BOARD).size());
        assertTrue(cases.find(counselor, c.id()).orElseThrow().notices().stream()
                .anyMatch(n -> n.stepIndex() == 3 && n.delivered()));
        assertFalse(body(mailTo(BOARD).get(1)).contains("保護者と学校に引き継ぎ済み"));
    }

    @Test
    public void aSecondOpenCaseOfTheSameKindOnAConversationIsRefused() {
        String id = conversation("CITY");
        openEmergency(id);
        assertThrows(IllegalStateException.class,
                () -> cases.open(counselor, id, Trigger.EMERGENCY, CaseOrigin.DECLARED));
        EmergencyCase sharing = cases.open(counselor, id, Trigger.INFORMATION_SHARING, CaseOrigin.DECLARED);
        assertEquals(2, cases.casesOf(counselor, id).size());
        assertEquals(Trigger.INFORMATION_SHARING, sharing.trigger());
    }

    @Test
    public void closingWithStepsLeftNeedsALeadAndStopsReNotification() {
        EmergencyCase c = openEmergency(conversation("CITY"));
        assertThrows(IllegalStateException.class, () -> cases.close(counselor, c.id()));
        EmergencyCase closed = cases.close(lead, c.id());
        assertEquals(CaseState.CLOSED, closed.state());
        f.clock.advance(Duration.ofHours(2));
        cases.check();
        assertEquals(1, mailTo(BOARD).size());
        assertTrue(cases.alerts(lead, ChatFixture.CONTRACT, false).stream()
                .noneMatch(a -> a.kind() == LeadAlert.Kind.STEP_OVERDUE));
    }

    @Test
    public void anOverdueStepAlertsTheLeadOnceAndALaterDeadlineIsRemindedFirst() {
        EmergencyCase c = openEmergency(conversation("CITY"));
        f.clock.advance(Duration.ofMinutes(11));
        cases.check();
        cases.check();
        List<LeadAlert> overdue = cases.alerts(lead, ChatFixture.CONTRACT, true).stream()
                .filter(a -> a.kind() == LeadAlert.Kind.STEP_OVERDUE).toList();
        assertEquals(Set.of(0, 2), overdue.stream().map(LeadAlert::stepIndex).collect(java.util.stream.Collectors.toSet()));

        // the outcome report is due 09:00 the next day: reminded an hour before
        Instant due = c.steps().get(3).due();
        f.clock.advance(Duration.between(f.clock.now(), due.minus(Duration.ofMinutes(59))));
        cases.check();
        assertTrue(cases.alerts(lead, ChatFixture.CONTRACT, true).stream()
                .anyMatch(a -> a.kind() == LeadAlert.Kind.STEP_DUE_SOON && a.stepIndex() == 3));
        LeadAlert seen = cases.alertSeen(lead, overdue.get(0).id());
        assertEquals("l1", seen.seenBy());
        assertThrows(AccessDeniedException.class, () -> cases.alerts(counselor, ChatFixture.CONTRACT, true));
    }

    @Test
    public void theAuditLogHoldsTheCasesTimelineUnderItsId() throws Exception {
        EmergencyCase c = openEmergency(conversation("CITY"));
        Matcher link = ACK_LINK.matcher(body(mailTo(BOARD).get(0)));
        assertTrue(link.find());
        cases.completeStep(counselor, c.id(), 2, "通報済み");
        cases.acknowledge(link.group(1), link.group(2), "198.51.100.7");
        cases.close(lead, c.id());
        List<String> actions = f.audit.snapshot().stream().filter(e -> c.id().equals(e.target()))
                .filter(e -> e.detail() == null || !e.detail().contains("lead-alert="))
                .map(AuditEvent::action).toList();
        assertEquals(List.of(AuditActions.CASE_OPENED, AuditActions.NOTICE_SENT, AuditActions.CASE_STEP_DONE,
                AuditActions.CASE_STEP_DONE, AuditActions.NOTICE_ACKNOWLEDGED, AuditActions.CASE_CLOSED), actions);
        assertTrue(f.audit.snapshot().stream().filter(e -> c.id().equals(e.target()))
                .noneMatch(e -> e.detail() != null && (e.detail().contains(CONSULTER_WORDS) || e.detail().contains("通報済み"))));
    }

    @Test
    public void declaringNeedsThePermissionUnderTheConversationsContract() {
        String id = conversation("CITY");
        Caller viewer = f.person("v1", Role.MUNICIPAL_VIEWER);
        assertThrows(AccessDeniedException.class, () -> cases.open(viewer, id, Trigger.EMERGENCY, CaseOrigin.DECLARED));
    }

    // --- the test world ---

    static final HolidayCalendar NO_HOLIDAYS = new HolidayCalendar() {
        @Override
        public boolean isHoliday(LocalDate date) {
            return false;
        }

        @Override
        public Optional<String> holidayName(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public int firstYear() {
            return 2000;
        }

        @Override
        public int lastYear() {
            return 2100;
        }
    };

    static SmtpSettings smtp(int port) {
        return (SmtpSettings) Proxy.newProxyInstance(JpaCaseServiceTest.class.getClassLoader(),
                new Class<?>[] {SmtpSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "host" -> "127.0.0.1";
                    case "port" -> port;
                    case "username", "password" -> "";
                    case "from" -> "Yorisoi <noreply@yorisoi.test>";
                    case "starttls" -> "none";
                    case "connectTimeoutMillis", "readTimeoutMillis", "writeTimeoutMillis" -> 5000;
                    case "annotationType" -> SmtpSettings.class;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Kyoto 6(7)/6(8) in miniature: routing by school type, an emergency rule and an information-sharing rule. */
    record KyotoShaped(ContractInfo info) implements Contract {
        @Override
        public List<WindowRule> windows() {
            return List.of();
        }

        @Override
        public Map<AutoReply, String> autoReplies() {
            return ChatFixture.WORDING;
        }

        @Override
        public List<Recipient> recipients() {
            return List.of(new Recipient("kyoto-city-board", "京都市教育委員会", "Kyoto City Board of Education"),
                    new Recipient("private-division", "京都府文教課", "Private Schools Division"),
                    new Recipient("prefecture-board", "京都府教育委員会", "Prefectural Board of Education"));
        }

        @Override
        public List<RoutingRule> routing() {
            Set<Purpose> bySchool = Set.of(Purpose.EMERGENCY, Purpose.CASE_INFORMATION);
            return List.of(new RoutingRule(bySchool, Map.of("schoolType", "CITY"), List.of("kyoto-city-board"), "t 1"),
                    new RoutingRule(bySchool, Map.of("schoolType", "PRIVATE"), List.of("private-division"), "t 1"),
                    new RoutingRule(bySchool, Map.of(), List.of("prefecture-board"), "t 1"));
        }

        @Override
        public List<EscalationRule> escalations() {
            Deadline atOnce = Deadline.within(Duration.ofMinutes(10));
            return List.of(new EscalationRule(Trigger.EMERGENCY, List.of(
                            EscalationStep.withConsent(StepKind.OFFER_VOICE_CALL, atOnce, "音声通話をうながす", "t 6(8)"),
                            EscalationStep.notify(Purpose.EMERGENCY, atOnce, Duration.ofMinutes(15), "直ちに連絡", "t 6(8)"),
                            EscalationStep.step(StepKind.NOTIFY_POLICE, atOnce, "警察に通報", "t 6(8)"),
                            new EscalationStep(StepKind.REPORT_OUTCOME, Purpose.CASE_INFORMATION,
                                    Deadline.nextDayBy(LocalTime.of(9, 0)), Duration.ofHours(3), false, "翌日9時までに連絡",
                                    "t 6(7)ウ")), "t 6(8)"),
                    new EscalationRule(Trigger.INFORMATION_SHARING, List.of(
                            EscalationStep.notify(Purpose.CASE_INFORMATION, Deadline.nextDayBy(LocalTime.of(9, 0)),
                                    Duration.ofHours(3), "翌日9時までに連絡", "t 6(7)ウ")), "t 6(7)ウ"));
        }
    }

}
