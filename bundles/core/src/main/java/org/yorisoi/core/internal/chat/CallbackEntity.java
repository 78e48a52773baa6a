package org.yorisoi.core.internal.chat;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.chat.Callback;

/** An out-of-hours contact to call back; open while DONE_AT is null. */
@Entity
@Table(name = "YS_CALLBACK", indexes = @Index(name = "YS_CALLBACK_CONTRACT", columnList = "CONTRACT_ID,CONTACT_AT"))
@NamedQuery(name = CallbackEntity.OF_CONTRACT, query = "SELECT c FROM CallbackEntity c"
        + " WHERE c.contractId = :contractId ORDER BY c.contactAt, c.id")
@NamedQuery(name = CallbackEntity.OPEN_OF_CONTRACT, query = "SELECT c FROM CallbackEntity c"
        + " WHERE c.contractId = :contractId AND c.doneAt IS NULL ORDER BY c.contactAt, c.id")
class CallbackEntity {

    static final String OF_CONTRACT = "Callback.ofContract";
    static final String OPEN_OF_CONTRACT = "Callback.openOfContract";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "CONTACT_AT", nullable = false)
    long contactAt;

    @Column(name = "DUE_BY")
    Long dueBy;

    @Column(name = "DONE_AT")
    Long doneAt;

    @Column(name = "DONE_BY", length = 64)
    String doneBy;

    protected CallbackEntity() {
    }

    CallbackEntity(String id, String conversationId, String contractId, Instant contactAt, Instant dueBy) {
        this.id = id;
        this.conversationId = conversationId;
        this.contractId = contractId;
        this.contactAt = contactAt.toEpochMilli();
        this.dueBy = dueBy == null ? null : dueBy.toEpochMilli();
    }

    Callback toRecord() {
        return new Callback(id, conversationId, contractId, Instant.ofEpochMilli(contactAt),
                dueBy == null ? null : Instant.ofEpochMilli(dueBy), doneAt == null ? null : Instant.ofEpochMilli(doneAt),
                doneBy);
    }
}
