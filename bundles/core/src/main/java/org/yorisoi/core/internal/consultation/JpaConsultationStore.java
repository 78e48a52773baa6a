package org.yorisoi.core.internal.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.ConsultationStore;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.core.internal.Actors;
import org.yorisoi.core.internal.crypto.ContentCipher;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.platform.UnknownContractException;

/**
 * Consultations in {@code YS_CONSULTATION}, their messages in {@code YS_MESSAGE} with the text encrypted under the
 * contract's key ({@link ContractKeys}, {@link ContentCipher}).
 *
 * <p>Message numbers are gap-free: an append locks its consultation's row ({@code SELECT ... FOR UPDATE}) and takes
 * the highest number plus one, so concurrent appends to one consultation queue, on one node or several, and a
 * rolled-back append leaves no hole. Opening and closing are audited here ({@code write}); appends are audited by
 * the caller, who knows who wrote and from where.
 */
@Component(service = ConsultationStore.class)
public class JpaConsultationStore implements ConsultationStore {

    static final int MAX_TEXT = 10_000;
    static final int MAX_LIST = 10_000;
    private static final Pattern CONTRACT_ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_ATTRIBUTE_VALUE = 200;
    private static final int MAX_AUTHOR_ID = 64;

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final ContractRegistry contracts;
    private final ContractKeys keys;
    private final AuditLog audit;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaConsultationStore(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                                @Reference PlatformClock clock, @Reference ContractRegistry contracts,
                                @Reference ContractKeys keys, @Reference AuditLog audit,
                                @Reference TransactionManager transactionManager) {
        this.jpa = jpa;
        this.clock = clock;
        this.contracts = contracts;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public Consultation open(String contractId, Channel channel, Map<String, String> attributes) {
        checkContractId(contractId);
        if (contracts.find(contractId).isEmpty()) {
            throw new UnknownContractException(contractId);
        }
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        String encoded = AttributeCodec.encode(checkAttributes(attributes == null ? Map.of() : attributes));
        if (encoded.length() > ConsultationEntity.ATTRIBUTES) {
            throw new IllegalArgumentException("the attributes take " + encoded.length() + " characters; at most "
                    + ConsultationEntity.ATTRIBUTES + " fit");
        }
        String id = UUID.randomUUID().toString();
        Consultation opened = keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConsultationEntity c = new ConsultationEntity(id, contractId, channel, encoded, clock.now());
            em.persist(c);
            return c.toRecord();
        }));
        audit(contractId, id, "consultation opened, channel=" + channel);
        return opened;
    }

    @Override
    public Message append(String consultationId, Sender sender, String authorId, String text) {
        if (sender == null) {
            throw new IllegalArgumentException("sender is required");
        }
        if (authorId != null && (authorId.isBlank() || authorId.length() > MAX_AUTHOR_ID)) {
            throw new IllegalArgumentException("author id must be 1.." + MAX_AUTHOR_ID + " characters");
        }
        checkText(text);
        String contractId = stored(consultationId).contractId;
        return keys.writing(contractId, () -> {
            SecretKey key = keys.keyFor(contractId);
            return jpa.txExpr(TransactionType.Required, em -> {
                ConsultationEntity c = em.find(ConsultationEntity.class, consultationId,
                        LockModeType.PESSIMISTIC_WRITE);
                if (c == null) {
                    throw unknown(consultationId);
                }
                if (c.closedAt != null) {
                    throw new IllegalStateException("consultation " + consultationId + " is closed");
                }
                int seq = lastSeq(em, consultationId) + 1;
                String messageId = UUID.randomUUID().toString();
                Instant at = Instant.ofEpochMilli(clock.now().toEpochMilli());
                byte[] body = ContentCipher.encrypt(key, contractId, consultationId, messageId, text);
                em.persist(new MessageEntity(messageId, consultationId, contractId, seq, sender.name(), authorId,
                        at.toEpochMilli(), body));
                return new Message(messageId, consultationId, seq, sender, authorId, at, text);
            });
        });
    }

    @Override
    public Consultation close(String consultationId) {
        stored(consultationId);
        boolean[] changed = {false};
        Consultation closed = jpa.txExpr(TransactionType.Required, em -> {
            ConsultationEntity c = em.find(ConsultationEntity.class, consultationId, LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                throw unknown(consultationId);
            }
            if (c.closedAt == null) {
                c.closedAt = clock.now().toEpochMilli();
                changed[0] = true;
            }
            return c.toRecord();
        });
        if (changed[0]) {
            audit(closed.contractId(), consultationId, "consultation closed");
        }
        return closed;
    }

    @Override
    public Optional<Consultation> find(String consultationId) {
        if (consultationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports,
                em -> em.find(ConsultationEntity.class, consultationId))).map(ConsultationEntity::toRecord);
    }

    @Override
    public List<Consultation> list(String contractId, Instant from, Instant to, int limit) {
        checkContractId(contractId);
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (limit < 1 || limit > MAX_LIST) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIST + ": " + limit);
        }
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(ConsultationEntity.OPENED_BETWEEN, ConsultationEntity.class)
                .setParameter("contractId", contractId).setParameter("from", from.toEpochMilli())
                .setParameter("to", to.toEpochMilli()).setMaxResults(limit).getResultList()
                .stream().map(ConsultationEntity::toRecord).toList());
    }

    @Override
    public List<Message> messages(String consultationId) {
        String contractId = stored(consultationId).contractId;
        List<MessageEntity> rows = jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(MessageEntity.OF_CONSULTATION, MessageEntity.class)
                .setParameter("consultationId", consultationId).getResultList());
        if (rows.isEmpty()) {
            return List.of();
        }
        SecretKey key = keys.existing(contractId).orElseThrow(() -> new IllegalStateException(
                "the data of contract " + contractId + " was erased: its encryption key no longer exists"));
        List<Message> messages = new ArrayList<>(rows.size());
        for (MessageEntity m : rows) {
            String text = ContentCipher.decrypt(key, contractId, consultationId, m.id, m.body);
            messages.add(new Message(m.id, consultationId, m.seq, Sender.valueOf(m.sender), m.authorId,
                    Instant.ofEpochMilli(m.atMillis), text));
        }
        return messages;
    }

    private ConsultationEntity stored(String consultationId) {
        if (consultationId == null) {
            throw new IllegalArgumentException("consultation id is required");
        }
        ConsultationEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(ConsultationEntity.class, consultationId));
        if (c == null) {
            throw unknown(consultationId);
        }
        return c;
    }

    private static int lastSeq(EntityManager em, String consultationId) {
        Integer last = em.createNamedQuery(MessageEntity.LAST_SEQ, Integer.class)
                .setParameter("consultationId", consultationId).getSingleResult();
        return last == null ? 0 : last;
    }

    private void audit(String contractId, String consultationId, String detail) {
        audit.record(new AuditEvent(Actors.current(), null, contractId, AuditActions.WRITE,
                consultationId, AuditEvent.Outcome.SUCCESS, detail));
    }

    private static IllegalArgumentException unknown(String consultationId) {
        return new IllegalArgumentException("no consultation " + consultationId);
    }

    static void checkContractId(String contractId) {
        if (contractId == null || !CONTRACT_ID.matcher(contractId).matches()) {
            throw new IllegalArgumentException("contract id must match " + CONTRACT_ID + ": " + contractId);
        }
    }

    /** Refuses empty and over-long texts; the message states the rule and the length, never the text. */
    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the message text is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw new IllegalArgumentException("the message text has " + length + " characters; at most " + MAX_TEXT
                    + " are accepted");
        }
    }

    static Map<String, String> checkAttributes(Map<String, String> attributes) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || !ATTRIBUTE_KEY.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("attribute key must match " + ATTRIBUTE_KEY + ": " + e.getKey());
            }
            if (e.getValue() == null || e.getValue().length() > MAX_ATTRIBUTE_VALUE) {
                throw new IllegalArgumentException("attribute " + e.getKey() + " needs a value of at most "
                        + MAX_ATTRIBUTE_VALUE + " characters");
            }
        }
        return attributes;
    }
}
