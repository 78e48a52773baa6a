package org.yorisoi.core.internal.chat;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A channel's id for an inbound message, stored with the message in one transaction: a retry with the same id finds
 * it and stores nothing twice. The unique constraint catches two retries racing.
 */
@Entity
@Table(name = "YS_CLIENT_MESSAGE", uniqueConstraints = @UniqueConstraint(name = "YS_CLIENT_MESSAGE_ID",
        columnNames = {"CONVERSATION_ID", "CLIENT_MESSAGE_ID"}))
@NamedQuery(name = ClientMessageEntity.FIND, query = "SELECT m.messageId FROM ClientMessageEntity m"
        + " WHERE m.conversationId = :conversationId AND m.clientMessageId = :clientMessageId")
class ClientMessageEntity {

    static final String FIND = "ClientMessage.find";
    static final int MAX_ID = 128;

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "CLIENT_MESSAGE_ID", nullable = false, length = MAX_ID)
    String clientMessageId;

    @Column(name = "MESSAGE_ID", nullable = false, length = 36)
    String messageId;

    protected ClientMessageEntity() {
    }

    ClientMessageEntity(String id, String conversationId, String clientMessageId, String messageId) {
        this.id = id;
        this.conversationId = conversationId;
        this.clientMessageId = clientMessageId;
        this.messageId = messageId;
    }
}
