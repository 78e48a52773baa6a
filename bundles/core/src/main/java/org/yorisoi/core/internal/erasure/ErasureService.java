package org.yorisoi.core.internal.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.core.internal.consultation.ConsultationEntity;
import org.yorisoi.core.internal.consultation.MessageEntity;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.protection.DataErasure;
import org.yorisoi.protection.ErasureRecord;

/**
 * Erases a contract's consultation data: deletes its messages and consultations in one transaction and destroys
 * its key (no write of the contract runs meanwhile, see {@link ContractKeys#erasing}), then compacts the database
 * outside any transaction ({@link DerbyCompaction}), keeps an {@link ErasureRecord} of what was done and audits it.
 * Erasures run one at a time.
 */
@Component(service = DataErasure.class)
public class ErasureService implements DataErasure {

    static final List<String> TABLES = List.of(MessageEntity.TABLE, ConsultationEntity.TABLE);
    /** How long the compaction waits for other transactions that still need the old log files. */
    static final Duration OLD_LOG_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ErasureService.class);

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final PlatformClock clock;
    private final ContractRegistry contracts;
    private final ContractKeys keys;
    private final AuditLog audit;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Activate
    public ErasureService(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                          @Reference(target = "(osgi.jndi.service.name=yorisoi)") DataSource dataSource,
                          @Reference TransactionManager transactions, @Reference PlatformClock clock,
                          @Reference ContractRegistry contracts, @Reference ContractKeys keys,
                          @Reference AuditLog audit) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.contracts = contracts;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public ErasureRecord erase(String contractId, boolean force, String actor) {
        if (actor == null || actor.isBlank() || actor.length() > ErasureRecordEntity.ERASED_BY) {
            throw new IllegalArgumentException("the actor (login name) is required, at most "
                    + ErasureRecordEntity.ERASED_BY + " characters");
        }
        Contract contract = contracts.get(contractId);
        LocalDate lastDay = contract.info().term().end();
        boolean beforeTermEnd = clock.nowInTokyo().toLocalDate().isBefore(lastDay);
        if (beforeTermEnd && !force) {
            throw new IllegalStateException("the term of contract " + contractId + " lasts until " + lastDay
                    + "; erasing its data before that day must be forced");
        }
        oneAtATime.lock();
        try {
            Deletion deletion = keys.erasing(contractId, () -> {
                Deletion deleted = jpa.txExpr(TransactionType.Required, em -> delete(em, contractId));
                return deleted.withKeyDestroyed(keys.destroy(contractId));
            });
            LOG.info("Erasure of contract {}: {} consultations and {} messages deleted, key destroyed: {}",
                    contractId, deletion.consultations(), deletion.messages(), deletion.keyDestroyed());
            Compaction compaction = compact();
            ErasureRecord record = new ErasureRecord(UUID.randomUUID().toString(), contractId,
                    deletion.consultations(), deletion.messages(), deletion.oldest(), deletion.newest(),
                    deletion.keyDestroyed(), ErasureMethod.describe(deletion, ContractKeys.alias(contractId), compaction),
                    Instant.ofEpochMilli(clock.now().toEpochMilli()), actor, beforeTermEnd);
            jpa.tx(TransactionType.Required, em -> em.persist(new ErasureRecordEntity(record)));
            audit.record(new AuditEvent(actor, null, contractId, AuditActions.DATA_ERASED, record.id(),
                    compaction.outcome() == Compaction.Outcome.FAILED ? AuditEvent.Outcome.FAILURE
                            : AuditEvent.Outcome.SUCCESS,
                    "consultations=" + deletion.consultations() + " messages=" + deletion.messages()
                            + " keyDestroyed=" + deletion.keyDestroyed() + " compaction=" + compaction.outcome()
                            + " oldLogFilesDeleted=" + compaction.complete()));
            return record;
        } finally {
            oneAtATime.unlock();
        }
    }

    private static Deletion delete(EntityManager em, String contractId) {
        Object[] span = em.createQuery("SELECT MIN(c.openedAt), MAX(c.openedAt) FROM ConsultationEntity c"
                + " WHERE c.contractId = :contractId", Object[].class)
                .setParameter("contractId", contractId).getSingleResult();
        int messages = em.createQuery("DELETE FROM MessageEntity m WHERE m.contractId = :contractId")
                .setParameter("contractId", contractId).executeUpdate();
        int consultations = em.createQuery("DELETE FROM ConsultationEntity c WHERE c.contractId = :contractId")
                .setParameter("contractId", contractId).executeUpdate();
        return new Deletion(consultations, messages, instant(span[0]), instant(span[1]), false);
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    /**
     * Outside any JTA transaction: Derby's compress and checkpoint procedures commit by themselves, and the pooled
     * connection must not be enlisted in a caller's transaction.
     */
    private Compaction compact() {
        Transaction suspended = suspend();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!DerbyCompaction.isDerby(connection)) {
                return Compaction.notDerby(connection.getMetaData().getDatabaseProductName());
            }
            DerbyCompaction.Result result = DerbyCompaction.compact(connection, TABLES, OLD_LOG_WAIT);
            if (!result.oldLogReleased()) {
                LOG.warn("Erasure: {} open transaction(s) still need the older transaction log files; Derby deletes "
                        + "them at a later checkpoint", result.transactionsHoldingOldLog());
            }
            return Compaction.done(result);
        } catch (SQLException e) {
            LOG.error("Erasure: the compaction failed (SQLState {}); rows are deleted and the key destroyed",
                    e.getSQLState(), e);
            return Compaction.failed(e.getSQLState());
        } finally {
            resume(suspended);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot suspend the current transaction for the compaction", e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended == null) {
            return;
        }
        try {
            transactions.resume(suspended);
        } catch (Exception e) {
            throw new IllegalStateException("cannot resume the transaction suspended for the compaction", e);
        }
    }

    @Override
    public List<ErasureRecord> records(String contractId) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(ErasureRecordEntity.OF_CONTRACT, ErasureRecordEntity.class)
                .setParameter("contractId", contractId).getResultList()
                .stream().map(ErasureRecordEntity::toRecord).toList());
    }

    @Override
    public Optional<ErasureRecord> record(String erasureId) {
        if (erasureId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports,
                em -> em.find(ErasureRecordEntity.class, erasureId))).map(ErasureRecordEntity::toRecord);
    }

    @Override
    public String printable(String erasureId) {
        ErasureRecord r = record(erasureId)
                .orElseThrow(() -> new IllegalArgumentException("no erasure record " + erasureId));
        ContractInfo contract = contracts.find(r.contractId()).map(Contract::info).orElse(null);
        return ErasureDocument.render(r, contract, clock.now());
    }
}
