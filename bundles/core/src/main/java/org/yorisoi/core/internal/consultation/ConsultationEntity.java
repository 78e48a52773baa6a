package org.yorisoi.core.internal.consultation;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.yorisoi.consultation.Consultation;
import org.yorisoi.contract.spi.Channel;

/**
 * A consultation. Times are epoch milliseconds. The attributes are intake codes, not content: they are stored in
 * clear because routing and access decisions read them.
 */
@Entity
@Table(name = ConsultationEntity.TABLE, indexes = @Index(name = "YS_CONSULTATION_CONTRACT",
        columnList = "CONTRACT_ID,OPENED_AT"))
@NamedQuery(name = ConsultationEntity.OPENED_BETWEEN, query = "SELECT c FROM ConsultationEntity c"
        + " WHERE c.contractId = :contractId AND c.openedAt >= :from AND c.openedAt < :to"
        + " ORDER BY c.openedAt, c.id")
public class ConsultationEntity {

    /** The table, for the erasure's compaction. */
    public static final String TABLE = "YS_CONSULTATION";

    static final String OPENED_BETWEEN = "Consultation.openedBetween";
    static final int ATTRIBUTES = 2000;

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    String contractId;

    @Column(name = "CHANNEL", nullable = false, length = 16)
    String channel;

    @Column(name = "ATTRIBUTES", nullable = false, length = ATTRIBUTES)
    String attributes;

    @Column(name = "OPENED_AT", nullable = false)
    long openedAt;

    @Column(name = "CLOSED_AT")
    Long closedAt;

    protected ConsultationEntity() {
    }

    ConsultationEntity(String id, String contractId, Channel channel, String attributes, Instant openedAt) {
        this.id = id;
        this.contractId = contractId;
        this.channel = channel.name();
        this.attributes = attributes;
        this.openedAt = openedAt.toEpochMilli();
    }

    Consultation toRecord() {
        return new Consultation(id, contractId, Channel.valueOf(channel), AttributeCodec.decode(attributes),
                Instant.ofEpochMilli(openedAt), closedAt == null ? null : Instant.ofEpochMilli(closedAt));
    }
}
