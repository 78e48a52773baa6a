package org.yorisoi.rest.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.contract.spi.Channel;

/** A chat service that answers only the methods a test names; any other call fails the test loudly. */
final class ChatFakes {

    private ChatFakes() {
    }

    static final class Fake {
        final Map<String, Function<Object[], Object>> answers = new HashMap<>();
        final List<String> calls = new java.util.ArrayList<>();

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
                        return answer.apply(args);
                    });
        }
    }

    static Conversation conversation(String id, String contractId, ConversationState state) {
        return new Conversation(id, contractId, Channel.WEB, state, null, Map.of(),
                Instant.parse("2025-06-02T09:00:00Z"), null, null, 3);
    }
}
