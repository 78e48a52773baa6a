package org.yorisoi.core.internal.emergency;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** A case: emergency or information sharing, opened on a conversation. Its steps and notices point at it. */
@Entity
@Table(name = "YS_CASE", indexes = {
        @Index(name = "YS_CASE_CONTRACT", columnList = "CONTRACT_ID,STATE,OPENED_AT"),
        @Index(name = "YS_CASE_CONVERSATION", columnList = "CONVERSATION_ID")})
@NamedQuery(name = CaseEntity.OF_CONTRACT, query = "SELECT c FROM CaseEntity c WHERE c.contractId = :contractId"
        + " ORDER BY c.openedAt DESC, c.id")
@NamedQuery(name = CaseEntity.OPEN_OF_CONTRACT, query = "SELECT c FROM CaseEntity c WHERE c.contractId = :contractId"
        + " AND c.state = 'OPEN' ORDER BY c.openedAt DESC, c.id")
@NamedQuery(name = CaseEntity.OF_CONVERSATION, query = "SELECT c FROM CaseEntity c"
        + " WHERE c.conversationId = :conversationId ORDER BY c.openedAt DESC, c.id")
@NamedQuery(name = CaseEntity.OPEN, query = "SELECT c FROM CaseEntity c WHERE c.state = 'OPEN' ORDER BY c.openedAt")
class CaseEntity {

    static final String OF_CONTRACT = "Case.ofContract";
    static final String OPEN_OF_CONTRACT = "Case.openOfContract";
    static final String OF_CONVERSATION = "Case.ofConversation";
    static final String OPEN = "Case.open";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "CONVERSATION_ID", nullable = false, length = 36)
    String conversationId;

    @Column(name = "TRIGGER_KIND", nullable = false, length = 32)
    String trigger;

    @Column(name = "ORIGIN", nullable = false, length = 32)
    String origin;

    @Column(name = "STATE", nullable = false, length = 16)
    String state;

    @Column(name = "OPENED_BY", nullable = false, length = 64)
    String openedBy;

    @Column(name = "OPENED_AT", nullable = false)
    long openedAt;

    @Column(name = "CLAUSE", length = 200)
    String clause;

    @Column(name = "CLOSED_AT")
    Long closedAt;

    @Column(name = "CLOSED_BY", length = 64)
    String closedBy;

    protected CaseEntity() {
    }
}
