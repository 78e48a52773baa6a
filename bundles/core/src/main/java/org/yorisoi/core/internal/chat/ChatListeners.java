package org.yorisoi.core.internal.chat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.chat.ChatEvent;

/**
 * Live listeners per conversation and per contract, in memory. Called only with committed events; a listener that
 * throws is logged (event id only) and the others still hear the event, so that a broken console never fails the
 * consulter's send.
 */
final class ChatListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ChatListeners.class);

    private final Map<String, Set<Consumer<ChatEvent>>> byConversation = new ConcurrentHashMap<>();
    private final Map<String, Set<Consumer<ChatEvent>>> byContract = new ConcurrentHashMap<>();

    AutoCloseable onConversation(String conversationId, Consumer<ChatEvent> listener) {
        return add(byConversation, conversationId, listener);
    }

    AutoCloseable onContract(String contractId, Consumer<ChatEvent> listener) {
        return add(byContract, contractId, listener);
    }

    void publish(String contractId, List<ChatEvent> events) {
        for (ChatEvent event : events) {
            deliver(byConversation.get(event.conversationId()), event);
            deliver(byContract.get(contractId), event);
        }
    }

    int count() {
        return byConversation.values().stream().mapToInt(Set::size).sum()
                + byContract.values().stream().mapToInt(Set::size).sum();
    }

    private static void deliver(Set<Consumer<ChatEvent>> listeners, ChatEvent event) {
        if (listeners == null) {
            return;
        }
        for (Consumer<ChatEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A chat listener failed on {}: {}", event, e.getClass().getName());
            }
        }
    }

    private static AutoCloseable add(Map<String, Set<Consumer<ChatEvent>>> registry, String key,
                                     Consumer<ChatEvent> listener) {
        if (key == null || listener == null) {
            throw new IllegalArgumentException("id and listener are required");
        }
        registry.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> registry.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
