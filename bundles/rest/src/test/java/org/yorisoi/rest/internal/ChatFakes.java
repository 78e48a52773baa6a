package org.yorisoi.rest.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.QueueEntry;
import org.yorisoi.chat.RiskMark;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.risk.Category;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

/**
 * A chat service that answers only the methods a test names; any other call fails the test loudly. The risk of a
 * conversation is real in-memory behaviour: the marks a test stores, and the highest counted severity among them on
 * every conversation the fake answers with.
 */
final class ChatFakes {

    private ChatFakes() {
    }

    static final class Fake {
        final Map<String, Function<Object[], Object>> answers = new HashMap<>();
        final List<String> calls = new java.util.ArrayList<>();
        /** The risk detector's marks per conversation id, in message order. */
        final Map<String, List<RiskMark>> marks = new HashMap<>();

        Fake() {
            on("riskMarks", args -> marks.getOrDefault((String) args[1], List.of()));
        }

        /** As the chat does: a conversation carries the highest counted risk of its marks so far. */
        private Object withRisk(Object answer) {
            if (answer instanceof Conversation c) {
                return new Conversation(c.id(), c.contractId(), c.channel(), c.state(), c.counselorId(), c.attributes(),
                        c.openedAt(), c.claimedAt(), c.closedAt(), c.lastSeq(), risk(marks.getOrDefault(c.id(), List.of())));
            }
            if (answer instanceof Optional<?> o) {
                return o.map(this::withRisk);
            }
            if (answer instanceof List<?> l) {
                return l.stream().map(this::withRisk).toList();
            }
            if (answer instanceof QueueEntry e) {
                return new QueueEntry((Conversation) withRisk(e.conversation()), e.position(), e.waiting());
            }
            return answer;
        }

        /** Stores a mark on a conversation's message, as the chat does when it receives the message. */
        Fake mark(String conversationId, RiskMark mark) {
            marks.computeIfAbsent(conversationId, k -> new java.util.ArrayList<>()).add(mark);
            return this;
        }

        Fake on(String method, Function<Object[], Object> answer) {
            answers.put(method, answer);
            return this;
        }

        ChatService service() {
            return (ChatService) Proxy.newProxyInstance(ChatService.class.getClassLoader(),
                    new Class<?>[] {ChatService.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        Function<Object[], Object> answer = answers.get(method.getName());
                        if (answer == null) {
                            throw new AssertionError("unexpected call ChatService." + method.getName());
                        }
                        return withRisk(answer.apply(args));
                    });
        }
    }

    /** The highest severity of the marks that count (negated hits do not; reported ones are already lowered). */
    static Severity risk(List<RiskMark> marks) {
        return marks.stream().filter(m -> !m.hit().negated()).map(m -> m.hit().severity())
                .max(Comparator.naturalOrder()).orElse(Severity.NONE);
    }

    static RiskMark mark(String messageId, Category category, Severity severity, int start, int end, boolean negated) {
        return new RiskMark(messageId, new RiskHit(category.name().toLowerCase(java.util.Locale.ROOT) + "-1", category,
                severity, start, end, negated, false), "2026-11-24.1");
    }

    static Conversation conversation(String id, String contractId, ConversationState state) {
        return new Conversation(id, contractId, Channel.WEB, state, null, Map.of(),
                Instant.parse("2025-06-02T09:00:00Z"), null, null, 3, Severity.NONE);
    }
}
