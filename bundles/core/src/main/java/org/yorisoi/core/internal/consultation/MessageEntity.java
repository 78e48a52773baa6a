package org.yorisoi.core.internal.consultation;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A message of a consultation. {@code BODY} holds the text encrypted by {@code ContentCipher} under the contract's
 * key, never the text itself. {@code SEQ} counts 1, 2, ... within the consultation; the unique constraint both
 * guards that and indexes the messages by consultation. {@code CONTRACT_ID} is repeated here so that an erasure
 * deletes a contract's messages in one statement.
 */
@Entity
@Table(name = MessageEntity.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "YS_MESSAGE_SEQ", columnNames = {"CONSULTATION_ID", "SEQ"}),
        indexes = @Index(name = "YS_MESSAGE_CONTRACT", columnList = "CONTRACT_ID"))
@NamedQuery(name = MessageEntity.OF_CONSULTATION,
        query = "SELECT m FROM MessageEntity m WHERE m.consultationId = :consultationId ORDER BY m.seq")
@NamedQuery(name = MessageEntity.LAST_SEQ,
        query = "SELECT MAX(m.seq) FROM MessageEntity m WHERE m.consultationId = :consultationId")
public class MessageEntity {

    /** The table, for the erasure's compaction. */
    public static final String TABLE = "YS_MESSAGE";

    static final String OF_CONSULTATION = "Message.ofConsultation";
    static final String LAST_SEQ = "Message.lastSeq";
    /** Room for the longest text (10,000 characters of up to 4 UTF-8 bytes each) with version, IV and tag. */
    static final int BODY_BYTES = 64 * 1024;

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONSULTATION_ID", nullable = false, length = 36)
    String consultationId;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "SEQ", nullable = false)
    int seq;

    @Column(name = "SENDER", nullable = false, length = 16)
    String sender;

    @Column(name = "AUTHOR_ID", length = 64)
    String authorId;

    /** Epoch milliseconds ({@code AT} alone is a reserved word in Derby). */
    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "BODY", nullable = false, length = BODY_BYTES)
    byte[] body;

    protected MessageEntity() {
    }

    MessageEntity(String id, String consultationId, String contractId, int seq, String sender, String authorId,
                  long atMillis, byte[] body) {
        this.id = id;
        this.consultationId = consultationId;
        this.contractId = contractId;
        this.seq = seq;
        this.sender = sender;
        this.authorId = authorId;
        this.atMillis = atMillis;
        this.body = body;
    }

    /** Ids only: the body is ciphertext, but even that stays out of logs. */
    @Override
    public String toString() {
        return "MessageEntity[id=" + id + ", consultation=" + consultationId + ", seq=" + seq + "]";
    }
}
