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
 * without. Enough for the store and the erasure, which use nothing else.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> transactions = ThreadLocal.withInitial(ArrayDeque::new);

    public LocalJpaTemplate(DataSource dataSource) {
        this.factory = Persistence.createEntityManagerFactory("protection-test", Map.of(
                "eclipselink.persistencexml", "META-INF/protection-test-persistence.xml",
                "javax.persistence.nonJtaDataSource", dataSource));
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
