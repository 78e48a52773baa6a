package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.AccountStatus;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.LoginOutcome;
import org.yorisoi.security.LoginResult;
import org.yorisoi.security.PasswordPolicy;
import org.yorisoi.staff.RoleGrant;

/** The module's mapping from a login result to principals; the credentials' own rules are tested elsewhere. */
public class YorisoiLoginModuleTest {

    private static final String GOOD = "Tsuyoi-Pasuwado-2026";

    /** Answers OK for {@link #GOOD} with the given grants, or the given refusal. Records the origins it saw. */
    private static final class ScriptedCredentials implements Credentials {
        final List<RoleGrant> grants;
        final LoginOutcome refusal;
        final List<String> origins = new ArrayList<>();

        ScriptedCredentials(LoginOutcome refusal, RoleGrant... grants) {
            this.refusal = refusal;
            this.grants = List.of(grants);
        }

        @Override
        public LoginResult authenticate(String login, char[] password, String origin) {
            origins.add(origin);
            if (refusal == null && GOOD.equals(new String(password))) {
                return new LoginResult(LoginOutcome.OK, new Caller("p-1", login, "Test", grants, origin));
            }
            return new LoginResult(refusal == null ? LoginOutcome.BAD_CREDENTIALS : refusal, null);
        }

        @Override
        public AccountStatus setPassword(String personId, char[] password, boolean temporary, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountStatus changePassword(String login, char[] oldPassword, char[] newPassword, String origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountStatus unlock(String personId, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> callerOf(String login, String origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountStatus status(String personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PasswordPolicy policy() {
            throw new UnsupportedOperationException();
        }
    }

    private static RoleGrant grant(Role role, String contract) {
        return new RoleGrant("p-1", contract, role, LocalDate.of(2026, 1, 1), null,
                role == Role.MUNICIPAL_VIEWER ? "kyoto-city-board" : null);
    }

    private static CallbackHandler answering(String name, String password) {
        return callbacks -> {
            ((NameCallback) callbacks[0]).setName(name);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        };
    }

    private static YorisoiLoginModule module(Subject subject, CallbackHandler handler, Credentials credentials) {
        YorisoiLoginModule module = new YorisoiLoginModule();
        module.initialize(subject, handler, Map.of(), Map.of(YorisoiRealm.CREDENTIALS_OPTION, credentials));
        return module;
    }

    private static Set<String> roles(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Subject loggedIn(RoleGrant... grants) throws LoginException {
        Subject subject = new Subject();
        YorisoiLoginModule module = module(subject, answering("tanaka", GOOD), new ScriptedCredentials(null, grants));
        assertTrue(module.login());
        assertTrue(module.commit());
        return subject;
    }

    @Test
    public void adminGetsTheUserTheMarkerAndAllOfKarafsRoles() throws LoginException {
        Subject subject = loggedIn(grant(Role.ADMIN, RoleGrant.EVERY_CONTRACT));

        assertEquals(Set.of("tanaka"), subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet()));
        assertEquals(Set.of("yorisoi", "admin", "manager", "viewer", "ssh"), roles(subject));
    }

    @Test
    public void systemManagerGetsManagerViewerAndSshButNotKarafAdmin() throws LoginException {
        assertEquals(Set.of("yorisoi", "system_manager", "manager", "viewer", "ssh"),
                roles(loggedIn(grant(Role.SYSTEM_MANAGER, RoleGrant.EVERY_CONTRACT))));
    }

    @Test
    public void contractManagerAndLeadGetViewerAndSsh() throws LoginException {
        assertEquals(Set.of("yorisoi", "contract_manager", "viewer", "ssh"),
                roles(loggedIn(grant(Role.CONTRACT_MANAGER, "sakai"))));
        assertEquals(Set.of("yorisoi", "lead", "viewer", "ssh"), roles(loggedIn(grant(Role.LEAD, "kyoto"))));
    }

    @Test
    public void counselorsAndMunicipalViewersGetNoKarafRoleSoNoSsh() throws LoginException {
        assertEquals(Set.of("yorisoi", "counselor", "municipal_viewer"),
                roles(loggedIn(grant(Role.COUNSELOR, "kyoto"), grant(Role.MUNICIPAL_VIEWER, "kyoto"))));
    }

    @Test
    public void rolesOfSeveralGrantsAreMerged() throws LoginException {
        assertEquals(Set.of("yorisoi", "counselor", "lead", "viewer", "ssh"),
                roles(loggedIn(grant(Role.COUNSELOR, "kyoto"), grant(Role.LEAD, "asahikawa"))));
    }

    @Test
    public void wrongPasswordIsRefusedWithAGenericMessageAndAddsNothing() {
        Subject subject = new Subject();
        YorisoiLoginModule module = module(subject, answering("tanaka", "nope"), new ScriptedCredentials(null));
        try {
            module.login();
            fail("a wrong password logged in");
        } catch (FailedLoginException expected) {
            assertEquals(YorisoiLoginModule.REFUSED, expected.getMessage());
        } catch (LoginException e) {
            fail(e.toString());
        }
        assertFalse(module.commit());
        assertTrue(subject.getPrincipals().isEmpty());
    }

    @Test
    public void lockedAndInactiveAccountsGetTheSameGenericRefusal() {
        for (LoginOutcome refusal : List.of(LoginOutcome.LOCKED, LoginOutcome.INACTIVE, LoginOutcome.NO_PASSWORD)) {
            YorisoiLoginModule module = module(new Subject(), answering("tanaka", GOOD), new ScriptedCredentials(refusal));
            try {
                module.login();
                fail(refusal + " logged in");
            } catch (FailedLoginException expected) {
                assertEquals(YorisoiLoginModule.REFUSED, expected.getMessage());
            } catch (LoginException e) {
                fail(e.toString());
            }
        }
    }

    @Test
    public void expiredPasswordIsRefusedSayingSo() {
        YorisoiLoginModule module = module(new Subject(), answering("tanaka", GOOD),
                new ScriptedCredentials(LoginOutcome.PASSWORD_EXPIRED));
        try {
            module.login();
            fail("an expired password logged in");
        } catch (FailedLoginException expected) {
            assertTrue(expected.getMessage().contains("expired"));
        } catch (LoginException e) {
            fail(e.toString());
        }
    }

    @Test
    public void logoutRemovesThePrincipalsItAddedOnly() throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", "/192.0.2.7:50022"));
        YorisoiLoginModule module = module(subject, answering("tanaka", GOOD),
                new ScriptedCredentials(null, grant(Role.LEAD, "kyoto")));
        module.login();
        module.commit();

        assertTrue(module.logout());

        assertEquals(Set.of(new ClientPrincipal("ssh", "/192.0.2.7:50022")), subject.getPrincipals());
    }

    @Test
    public void sshLoginsAreAuditedWithTheClientAddressOthersAsJaas() throws LoginException {
        ScriptedCredentials credentials = new ScriptedCredentials(null, grant(Role.LEAD, "kyoto"));
        Subject ssh = new Subject();
        ssh.getPrincipals().add(new ClientPrincipal("ssh", "/192.0.2.7:50022"));

        module(ssh, answering("tanaka", GOOD), credentials).login();
        module(new Subject(), answering("tanaka", GOOD), credentials).login();

        assertEquals(List.of("ssh:192.0.2.7:50022", "jaas"), credentials.origins);
    }

    @Test
    public void publicKeyAttemptIsRefusedWithoutReachingTheCredentials() {
        ScriptedCredentials credentials = new ScriptedCredentials(null, grant(Role.ADMIN, RoleGrant.EVERY_CONTRACT));
        CallbackHandler publicKeyOnly = callbacks -> {
            ((NameCallback) callbacks[0]).setName("tanaka");
            throw new UnsupportedCallbackException(callbacks[1]);
        };
        try {
            module(new Subject(), publicKeyOnly, credentials).login();
            fail("logged in without a password");
        } catch (LoginException expected) {
            assertTrue("a key attempt is no failed password", credentials.origins.isEmpty());
        }
    }

    @Test
    public void thePasswordIsWipedFromTheCallbackAfterUse() throws LoginException {
        PasswordCallback[] seen = new PasswordCallback[1];
        char[] typed = GOOD.toCharArray();
        CallbackHandler handler = callbacks -> {
            ((NameCallback) callbacks[0]).setName("tanaka");
            seen[0] = (PasswordCallback) callbacks[1];
            seen[0].setPassword(typed);
        };

        module(new Subject(), handler, new ScriptedCredentials(null, grant(Role.LEAD, "kyoto"))).login();

        // the callback keeps its own copy; cleared, it holds blanks only
        assertTrue(new String(seen[0].getPassword()).isBlank());
    }

    @Test(expected = LoginException.class)
    public void withoutTheCredentialsServiceNobodyLogsIn() throws LoginException {
        YorisoiLoginModule module = new YorisoiLoginModule();
        module.initialize(new Subject(), answering("tanaka", GOOD), Map.of(), Map.of());
        module.login();
    }
}
