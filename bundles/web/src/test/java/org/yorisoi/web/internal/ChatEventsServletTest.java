package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;

public class ChatEventsServletTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private final ChatService chat = mock(ChatService.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final AsyncContext async = mock(AsyncContext.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean unsubscribed = new AtomicBoolean();
    private final AtomicReference<Consumer<ChatEvent>> listener = new AtomicReference<>();
    private ChatEventsServlet servlet;

    private static ChatEvent message(long seq, boolean visible) {
        Message m = new Message("m" + seq, "c1", (int) seq, Sender.CLIENT, null, AT, "text " + seq);
        return new ChatEvent("c1", seq, visible ? ChatEvent.Kind.MESSAGE : ChatEvent.Kind.NOTE, AT, visible ? m : null,
                null, visible);
    }

    @Before
    public void setUp() throws Exception {
        servlet = new ChatEventsServlet(chat);
        Conversation c = new Conversation("c1", "kyoto", Channel.WEB, ConversationState.WAITING, null, Map.of(), AT,
                null, null, 2, null);
        when(chat.webConversation("c1", "right")).thenReturn(Optional.of(c));
        when(chat.webConversation(eq("c1"), eq("wrong"))).thenReturn(Optional.empty());
        when(request.startAsync(request, response)).thenReturn(async);
        when(async.getResponse()).thenReturn(response);
        when(response.getOutputStream()).thenReturn(PageServletTest.capture(body));
        when(chat.subscribe(eq("c1"), any())).thenAnswer(inv -> {
            listener.set(inv.getArgument(1));
            return (AutoCloseable) () -> unsubscribed.set(true);
        });
    }

    @After
    public void tearDown() {
        servlet.deactivate();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            Thread.sleep(5);
        }
    }

    private String stream() {
        synchronized (body) {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    public void aWrongTokenOrContractIsNotFoundAndOpensNothing() throws Exception {
        for (String[] attempt : new String[][] {{"/kyoto/c1", "wrong"}, {"/kyoto/c1", null}, {"/sakai/c1", "right"}, {"/kyoto", "right"}}) {
            HttpServletResponse r = mock(HttpServletResponse.class);
            when(request.getPathInfo()).thenReturn(attempt[0]);
            when(request.getParameter("token")).thenReturn(attempt[1]);
            servlet.doGet(request, r);
            verify(r).sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        verify(request, never()).startAsync(any(), any());
        verify(chat, never()).subscribe(any(), any());
    }

    @Test
    public void replaysAfterLastEventIdThenStreamsLiveVisibleEventsOnce() throws Exception {
        when(request.getPathInfo()).thenReturn("/kyoto/c1");
        when(request.getParameter("token")).thenReturn("right");
        when(request.getHeader("Last-Event-ID")).thenReturn("1");
        when(chat.events("c1", 1, true)).thenReturn(List.of(message(2, true)));
        servlet.doGet(request, response);

        verify(response).setContentType("text/event-stream;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response).setHeader("X-Accel-Buffering", "no");
        listener.get().accept(message(2, true));   // already replayed
        when(chat.events("c1", 2, true)).thenReturn(List.of(message(4, true)));
        listener.get().accept(message(3, false));  // a staff-only note: never sent
        listener.get().accept(message(4, true));
        await("event 4", () -> stream().contains("id: 4\n"));
        String sent = stream();
        assertTrue(sent.startsWith("retry: "));
        assertEquals("event 2 once", sent.indexOf("id: 2\n"), sent.lastIndexOf("id: 2\n"));
        assertEquals("event 4 once", sent.indexOf("id: 4\n"), sent.lastIndexOf("id: 4\n"));
        assertTrue(!sent.contains("id: 3\n"));
        verify(chat, never()).events(eq("c1"), anyLong(), eq(false));
    }

    @Test
    public void riskAndCaseEventsNeverReachTheConsulterEvenIfFlaggedVisible() throws Exception {
        when(request.getPathInfo()).thenReturn("/kyoto/c1");
        when(request.getParameter("token")).thenReturn("right");
        when(request.getParameter("after")).thenReturn("1");
        when(chat.events("c1", 1, true)).thenReturn(List.of());
        servlet.doGet(request, response);
        Message flagged = new Message("m2", "c1", 2, Sender.CLIENT, null, AT, "text 2");
        listener.get().accept(new ChatEvent("c1", 2, ChatEvent.Kind.RISK, AT, flagged, null, true));
        listener.get().accept(new ChatEvent("c1", 3, ChatEvent.Kind.CASE, AT, null, null, true));
        when(chat.events("c1", 1, true)).thenReturn(List.of(message(4, true)));
        listener.get().accept(message(4, true));
        await("event 4", () -> stream().contains("id: 4\n"));
        String sent = stream();
        assertTrue(sent, !sent.contains("RISK") && !sent.contains("CASE"));
        assertTrue(!sent.contains("id: 2\n") && !sent.contains("id: 3\n"));
    }

    @Test
    public void theSubscriptionEndsWithTheConnection() throws Exception {
        when(request.getPathInfo()).thenReturn("/kyoto/c1");
        when(request.getParameter("token")).thenReturn("right");
        when(request.getParameter("after")).thenReturn("2");
        when(chat.events("c1", 2, true)).thenReturn(List.of());
        servlet.doGet(request, response);
        ArgumentCaptor<AsyncListener> container = ArgumentCaptor.forClass(AsyncListener.class);
        verify(async).addListener(container.capture());
        assertEquals(1, servlet.openStreams());
        container.getValue().onTimeout(new AsyncEvent(async));
        assertTrue(unsubscribed.get());
        assertEquals(0, servlet.openStreams());
        verify(async).complete();
    }
}
