package org.yorisoi.core.internal.erasure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Aries' {@link JpaTemplate} semantics over local transactions, for tests without OSGi: {@code Required} joins the
 * thread's transaction or starts one, {@code RequiresNew} always starts one, {@code Supports} joins or runs
 * without; a nested call shares the outer EntityManager, as under Aries. Enough for the store, the erasure and the
 * chat, which use nothing else.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> transactions = ThreadLocal.withInitial(ArrayDeque::new);

    public LocalJpaTemplate(DataSource dataSource) {
        this(dataSource, "protection-test", "META-INF/protection-test-persistence.xml");
    }

    /** A template over the named unit of a test persistence.xml (each test area lists only its entities). */
    public LocalJpaTemplate(DataSource dataSource, String unit, String persistenceXml) {
        this.factory = Persistence.createEntityManagerFactory(unit, Map.of(
                "eclipselink.persistencexml", persistenceXml,
                "javax.persistence.nonJtaDataSource", dataSource));
    }

    /** True while this thread runs inside a transaction: the audit log must never be called then. */
    public boolean inTransaction() {
        return !transactions.get().isEmpty();
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        Deque<EntityManager> stack = transactions.get();
        boolean join = !stack.isEmpty() && (type == TransactionType.Required || type == TransactionType.Supports
                || type == TransactionType.Mandatory);
        if (join) {
            return code.apply(stack.peek());
        }
        EntityManager em = factory.createEntityManager();
        try {
            if (type == TransactionType.Supports || type == TransactionType.NotSupported
                    || type == TransactionType.Never) {
                return code.apply(em);
            }
            em.getTransaction().begin();
            stack.push(em);
            try {
                R result = code.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                stack.pop();
            }
        } finally {
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        factory.close();
    }
}
