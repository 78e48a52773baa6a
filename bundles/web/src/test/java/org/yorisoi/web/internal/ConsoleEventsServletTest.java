package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.servlet.AsyncContext;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Sessions;
import org.yorisoi.staff.RoleGrant;

public class ConsoleEventsServletTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private final ChatService chat = mock(ChatService.class);
    private final Sessions sessions = mock(Sessions.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final AsyncContext async = mock(AsyncContext.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicReference<Consumer<ChatEvent>> listener = new AtomicReference<>();
    private ConsoleEventsServlet servlet;

    private static Caller caller(String personId, Role role) {
        return new Caller(personId, personId, personId,
                List.of(new RoleGrant(personId, "kyoto", role, LocalDate.of(2025, 1, 1), null)), null);
    }

    private static Conversation held(String id, String counselorId) {
        return new Conversation(id, "kyoto", Channel.WEB, ConversationState.ACTIVE, counselorId, Map.of(), AT, AT, null, 1, null);
    }

    private static ChatEvent message(String cid, long seq, String text) {
        return new ChatEvent(cid, seq, ChatEvent.Kind.MESSAGE, AT,
                new Message("m" + seq, cid, (int) seq, Sender.CLIENT, null, AT, text), null, true);
    }

    @Before
    public void setUp() throws Exception {
        servlet = new ConsoleEventsServlet(chat, sessions, PageServletTest.registry(PageServletTest.contract("kyoto", Channel.WEB)), audit);
        when(request.getPathInfo()).thenReturn("/kyoto");
        when(request.getRemoteAddr()).thenReturn("192.0.2.1");
        when(request.startAsync(request, response)).thenReturn(async);
        when(async.getResponse()).thenReturn(response);
        when(response.getOutputStream()).thenReturn(PageServletTest.capture(body));
        when(chat.subscribeContract(eq("kyoto"), any())).thenAnswer(inv -> {
            listener.set(inv.getArgument(1));
            return (AutoCloseable) () -> { };
        });
        when(chat.conversation("mine")).thenReturn(Optional.of(held("mine", "p1")));
        when(chat.conversation("theirs")).thenReturn(Optional.of(held("theirs", "p2")));
    }

    @After
    public void tearDown() {
        servlet.deactivate();
    }

    private void signedInAs(Caller caller) {
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie(ConsoleEventsServlet.SESSION_COOKIE, "t")});
        when(sessions.use("t", "192.0.2.1")).thenReturn(Optional.of(caller));
    }

    @Test
    public void withoutASessionTheStreamIsRefused() throws Exception {
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(request, never()).startAsync(any(), any());
    }

    @Test
    public void aCallerWhoMayNotAnswerIsRefusedAndAudited() throws Exception {
        signedInAs(caller("v1", Role.MUNICIPAL_VIEWER));
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(audit).record(any(AuditEvent.class));
        verify(chat, never()).subscribeContract(any(), any());
    }

    @Test
    public void anUnknownContractIsNotFound() throws Exception {
        when(request.getPathInfo()).thenReturn("/nara");
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    public void aCounselorSeesTheTextsOfHerOwnConversationsOnly() throws Exception {
        signedInAs(caller("p1", Role.COUNSELOR));
        servlet.doGet(request, response);
        listener.get().accept(message("mine", 1, "わたしの相談"));
        listener.get().accept(message("theirs", 1, "ほかの相談"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!body.toString(StandardCharsets.UTF_8).contains("id: theirs:1") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String sent = body.toString(StandardCharsets.UTF_8);
        assertTrue(sent, sent.contains("id: mine:1\n") && sent.contains("わたしの相談"));
        assertTrue(sent.contains("id: theirs:1\n"));
        assertFalse(sent.contains("ほかの相談"));
        assertEquals(1, sent.split("id: mine:1\n", -1).length - 1);
    }

    @Test
    public void riskAndCaseEventsReachTheConsoleWithTheFlaggedTextOnlyForWhoHoldsTheConversation() throws Exception {
        signedInAs(caller("p1", Role.COUNSELOR));
        servlet.doGet(request, response);
        Message flagged = new Message("m1", "theirs", 1, Sender.CLIENT, null, AT, "ほかの相談");
        listener.get().accept(new ChatEvent("theirs", 2, ChatEvent.Kind.RISK, AT, flagged, null, false));
        listener.get().accept(new ChatEvent("mine", 2, ChatEvent.Kind.CASE, AT, null, null, false));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!body.toString(StandardCharsets.UTF_8).contains("id: mine:2") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String sent = body.toString(StandardCharsets.UTF_8);
        assertTrue(sent, sent.contains("id: theirs:2\n") && sent.contains("\"kind\":\"RISK\""));
        assertTrue(sent.contains("id: mine:2\n") && sent.contains("\"kind\":\"CASE\""));
        assertFalse(sent.contains("ほかの相談"));
    }
}
