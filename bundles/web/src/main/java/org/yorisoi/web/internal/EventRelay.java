package org.yorisoi.web.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.yorisoi.chat.ChatEvent;

/**
 * Hands a stream's events to its client exactly once and in order, per conversation. A stream subscribes first and
 * replays the stored events after the client's last sequence number second; live events that arrive during the
 * replay are held back and released after it, and anything at or below the last number delivered is dropped. A
 * live event that skips numbers makes the relay read the skipped ones from the store first, so an event committed
 * before its neighbour's notification arrived is not lost either.
 */
final class EventRelay {

    /** The stored events of a conversation after a sequence number, in order (as the stream's client may see them). */
    @FunctionalInterface
    interface Store {
        List<ChatEvent> after(String conversationId, long afterSeq);
    }

    private final Store store;
    private final Consumer<ChatEvent> sink;
    private final Map<String, Long> delivered = new HashMap<>();
    /** Live events waiting for the replay to finish; null once live. */
    private List<ChatEvent> held = new ArrayList<>();

    EventRelay(Store store, Consumer<ChatEvent> sink) {
        this.store = store;
        this.sink = sink;
    }

    /** Delivers the stored events of a conversation after {@code afterSeq}; later ones only above what came here. */
    synchronized void replay(String conversationId, long afterSeq) {
        delivered.merge(conversationId, afterSeq, Math::max);
        for (ChatEvent e : store.after(conversationId, afterSeq)) {
            deliverIfNew(e);
        }
    }

    /** Ends the replay: releases the live events held back meanwhile, then passes live events straight on. */
    synchronized void goLive() {
        List<ChatEvent> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(this::accept);
        }
    }

    /** A live event from the chat's subscription. */
    synchronized void live(ChatEvent event) {
        if (held != null) {
            held.add(event);
        } else {
            accept(event);
        }
    }

    /** The last sequence number delivered for the conversation, or -1 when none came through this relay. */
    synchronized long lastDelivered(String conversationId) {
        return delivered.getOrDefault(conversationId, -1L);
    }

    private void accept(ChatEvent event) {
        Long last = delivered.get(event.conversationId());
        if (last != null && event.seq() > last + 1) {
            // numbers skipped: either staff-only events this client never sees, or a notification overtaken by this
            // one; the store knows which, and delivering from it keeps the order
            for (ChatEvent stored : store.after(event.conversationId(), last)) {
                if (stored.seq() < event.seq()) {
                    deliverIfNew(stored);
                }
            }
        }
        deliverIfNew(event);
    }

    private void deliverIfNew(ChatEvent event) {
        Long last = delivered.get(event.conversationId());
        if (last != null && event.seq() <= last) {
            return;
        }
        delivered.put(event.conversationId(), event.seq());
        sink.accept(event);
    }
}
