package org.yorisoi.core.internal.chat;

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
 * Aries' {@link JpaTemplate} semantics over local transactions for the chat's unit (the erasure tests' template is
 * bound to their own unit): {@code Required} joins the thread's transaction or starts one, {@code Supports} joins
 * or runs without — so a nested call shares the outer EntityManager, as under Aries.
 */
final class ChatJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> transactions = ThreadLocal.withInitial(ArrayDeque::new);

    ChatJpaTemplate(DataSource dataSource) {
        factory = Persistence.createEntityManagerFactory("chat-test", Map.of(
                "eclipselink.persistencexml", "org/yorisoi/core/internal/chat/chat-test-persistence.xml",
                "javax.persistence.nonJtaDataSource", dataSource));
    }

    /** True while this thread runs inside a transaction: the audit log must never be called then. */
    boolean inTransaction() {
        return !transactions.get().isEmpty();
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        Deque<EntityManager> stack = transactions.get();
        if (!stack.isEmpty() && type != TransactionType.RequiresNew && type != TransactionType.NotSupported
                && type != TransactionType.Never) {
            return code.apply(stack.peek());
        }
        EntityManager em = factory.createEntityManager();
        try {
            if (type != TransactionType.Required && type != TransactionType.RequiresNew
                    && type != TransactionType.Mandatory) {
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
