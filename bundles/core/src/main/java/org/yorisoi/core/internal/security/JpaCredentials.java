package org.yorisoi.core.internal.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditEvent.Outcome;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.core.internal.security.LockoutRules.FailureState;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.AccountStatus;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.LoginOutcome;
import org.yorisoi.security.LoginResult;
import org.yorisoi.security.PasswordPolicy;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.StaffDirectory;

/**
 * Passwords of the staff directory's persons in {@code YS_CREDENTIAL} and {@code YS_PASSWORD_HISTORY}. Every attempt
 * on one person runs under that person's lock, from the lock check to the failure count, so that parallel guesses
 * cannot slip past the lockout. Audit entries are written outside database transactions: the audit log keeps its
 * own.
 */
@Component(service = {Credentials.class, AccountStanding.class}, configurationPid = SecuritySettings.PID)
@Designate(ocd = SecurityConfig.class)
public class JpaCredentials implements Credentials, AccountStanding {

    private static final Logger LOG = LoggerFactory.getLogger(JpaCredentials.class);
    static final String WRONG_LOGIN_OR_PASSWORD = "wrong login name or password";

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ConcurrentHashMap<String, Object> personLocks = new ConcurrentHashMap<>();
    private final List<CredentialListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SecuritySettings settings = SecuritySettings.DEFAULTS;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaCredentials(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                          @Reference PlatformClock clock, @Reference StaffDirectory staff, @Reference AuditLog audit,
                          @Reference TransactionManager transactionManager, SecurityConfig config) {
        this.jpa = jpa;
        this.clock = clock;
        this.staff = staff;
        this.audit = audit;
        configure(config);
    }

    /** Live changes: a new idle time-out or lockout applies from the next request, sessions survive. */
    @Modified
    void configure(SecurityConfig config) {
        settings = SecuritySettings.from(config, settings, (key, reason) -> LOG.error(
                "Configuration {}: {} refused ({}); the value in force stays", SecuritySettings.PID, key, reason));
        SecuritySettings s = settings;
        LOG.info("Password policy: at least {} characters, valid {}, history {}, {} failures in {} lock for {}, "
                        + "idle time-out {}, {} PBKDF2 iterations", s.minLength(), SecuritySettings.describe(s.validity()),
                s.history(), s.maxFailures(), SecuritySettings.describe(s.failureWindow()),
                SecuritySettings.describe(s.lockout()), SecuritySettings.describe(s.idleTimeout()), s.iterations());
    }

    SecuritySettings settings() {
        return settings;
    }

    // --- authentication ---

    @Override
    public LoginResult authenticate(String login, char[] password, String origin) {
        char[] pw = password == null ? new char[0] : password;
        SecuritySettings s = settings;
        String tried = login == null ? "" : login;
        Person person = tried.isBlank() ? null : staff.byLogin(tried).orElse(null);
        if (person == null) {
            PasswordHashing.decoy(pw, s.iterations());
            return refused(tried, origin, null, LoginOutcome.BAD_CREDENTIALS);
        }
        synchronized (lockOf(person.id())) {
            Instant now = now();
            CredentialEntity credential = find(person.id());
            if (credential == null) {
                PasswordHashing.decoy(pw, s.iterations());
                return refused(tried, origin, person.id(), LoginOutcome.NO_PASSWORD);
            }
            FailureState failures = credential.failureState();
            if (LockoutRules.isLocked(failures, now)) {
                return refused(tried, origin, person.id(), LoginOutcome.LOCKED);
            }
            if (!PasswordHashing.verify(pw, credential.passwordHash)) {
                FailureState after = countFailure(person.id(), failures, now, s);
                LoginResult result = refused(tried, origin, person.id(), LoginOutcome.BAD_CREDENTIALS);
                recordLock(person, after, now, origin);
                return result;
            }
            List<RoleGrant> grants = grantsInEffect(person.id());
            if (!person.active() || grants.isEmpty()) {
                return refused(tried, origin, person.id(), LoginOutcome.INACTIVE);
            }
            if (expired(credential, now, s)) {
                return refused(tried, origin, person.id(), LoginOutcome.PASSWORD_EXPIRED);
            }
            afterSuccess(person.id(), credential, pw, s);
            Caller caller = new Caller(person.id(), person.loginName(), person.displayName(), grants, origin);
            record(person.loginName(), origin, person.id(), AuditActions.LOGIN, Outcome.SUCCESS, null);
            return new LoginResult(LoginOutcome.OK, caller);
        }
    }

    private LoginResult refused(String login, String origin, String personId, LoginOutcome outcome) {
        record(login, origin, personId, AuditActions.LOGIN_FAILED, Outcome.DENIED, outcome.name());
        return new LoginResult(outcome, null);
    }

    /** Under the person's lock: one more failure stored. */
    private FailureState countFailure(String personId, FailureState before, Instant now, SecuritySettings s) {
        FailureState after = LockoutRules.afterFailure(before, now, s.maxFailures(), s.failureWindow(), s.lockout());
        jpa.tx(TransactionType.Required, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, personId);
            if (c != null) {
                c.failureState(after);
            }
        });
        return after;
    }

    /**
     * A lock set by this failure is audited on its own entry, so that a search finds locks directly. (Failures are
     * counted only while not locked, so a lock after one is always new.)
     */
    private void recordLock(Person person, FailureState after, Instant now, String origin) {
        if (LockoutRules.isLocked(after, now)) {
            LOG.warn("Account '{}' locked until {} after {} failed logins", person.loginName(), after.lockedUntil(),
                    after.failures());
            record(person.loginName(), origin, person.id(), AuditActions.LOGIN_FAILED, Outcome.DENIED,
                    "locked until " + after.lockedUntil());
        }
    }

    /** Under the person's lock: clears the failure count, and re-hashes a hash made with fewer iterations. */
    private void afterSuccess(String personId, CredentialEntity credential, char[] password, SecuritySettings s) {
        boolean rehash = PasswordHashing.needsRehash(credential.passwordHash, s.iterations());
        boolean clear = !credential.failureState().equals(FailureState.NONE);
        if (!rehash && !clear) {
            return;
        }
        String upgraded = rehash ? PasswordHashing.hash(password, s.iterations()) : null;
        jpa.tx(TransactionType.Required, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, personId);
            if (c == null) {
                return;
            }
            c.failureState(FailureState.NONE);
            if (upgraded != null) {
                // the same password, so its history row and the time it was set stay as they are
                c.passwordHash = upgraded;
            }
        });
        if (rehash) {
            LOG.info("Password hash of person {} upgraded to {} iterations", personId, s.iterations());
        }
    }

    // --- administration ---

    @Override
    public AccountStatus setPassword(String personId, char[] password, boolean temporary, String actor) {
        String by = actor(actor);
        Person person = existing(personId);
        if (!person.active()) {
            throw new IllegalArgumentException("person " + personId + " is deactivated");
        }
        SecuritySettings s = settings;
        PasswordRules.check(person.loginName(), password, s.minLength());
        String hash = PasswordHashing.hash(password, s.iterations());
        synchronized (lockOf(person.id())) {
            store(person.id(), hash, temporary);
        }
        record(by, null, person.id(), AuditActions.ACCOUNT_CHANGE, Outcome.SUCCESS,
                "password-set " + (temporary ? "temporary" : "permanent"));
        tellListeners(person, false);
        return status(person.id());
    }

    @Override
    public AccountStatus changePassword(String login, char[] oldPassword, char[] newPassword, String origin) {
        char[] old = oldPassword == null ? new char[0] : oldPassword;
        SecuritySettings s = settings;
        String tried = login == null ? "" : login;
        Person person = tried.isBlank() ? null : staff.byLogin(tried).orElse(null);
        if (person == null) {
            PasswordHashing.decoy(old, s.iterations());
            record(tried, origin, null, AuditActions.LOGIN_FAILED, Outcome.DENIED, "password-change BAD_CREDENTIALS");
            throw new IllegalArgumentException(WRONG_LOGIN_OR_PASSWORD);
        }
        synchronized (lockOf(person.id())) {
            Instant now = now();
            CredentialEntity credential = find(person.id());
            if (credential == null) {
                PasswordHashing.decoy(old, s.iterations());
                record(tried, origin, person.id(), AuditActions.LOGIN_FAILED, Outcome.DENIED,
                        "password-change NO_PASSWORD");
                throw new IllegalArgumentException(WRONG_LOGIN_OR_PASSWORD);
            }
            FailureState failures = credential.failureState();
            if (LockoutRules.isLocked(failures, now)) {
                record(tried, origin, person.id(), AuditActions.LOGIN_FAILED, Outcome.DENIED, "password-change LOCKED");
                throw new IllegalArgumentException(
                        "the account is locked: wait until the lock ends or ask an administrator to unlock it");
            }
            if (!PasswordHashing.verify(old, credential.passwordHash)) {
                FailureState after = countFailure(person.id(), failures, now, s);
                record(tried, origin, person.id(), AuditActions.LOGIN_FAILED, Outcome.DENIED,
                        "password-change BAD_CREDENTIALS");
                recordLock(person, after, now, origin);
                throw new IllegalArgumentException(WRONG_LOGIN_OR_PASSWORD);
            }
            if (!person.active()) {
                record(tried, origin, person.id(), AuditActions.LOGIN_FAILED, Outcome.DENIED, "password-change INACTIVE");
                throw new IllegalArgumentException("the account is deactivated");
            }
            PasswordRules.check(person.loginName(), newPassword, s.minLength());
            if (Arrays.equals(old, newPassword)) {
                throw new IllegalArgumentException("the new password must differ from the current one");
            }
            PasswordRules.checkNotReused(newPassword, recentHashes(person.id(), s.history()), s.history());
            store(person.id(), PasswordHashing.hash(newPassword, s.iterations()), false);
        }
        record(person.loginName(), origin, person.id(), AuditActions.ACCOUNT_CHANGE, Outcome.SUCCESS,
                "password-changed");
        tellListeners(person, true);
        return status(person.id());
    }

    @Override
    public AccountStatus unlock(String personId, String actor) {
        String by = actor(actor);
        Person person = existing(personId);
        synchronized (lockOf(person.id())) {
            jpa.tx(TransactionType.Required, em -> {
                CredentialEntity c = em.find(CredentialEntity.class, person.id());
                if (c != null) {
                    c.failureState(FailureState.NONE);
                }
            });
        }
        record(by, null, person.id(), AuditActions.ACCOUNT_CHANGE, Outcome.SUCCESS, "unlocked");
        return status(person.id());
    }

    /** Under the person's lock: the new password, a clean failure state, and a history row. */
    private void store(String personId, String hash, boolean mustChange) {
        Instant now = now();
        jpa.tx(TransactionType.Required, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, personId);
            if (c == null) {
                c = new CredentialEntity(personId);
                em.persist(c);
            }
            c.passwordHash = hash;
            c.changedAt = now.toEpochMilli();
            c.mustChange = mustChange;
            c.failureState(FailureState.NONE);
            em.persist(new PasswordHistoryEntity(UUID.randomUUID().toString(), personId, hash, now.toEpochMilli()));
            pruneHistory(em, personId);
        });
    }

    /** Keeps as many history rows as the largest configurable history needs, so that raising it later works. */
    private static void pruneHistory(EntityManager em, String personId) {
        List<PasswordHistoryEntity> rows = em.createNamedQuery(PasswordHistoryEntity.BY_PERSON,
                PasswordHistoryEntity.class).setParameter("personId", personId).getResultList();
        for (PasswordHistoryEntity old : rows.subList(Math.min(rows.size(), SecuritySettings.MAX_HISTORY), rows.size())) {
            em.remove(old);
        }
    }

    private List<String> recentHashes(String personId, int history) {
        if (history == 0) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(PasswordHistoryEntity.BY_PERSON,
                        PasswordHistoryEntity.class).setParameter("personId", personId).setMaxResults(history)
                .getResultList().stream().map(h -> h.passwordHash).toList());
    }

    private void tellListeners(Person person, boolean byOwner) {
        for (CredentialListener listener : listeners) {
            try {
                listener.passwordReplaced(person.id(), person.loginName(), byOwner);
            } catch (RuntimeException e) {
                // the password is changed either way; a listener's trouble must not turn that into an error
                LOG.error("After the password change of person {}: {}", person.id(), e.toString(), e);
            }
        }
    }

    // --- reading ---

    @Override
    public Optional<Caller> callerOf(String login, String origin) {
        return standing(login, origin).map(Standing::caller);
    }

    @Override
    public Optional<Standing> standing(String login, String origin) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        Person person = staff.byLogin(login).orElse(null);
        if (person == null || !person.active()) {
            return Optional.empty();
        }
        CredentialEntity credential = find(person.id());
        Instant now = now();
        if (credential == null || LockoutRules.isLocked(credential.failureState(), now)
                || expired(credential, now, settings)) {
            return Optional.empty();
        }
        List<RoleGrant> grants = grantsInEffect(person.id());
        if (grants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Standing(new Caller(person.id(), person.loginName(), person.displayName(), grants,
                origin), credential.changed()));
    }

    @Override
    public AccountStatus status(String personId) {
        Person person = existing(personId);
        CredentialEntity c = find(person.id());
        Instant now = now();
        SecuritySettings s = settings;
        if (c == null) {
            return new AccountStatus(person.id(), person.loginName(), false, null, null, false, 0, null,
                    person.active());
        }
        FailureState failures = c.failureState();
        return new AccountStatus(person.id(), person.loginName(), true, c.changed(), expiresAt(c, s), c.mustChange,
                LockoutRules.recentFailures(failures, now, s.failureWindow()),
                LockoutRules.isLocked(failures, now) ? failures.lockedUntil() : null, person.active());
    }

    @Override
    public PasswordPolicy policy() {
        return settings.policy();
    }

    @Override
    public void addListener(CredentialListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CredentialListener listener) {
        listeners.remove(listener);
    }

    // --- helpers ---

    private static Instant expiresAt(CredentialEntity c, SecuritySettings s) {
        // a temporary password is expired from the start
        return c.mustChange ? c.changed() : c.changed().plus(s.validity());
    }

    private static boolean expired(CredentialEntity c, Instant now, SecuritySettings s) {
        return c.mustChange || now.isAfter(c.changed().plus(s.validity()));
    }

    /** To the millisecond, as stored: what is compared is what was kept. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private List<RoleGrant> grantsInEffect(String personId) {
        LocalDate today = clock.nowInTokyo().toLocalDate();
        return staff.grants(personId).stream().filter(g -> g.inEffectOn(today)).toList();
    }

    private CredentialEntity find(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(CredentialEntity.class, personId));
    }

    private Person existing(String personId) {
        if (personId == null) {
            throw new IllegalArgumentException("person id is required");
        }
        return staff.person(personId).orElseThrow(() -> new IllegalArgumentException("no person with id " + personId));
    }

    private Object lockOf(String personId) {
        return personLocks.computeIfAbsent(personId, id -> new Object());
    }

    private static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor is required");
        }
        return actor.strip();
    }

    private void record(String actor, String origin, String personId, String action, Outcome outcome, String detail) {
        audit.record(new AuditEvent(actor, origin, null, action, personId, outcome, detail));
    }
}
