package org.yorisoi.core.internal.chat;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A channel's id for an inbound message, stored with the message in one transaction: a retry with the same id finds
 * it and stores nothing twice. The id is made of the two, so the look-up is by primary key (no scan that Derby would
 * lock); the primary key and the unique constraint catch two retries racing.
 */
@Entity
@Table(name = "YS_CLIENT_MESSAGE", uniqueConstraints = @UniqueConstraint(name = "YS_CLIENT_MESSAGE_ID",
        columnNames = {"CONVERSATION_ID", "CLIENT_MESSAGE_ID"}))
class ClientMessageEntity {

    static final int MAX_ID = 128;

    @Id
    @Column(name = "ID", length = 36 + 1 + MAX_ID)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "CLIENT_MESSAGE_ID", nullable = false, length = MAX_ID)
    String clientMessageId;

    @Column(name = "MESSAGE_ID", nullable = false, length = 36)
    String messageId;

    static String id(String conversationId, String clientMessageId) {
        return conversationId + ":" + clientMessageId;
    }

    protected ClientMessageEntity() {
    }

    ClientMessageEntity(String conversationId, String clientMessageId, String messageId) {
        this.id = id(conversationId, clientMessageId);
        this.conversationId = conversationId;
        this.clientMessageId = clientMessageId;
        this.messageId = messageId;
    }
}
