package org.yorisoi.core.internal.chat;

import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.internal.KuromojiRiskDetector;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.transaction.TransactionManager;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.core.internal.consultation.JpaConsultationStore;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.core.internal.crypto.ContractKeysAccess;
import org.yorisoi.core.internal.erasure.EmbeddedDerby;
import org.yorisoi.core.internal.erasure.LocalJpaTemplate;
import org.yorisoi.core.internal.erasure.ProtectionFixture;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Caller;
import org.yorisoi.security.ContentAccess;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.StaffDirectory;
import org.yorisoi.staff.Staffing;

/**
 * The chat service with the real consultation store on an embedded Derby database, without OSGi or JTA. The
 * calendar's answer, the shifts on duty and the staff directory's grants are set by the test; the audit log keeps
 * events in memory and counts every call made inside a transaction (which must never happen).
 */
public final class ChatFixture implements AutoCloseable {

    public static final String CONTRACT = "kyoto";
    static final OffsetDateTime NEXT_OPENING = OffsetDateTime.parse("2025-07-17T17:00+09:00");
    public static final Map<AutoReply, String> WORDING = Map.of(
            AutoReply.WELCOME, "ようこそ。",
            AutoReply.OUT_OF_HOURS, "次の受付は{nextOpening}からです。",
            AutoReply.ALL_BUSY, "ただいま{queuePosition}番目にお待ちいただいています。",
            AutoReply.OUTSIDE_TERM, "相談窓口は終了しました。");

    public final EmbeddedDerby derby;
    public final LocalJpaTemplate jpa;
    public final ContractKeys keys;
    public final TestClock clock = new TestClock(Instant.parse("2025-07-17T01:00:00Z"));
    public final ProtectionFixture.Registry contracts = new ProtectionFixture.Registry();
    public final GuardedAuditLog audit;
    final JpaConsultationStore store;
    public final JpaChatService chat;
    public final StaffDirectory directory;
    /** The real detector with the shipped lexicon; loading kuromoji's dictionaries once is enough for every test. */
    static final RiskDetector DETECTOR = new KuromojiRiskDetector(org.yorisoi.risk.internal.Lexicon.shipped());
    final List<Shift> shifts = new CopyOnWriteArrayList<>();
    final Map<String, List<RoleGrant>> grants = new ConcurrentHashMap<>();
    volatile boolean receiving = true;
    volatile boolean staffed = true;
    volatile boolean viewerMaySee = true;

    public ChatFixture(Path dir, int capacity) throws Exception {
        derby = new EmbeddedDerby(dir.resolve("db"));
        jpa = new LocalJpaTemplate(derby.dataSource(), "chat-test",
                "org/yorisoi/core/internal/chat/chat-test-persistence.xml");
        audit = new GuardedAuditLog(jpa);
        keys = ContractKeysAccess.open(dir.resolve("keys").resolve("contract-keys.p12"), "test".toCharArray());
        contracts.deploy(new TestContract(new ContractInfo(CONTRACT, "Kyoto test", "京都テスト", "京都市",
                new Term(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"), List.of(), "test 1"),
                new Eligibility("児童生徒", "pupils", List.of(), "test 2"), Set.of(Channel.WEB, Channel.LINE)),
                WORDING, Map.of("いじめ窓口", "https://example.org/form")));
        TransactionManager noTransactions = (TransactionManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionManager.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        store = new JpaConsultationStore(jpa, clock, contracts, keys, audit, noTransactions);
        ContractCalendar calendar = (ContractCalendar) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContractCalendar.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("availability")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return new Availability((String) args[0], (OffsetDateTime) args[1], receiving,
                            receiving && staffed, false, null, NEXT_OPENING);
                });
        Staffing staffing = (Staffing) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Staffing.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("shifts")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    OffsetDateTime from = (OffsetDateTime) args[1];
                    OffsetDateTime to = (OffsetDateTime) args[2];
                    return shifts.stream().filter(s -> s.contractId().equals(args[0]) && s.overlaps(from, to))
                            .toList();
                });
        StaffDirectory directory = (StaffDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("person")) {
                        return grants.containsKey((String) args[0]) ? java.util.Optional.of(new org.yorisoi.staff.Person(
                                (String) args[0], args[0] + "-login", (String) args[0], true, Instant.EPOCH))
                                : java.util.Optional.empty();
                    }
                    if (!method.getName().equals("grants")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    List<RoleGrant> held = grants.get((String) args[0]);
                    if (held == null) {
                        throw new IllegalArgumentException("no person " + args[0]);
                    }
                    return held;
                });
        ContentAccess access = (caller, contractId, attributes) -> viewerMaySee;
        this.directory = directory;
        chat = new JpaChatService(capacity, jpa, clock, contracts, calendar, staffing, directory, store, keys, access,
                audit, DETECTOR);
    }

    /** A person with a grant of the role under the contract, known to the directory. */
    public Caller person(String personId, Role role) {
        RoleGrant grant = new RoleGrant(personId, CONTRACT, role, LocalDate.parse("2025-04-01"), null,
                role == Role.MUNICIPAL_VIEWER ? "kyoto-city-board" : null);
        grants.put(personId, List.of(grant));
        return new Caller(personId, personId + "-login", personId, List.of(grant), "203.0.113.5");
    }

    /** A shift of the person covering the clock's now. */
    public void onDuty(String personId, Role role) {
        OffsetDateTime now = clock.now().atZone(PlatformClock.TOKYO).toOffsetDateTime();
        shifts.add(new Shift("shift-" + personId, personId, CONTRACT, role, now.minusHours(1), now.plusHours(3)));
    }

    @Override
    public void close() {
        jpa.close();
        derby.close();
    }

    public record TestContract(ContractInfo info, Map<AutoReply, String> autoReplies, Map<String, String> cannedResponses)
            implements Contract {
        @Override
        public List<WindowRule> windows() {
            return List.of();
        }
    }

    public static final class TestClock implements PlatformClock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        public void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public Clock clock() {
            return Clock.fixed(now, TOKYO);
        }
    }

    /** Keeps the events; counts the ones recorded while a transaction was open on the recording thread. */
    public static final class GuardedAuditLog implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();
        public int insideTransactions;
        private final LocalJpaTemplate jpa;

        GuardedAuditLog(LocalJpaTemplate jpa) {
            this.jpa = jpa;
        }

        @Override
        public synchronized AuditEntry record(AuditEvent event) {
            if (jpa.inTransaction()) {
                insideTransactions++;
            }
            events.add(event);
            return null;
        }

        public synchronized List<AuditEvent> snapshot() {
            return List.copyOf(events);
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
