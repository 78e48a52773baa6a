package org.yorisoi.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditEvent.Outcome;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.core.internal.security.AccountStanding.Standing;
import org.yorisoi.core.internal.security.SessionTable.Entry;
import org.yorisoi.core.internal.security.SessionTable.Idle;
import org.yorisoi.core.internal.security.SessionTable.Live;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Session;
import org.yorisoi.security.Sessions;

/**
 * Sessions of the REST API and the web console, in memory. Each use re-reads the account, so a deactivation, a
 * revoked role, a lock or a password reset ends the session at its next request; a sweeper ends idle sessions every
 * {@value #SWEEP_SECONDS} seconds so that their expiry is on record even when nobody comes back.
 */
@Component(service = Sessions.class, immediate = true)
public class SessionRegistry implements Sessions, CredentialListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);
    static final long SWEEP_SECONDS = 30;
    static final String IDLE = "idle";
    static final String ACCOUNT = "account";

    private final AccountStanding accounts;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final SessionTable table = new SessionTable();
    private final ScheduledExecutorService sweeper;

    @Activate
    public SessionRegistry(@Reference AccountStanding accounts, @Reference AuditLog audit,
                           @Reference PlatformClock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        accounts.addListener(this);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "yorisoi-session-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        accounts.removeListener(this);
        sweeper.shutdownNow();
    }

    /** To the millisecond, like the password times it is compared with. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private Duration idleTimeout() {
        return accounts.policy().idleTimeout();
    }

    @Override
    public Session open(Caller caller) {
        Entry entry = table.open(caller.personId(), caller.login(), now());
        return new Session(entry.token(), caller, entry.createdAt(), entry.expiresAt(idleTimeout()));
    }

    @Override
    public Optional<Caller> use(String token, String origin) {
        Duration idle = idleTimeout();
        SessionTable.Lookup found = table.touch(token, now(), idle);
        if (found instanceof Idle expired) {
            ended(expired.entry(), origin, IDLE);
            return Optional.empty();
        }
        if (!(found instanceof Live live)) {
            return Optional.empty();
        }
        Entry entry = live.entry();
        Optional<Standing> standing = accounts.standing(entry.login(), origin);
        // a password set after the session opened (a reset, or the owner's change elsewhere) ends it
        if (standing.isEmpty() || standing.get().passwordSetAt().isAfter(entry.createdAt())) {
            if (table.remove(entry.token()).isPresent()) {
                ended(entry, origin, ACCOUNT);
            }
            return Optional.empty();
        }
        return Optional.of(standing.get().caller());
    }

    @Override
    public boolean close(String token, String origin) {
        Optional<Entry> closed = table.remove(token);
        closed.ifPresent(entry -> audit.record(new AuditEvent(entry.login(), origin, null, AuditActions.LOGOUT,
                entry.personId(), Outcome.SUCCESS, null)));
        return closed.isPresent();
    }

    @Override
    public int closeAll(String personId) {
        int count = 0;
        for (Entry entry : table.removeAll(personId)) {
            ended(entry, null, ACCOUNT);
            count++;
        }
        return count;
    }

    @Override
    public int count() {
        return table.size();
    }

    @Override
    public void passwordReplaced(String personId, String login, boolean byOwner) {
        int closed = closeAll(personId);
        if (closed > 0) {
            LOG.info("Ended {} session(s) of '{}' after a password change", closed, login);
        }
    }

    /** Runs on the sweeper thread; must not throw, or the executor stops sweeping. */
    void sweep() {
        try {
            for (Entry entry : table.removeIdle(now(), idleTimeout())) {
                ended(entry, null, IDLE);
            }
        } catch (RuntimeException e) {
            LOG.error("Sweeping idle sessions failed; trying again in {} s", SWEEP_SECONDS, e);
        }
    }

    private void ended(Entry entry, String origin, String why) {
        audit.record(new AuditEvent(entry.login(), origin, null, AuditActions.SESSION_EXPIRED, entry.personId(),
                Outcome.SUCCESS, why));
    }
}
