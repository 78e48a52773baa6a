package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.yorisoi.chat.ChatEvent;

public class ChatListenersTest {

    private static ChatEvent event(String conversationId, long seq) {
        return new ChatEvent(conversationId, seq, ChatEvent.Kind.CLAIMED, Instant.EPOCH, null, "p1", true);
    }

    @Test
    public void aFailingListenerDoesNotKeepTheEventFromTheOthers() throws Exception {
        ChatListeners listeners = new ChatListeners();
        List<ChatEvent> heard = new ArrayList<>();
        listeners.onConversation("c1", e -> {
            throw new IllegalStateException("broken console");
        });
        listeners.onConversation("c1", heard::add);
        listeners.onContract("kyoto", heard::add);
        listeners.publish("kyoto", List.of(event("c1", 1), event("c1", 2)));
        assertEquals(4, heard.size());
        assertEquals(1, heard.get(0).seq());
    }

    @Test
    public void closingASubscriptionStopsItAndForgetsIt() throws Exception {
        ChatListeners listeners = new ChatListeners();
        List<ChatEvent> heard = new ArrayList<>();
        AutoCloseable subscription = listeners.onConversation("c1", heard::add);
        subscription.close();
        listeners.publish("kyoto", List.of(event("c1", 1)));
        assertEquals(0, heard.size());
        assertEquals(0, listeners.count());
    }

    @Test
    public void eventsOfOtherConversationsAreNotHeard() {
        ChatListeners listeners = new ChatListeners();
        List<ChatEvent> heard = new ArrayList<>();
        listeners.onConversation("c1", heard::add);
        listeners.publish("kyoto", List.of(event("c2", 1)));
        assertEquals(0, heard.size());
    }
}
