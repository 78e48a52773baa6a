package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.yorisoi.chat.ChatEvent;

public class EventRelayTest {

    private final List<ChatEvent> stored = new ArrayList<>();
    private final List<Long> received = new ArrayList<>();
    private final EventRelay relay = new EventRelay(
            (cid, after) -> stored.stream().filter(e -> e.conversationId().equals(cid) && e.seq() > after).toList(),
            e -> received.add(e.seq()));

    private static ChatEvent event(String cid, long seq) {
        return new ChatEvent(cid, seq, ChatEvent.Kind.MESSAGE, Instant.parse("2025-06-02T09:00:00Z").plusSeconds(seq),
                null, null, true);
    }

    private ChatEvent store(long seq) {
        ChatEvent e = event("c1", seq);
        stored.add(e);
        return e;
    }

    @Test
    public void replaysWhatCameAfterTheLastSeenNumber() {
        for (long s = 1; s <= 5; s++) {
            store(s);
        }
        relay.replay("c1", 2);
        relay.goLive();
        assertEquals(List.of(3L, 4L, 5L), received);
    }

    @Test
    public void liveEventsDuringTheReplayAreHeldAndNotDuplicated() {
        store(1);
        store(2);
        // subscribed first: event 2 (already stored) and 3 arrive live while the replay is still to run
        relay.live(event("c1", 2));
        relay.live(store(3));
        relay.replay("c1", 0);
        relay.live(store(4));
        assertEquals("nothing live before the replay ended", List.of(1L, 2L, 3L), received);
        relay.goLive();
        relay.live(event("c1", 4));
        relay.live(store(5));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), received);
    }

    @Test
    public void aReconnectionWithLastEventIdLosesAndDuplicatesNothing() {
        for (long s = 1; s <= 3; s++) {
            relay.live(store(s));
        }
        relay.goLive();
        EventRelay second = new EventRelay(
                (cid, after) -> stored.stream().filter(e -> e.seq() > after).toList(), e -> received.add(e.seq()));
        store(4);
        store(5);
        second.replay("c1", 3);
        second.live(event("c1", 5));
        second.goLive();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), received);
    }

    @Test
    public void anOvertakenNotificationIsFetchedFromTheStoreInOrder() {
        relay.replay("c1", 0);
        relay.goLive();
        store(1);
        ChatEvent second = store(2);
        relay.live(second);
        relay.live(event("c1", 1));
        assertEquals(List.of(1L, 2L), received);
    }

    @Test
    public void conversationsAreNumberedApart() {
        relay.goLive();
        relay.live(event("a", 7));
        relay.live(event("b", 1));
        relay.live(event("a", 7));
        relay.live(event("b", 2));
        assertEquals(List.of(7L, 1L, 2L), received);
        assertEquals(7, relay.lastDelivered("a"));
        assertEquals(-1, relay.lastDelivered("c"));
    }
}
