package org.yorisoi.core.internal.security;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Credentials;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.StaffDirectory;

/**
 * No default password: when nobody holds the ADMIN role, creates the first administrator ({@code firstAdminLogin})
 * with a random one-time password written to {@code ${karaf.data}/yorisoi/first-admin-password}, and deletes that
 * file once the administrator has chosen a password. The log names the file, never the password.
 *
 * <p>Order, so that every interruption can be resumed: the file first, then the password, and the ADMIN grant
 * last; until the grant is stored, the next start does it all again with a new password.
 */
@Component(immediate = true, service = {}, configurationPid = SecuritySettings.PID)
public class FirstAdminBootstrap implements CredentialListener {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    static final String ACTOR = "system";
    static final String DISPLAY_NAME = "First administrator";
    static final int PASSWORD_LENGTH = 20;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final long RETRY_SECONDS = 15;
    static final int MAX_RETRIES = 40;
    /** One set-up at a time in this JVM (a re-activation may overlap a retry); the file lock covers other JVMs. */
    private static final Object RUNNING = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffDirectory staff;
    private final Credentials credentials;
    private final AccountStanding accounts;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final OneTimePasswordFile file;
    private final String login;
    private final ScheduledExecutorService retries;

    @Activate
    public FirstAdminBootstrap(@Reference StaffDirectory staff, @Reference Credentials credentials,
                               @Reference AccountStanding accounts, @Reference AuditLog audit,
                               @Reference PlatformClock clock, BundleContext context, SecurityConfig config) {
        this.staff = staff;
        this.credentials = credentials;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        // a refused value is reported by the credentials component, which reads the same configuration
        this.login = SecuritySettings.from(config, SecuritySettings.DEFAULTS, (key, reason) -> { }).firstAdminLogin();
        String data = context.getProperty("karaf.data");
        Path dir = data != null ? Path.of(data) : context.getDataFile("").toPath();
        this.file = new OneTimePasswordFile(dir.resolve("yorisoi").resolve("first-admin-password"));
        this.retries = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "yorisoi-first-admin");
            t.setDaemon(true);
            return t;
        });
        accounts.addListener(this);
        if (!attempt()) {
            // the database may still be coming up (the persistence unit can be rebuilt once after boot)
            AtomicInteger left = new AtomicInteger(MAX_RETRIES);
            retries.scheduleWithFixedDelay(() -> {
                if (attempt()) {
                    retries.shutdown();
                } else if (left.decrementAndGet() == 0) {
                    LOG.error("First administrator set-up gave up after {} attempts; it runs again at the next start",
                            MAX_RETRIES + 1);
                    retries.shutdown();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        accounts.removeListener(this);
        retries.shutdownNow();
    }

    /** True when done (or nothing to do, or nothing a retry could change). */
    boolean attempt() {
        synchronized (RUNNING) {
            try (Closeable exclusive = file.exclusive()) {
                removeUsedFile();
                ensureAdministrator();
                return true;
            } catch (IllegalArgumentException e) {
                // the directory refused (e.g. a future ADMIN grant overlaps): waiting will not change that
                LOG.error("First administrator '{}' could not be set up: {}", login, e.getMessage());
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.warn("First administrator set-up not possible yet ({}); trying again in {} s", e.toString(),
                        RETRY_SECONDS);
                return false;
            }
        }
    }

    private void ensureAdministrator() throws IOException {
        LocalDate today = clock.nowInTokyo().toLocalDate();
        List<Person> persons = staff.persons();
        boolean adminInEffect = persons.stream().filter(Person::active).anyMatch(p -> staff.grants(p.id()).stream()
                .anyMatch(g -> g.role() == Role.ADMIN && g.inEffectOn(today)));
        if (adminInEffect) {
            return;
        }
        Person admin = persons.stream().filter(p -> p.loginName().equals(login)).findFirst().orElse(null);
        if (admin != null && !admin.active()) {
            LOG.error("Nobody holds the ADMIN role and the login '{}' belongs to a deactivated person: set another "
                    + "firstAdminLogin in etc/{}.cfg", login, SecuritySettings.PID);
            return;
        }
        if (admin == null) {
            admin = staff.createPerson(login, DISPLAY_NAME, ACTOR);
        }
        char[] password = oneTimePassword(Math.max(PASSWORD_LENGTH, accounts.policy().minLength()), login);
        try {
            file.write(admin.loginName(), password);
            credentials.setPassword(admin.id(), password, true, ACTOR);
        } finally {
            Arrays.fill(password, '\0');
        }
        staff.grantRole(admin.id(), RoleGrant.EVERY_CONTRACT, Role.ADMIN, null, null, ACTOR);
        audit.record(new AuditEvent(ACTOR, null, null, AuditActions.ACCOUNT_CHANGE, admin.id(),
                AuditEvent.Outcome.SUCCESS, "first-admin-created login=" + admin.loginName()));
        LOG.warn("First administrator '{}' created; one-time password in {}, to be changed at the first login",
                admin.loginName(), file.file());
    }

    /** A file whose administrator has already chosen a password (its deletion failed or was missed) goes. */
    private void removeUsedFile() throws IOException {
        String named = file.login().orElse(null);
        if (named == null) {
            return;
        }
        Person person = staff.byLogin(named).orElse(null);
        if (person == null || !credentials.status(person.id()).mustChange()) {
            file.delete();
            LOG.info("Removed the one-time password file {}: it is no longer in use", file.file());
        }
    }

    @Override
    public void passwordReplaced(String personId, String changedLogin, boolean byOwner) {
        if (!byOwner) {
            return; // the set-up's own temporary password, or an administrator's reset
        }
        synchronized (RUNNING) {
            try {
                if (changedLogin.equals(file.login().orElse(null)) && file.delete()) {
                    LOG.info("First administrator '{}' has chosen a password; deleted {}", changedLogin, file.file());
                }
            } catch (IOException e) {
                LOG.error("Could not delete the one-time password file {}: {}", file.file(), e.toString());
            }
        }
    }

    /** Letters and digits from a SecureRandom, meeting the policy (never containing the login name). */
    static char[] oneTimePassword(int length, String login) {
        while (true) {
            char[] password = new char[length];
            for (int i = 0; i < length; i++) {
                password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
            if (!PasswordRules.containsIgnoringCase(password, login)) {
                return password;
            }
            Arrays.fill(password, '\0');
        }
    }
}
