package org.yorisoi.chat;

import java.util.Objects;

/**
 * The anonymous handle a web-chat consulter keeps in the browser: no account, only a random secret bound to one
 * conversation.
 *
 * @param conversationId the conversation
 * @param clientToken 256 random bits, URL-safe Base64; only its hash is stored
 */
public record WebClient(String conversationId, String clientToken) {
    public WebClient {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(clientToken, "clientToken");
    }

    @Override
    public String toString() {
        return "WebClient[" + conversationId + "]";
    }
}
