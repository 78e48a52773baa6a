package org.yorisoi.core.internal.chat;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** A municipality-directed message; BODY is ciphertext under the contract's key, bound to this row's id. */
@Entity
@Table(name = "YS_INSTRUCTION")
@NamedQuery(name = InstructionEntity.OF_CONVERSATION, query = "SELECT i FROM InstructionEntity i"
        + " WHERE i.conversationId = :conversationId ORDER BY i.atMillis, i.id")
class InstructionEntity {

    static final String OF_CONVERSATION = "Instruction.ofConversation";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "AUTHOR_ID", nullable = false, length = 64)
    String authorId;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "BODY", nullable = false, length = 64 * 1024)
    byte[] body;

    @Column(name = "SENT_AT")
    Long sentAt;

    @Column(name = "SENT_BY", length = 64)
    String sentBy;

    @Column(name = "MESSAGE_ID", length = 36)
    String messageId;

    protected InstructionEntity() {
    }

    InstructionEntity(String id, String conversationId, String contractId, String authorId, long atMillis,
                      byte[] body) {
        this.id = id;
        this.conversationId = conversationId;
        this.contractId = contractId;
        this.authorId = authorId;
        this.atMillis = atMillis;
        this.body = body;
    }
}
