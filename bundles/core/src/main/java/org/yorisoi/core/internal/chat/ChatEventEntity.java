package org.yorisoi.core.internal.chat;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One event of a conversation. The unique (CONVERSATION_ID, SEQ) is the last guard of gap-free, duplicate-free
 * numbering and the index of {@code events(after)}. Message texts stay in {@code YS_MESSAGE}; this row only points.
 */
@Entity
@Table(name = "YS_CHAT_EVENT",
        uniqueConstraints = @UniqueConstraint(name = "YS_CHAT_EVENT_SEQ", columnNames = {"CONVERSATION_ID", "SEQ"}))
@NamedQuery(name = ChatEventEntity.AFTER, query = "SELECT e FROM ChatEventEntity e"
        + " WHERE e.conversationId = :conversationId AND e.seq > :after ORDER BY e.seq")
class ChatEventEntity {

    static final String AFTER = "ChatEvent.after";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "SEQ", nullable = false)
    long seq;

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Column(name = "MESSAGE_ID", length = 36)
    String messageId;

    @Column(name = "COUNSELOR_ID", length = 64)
    String counselorId;

    @Column(name = "CLIENT_VISIBLE", nullable = false)
    boolean clientVisible;

    protected ChatEventEntity() {
    }

    ChatEventEntity(String id, String conversationId, long seq, String kind, long atMillis, String messageId,
                    String counselorId, boolean clientVisible) {
        this.id = id;
        this.conversationId = conversationId;
        this.seq = seq;
        this.kind = kind;
        this.atMillis = atMillis;
        this.messageId = messageId;
        this.counselorId = counselorId;
        this.clientVisible = clientVisible;
    }
}
