package org.yorisoi.core.internal.erasure;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.transaction.TransactionManager;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.core.internal.consultation.JpaConsultationStore;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.core.internal.crypto.ContractKeysAccess;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;

/**
 * The consultation store and the erasure on an embedded Derby database in a directory of the test's own, with a
 * keystore beside it, a settable clock, a registry of term-only contracts and an audit log that keeps events in
 * memory. No OSGi, no JTA.
 */
public final class ProtectionFixture implements AutoCloseable {

    public final EmbeddedDerby derby;
    public final LocalJpaTemplate jpa;
    public final ContractKeys keys;
    public final MutableClock clock = new MutableClock(Instant.parse("2025-03-31T09:00:00Z"));
    public final Registry contracts = new Registry();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final JpaConsultationStore store;
    public final ErasureService erasure;

    public ProtectionFixture(Path dir) throws Exception {
        derby = new EmbeddedDerby(dir.resolve("db"));
        jpa = new LocalJpaTemplate(derby.dataSource());
        keys = ContractKeysAccess.open(dir.resolve("keys").resolve("contract-keys.p12"), "test".toCharArray());
        TransactionManager noTransactions = (TransactionManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("suspend")) {
                        return null; // local transactions only: nothing to suspend
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store = new JpaConsultationStore(jpa, clock, contracts, keys, audit, noTransactions);
        erasure = new ErasureService(jpa, derby.dataSource(), noTransactions, clock, contracts, keys, audit);
    }

    public Path databaseDirectory() {
        return derby.directory();
    }

    @Override
    public void close() {
        jpa.close();
        derby.close();
    }

    /** A contract with a term and nothing else. */
    public record TermOnlyContract(ContractInfo info) implements Contract {
        @Override
        public List<WindowRule> windows() {
            return List.of();
        }
    }

    public static Contract contract(String id, String start, String end) {
        return new TermOnlyContract(new ContractInfo(id, "Test " + id, "テスト契約", "テスト市",
                new Term(LocalDate.parse(start), LocalDate.parse(end), List.of(), "test 1"),
                new Eligibility("児童生徒", "pupils", List.of(), "test 2"), Set.of(Channel.WEB)));
    }

    public static final class Registry implements ContractRegistry {
        private final Map<String, Contract> deployed = new ConcurrentHashMap<>();

        public void deploy(Contract c) {
            deployed.put(c.info().id(), c);
        }

        @Override
        public List<Contract> contracts() {
            return deployed.values().stream().sorted((a, b) -> a.info().id().compareTo(b.info().id())).toList();
        }

        @Override
        public Optional<Contract> find(String id) {
            return Optional.ofNullable(id == null ? null : deployed.get(id));
        }
    }

    public static final class MutableClock implements PlatformClock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(now, ZoneId.of("Asia/Tokyo"));
        }
    }

    public static final class RecordingAuditLog implements AuditLog {
        public final List<AuditEvent> events = new ArrayList<>();

        @Override
        public synchronized AuditEntry record(AuditEvent event) {
            events.add(event);
            return null;
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    }
}
