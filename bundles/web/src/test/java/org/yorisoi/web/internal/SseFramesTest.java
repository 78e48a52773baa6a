package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;

public class SseFramesTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    @Test
    public void anEventIsOneFrameWithItsIdNameAndSingleLineData() {
        Message m = new Message("m1", "c1", 3, Sender.CLIENT, null, AT, "一行目\n二行目");
        String json = EventJson.forClient(new ChatEvent("c1", 3, ChatEvent.Kind.MESSAGE, AT, m, null, true));
        String frame = SseFrames.event("3", json);
        assertTrue(frame, frame.startsWith("id: 3\nevent: chat\ndata: {"));
        assertTrue(frame.endsWith("}\n\n"));
        assertEquals("a line break in the text stays escaped", 4, frame.split("\n", -1).length - 1);
        assertTrue(json.contains("\"at\":\"2025-06-02T18:00:00+09:00\""));
        assertTrue(json.contains("\"sender\":\"CLIENT\""));
    }

    @Test
    public void staffEventsCarryTheConversationAndOnlyPermittedContent() {
        Message m = new Message("m1", "c1", 3, Sender.CLIENT, null, AT, "ひみつ");
        ChatEvent e = new ChatEvent("c1", 3, ChatEvent.Kind.MESSAGE, AT, m, null, true);
        assertTrue(EventJson.forStaff(e, true).contains("ひみつ"));
        String withheld = EventJson.forStaff(e, false);
        assertFalse(withheld.contains("ひみつ"));
        assertTrue(withheld.contains("\"conversationId\":\"c1\""));
        assertTrue(withheld.contains("\"message\":null"));
    }

    @Test
    public void riskAndCaseEventsAreForStaffOnly() {
        Message flagged = new Message("m1", "c1", 3, Sender.CLIENT, null, AT, "ひみつ");
        ChatEvent risk = new ChatEvent("c1", 4, ChatEvent.Kind.RISK, AT, flagged, null, false);
        ChatEvent opened = new ChatEvent("c1", 5, ChatEvent.Kind.CASE, AT, null, null, false);
        String staff = EventJson.forStaff(risk, true);
        assertTrue(staff, staff.contains("\"kind\":\"RISK\"") && staff.contains("\"id\":\"m1\""));
        assertFalse(EventJson.forStaff(risk, false).contains("ひみつ"));
        assertTrue(EventJson.forStaff(opened, true).contains("\"kind\":\"CASE\""));
        // even when wrongly flagged visible, the kinds never go to a consulter
        for (ChatEvent e : new ChatEvent[] {risk, opened,
            new ChatEvent("c1", 6, ChatEvent.Kind.RISK, AT, flagged, null, true),
            new ChatEvent("c1", 7, ChatEvent.Kind.CASE, AT, null, null, true)}) {
            assertFalse(e.toString(), EventJson.visibleToClient(e));
            assertThrows(IllegalArgumentException.class, () -> EventJson.forClient(e));
        }
        assertTrue(EventJson.visibleToClient(new ChatEvent("c1", 3, ChatEvent.Kind.MESSAGE, AT, flagged, null, true)));
    }

    @Test
    public void sequenceNumbersAndConsoleIdsParseStrictly() {
        assertEquals(12, EventStreams.sequence(" 12 "));
        assertEquals(-1, EventStreams.sequence("-3"));
        assertEquals(-1, EventStreams.sequence("x"));
        assertEquals(-1, EventStreams.sequence(null));
        assertEquals(new ConsoleEventsServlet.LastEventId("c-1", 9), ConsoleEventsServlet.LastEventId.parse("c-1:9").orElseThrow());
        assertTrue(ConsoleEventsServlet.LastEventId.parse("9").isEmpty());
        assertTrue(ConsoleEventsServlet.LastEventId.parse("c1:x").isEmpty());
    }
}
