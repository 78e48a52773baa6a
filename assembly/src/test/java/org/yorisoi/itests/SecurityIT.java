package org.yorisoi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.inject.Inject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.ConsultationStore;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.security.Credentials;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;

/**
 * Who may do what over the API, proven against the booted distribution: authentication, role and contract scope,
 * lockout, expiry, revocation, idle time-out, and that each of them is on record in the audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityIT extends YorisoiTestSupport {

    private final StaffDirectory staff = live(StaffDirectory.class);

    private final Credentials credentials = live(Credentials.class);

    private final ConsultationStore consultations = live(ConsultationStore.class);

    private final AuditLog audit = live(AuditLog.class);

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    private List<AuditEntry> audited(String actor, String action) {
        return audit.search(new AuditQuery(actor, null, action, null, null, 100));
    }

    // --- authentication ---

    @Test
    public void requestWithoutCredentialsIsRefusedWith401() throws Exception {
        Response r = get(API + "/contracts/kyoto/consultations");
        assertEquals(r.toString(), 401, r.status);
        assertEquals("UNAUTHENTICATED", r.json().path("code").asText());
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, call("GET", API + "/audit", "not-a-real-token", null).status);
    }

    @Test
    public void firstAdministratorMustChangeTheOneTimePasswordThenLogsIn() throws Exception {
        Path file = Paths.get(System.getProperty("karaf.data"), "yorisoi", "first-admin-password");
        Properties first = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first.load(in);
        }
        String login = first.getProperty("login");
        Response refused = call("POST", API + "/sessions", null, json("login", login, "password", first.getProperty("password")));
        assertEquals(401, refused.status);
        assertEquals("PASSWORD_EXPIRED", refused.json().path("code").asText());

        Response changed = call("POST", API + "/password", null, json("login", login,
                "oldPassword", first.getProperty("password"), "newPassword", PASSWORD));
        assertEquals(changed.toString(), 204, changed.status);
        assertFalse("the one-time password file is gone", Files.exists(file));

        String token = login(login, PASSWORD);
        Response audit = call("GET", API + "/audit?action=login&limit=5", token, null);
        assertEquals(200, audit.status);
        assertEquals(login, call("GET", API + "/sessions/current", token, null).json().path("login").asText());
    }

    @Test
    public void loggedOutSessionNoLongerWorksAndTheLogoutIsAudited() throws Exception {
        person("leaves-early", "COUNSELOR@kyoto");
        String token = login("leaves-early", PASSWORD);

        assertEquals(204, call("DELETE", API + "/sessions/current", token, null).status);

        assertEquals(401, call("GET", API + "/sessions/current", token, null).status);
        assertFalse(audited("leaves-early", "logout").isEmpty());
    }

    // --- authorization: role and contract scope ---

    @Test
    public void kyotoViewerCannotReadAnAsahikawaConsultation() throws Exception {
        person("viewer-kyoto-city", "MUNICIPAL_VIEWER@kyoto@kyoto-city-board");
        Consultation asahikawa = consultations.open("asahikawa", Channel.WEB, Map.of());
        String token = login("viewer-kyoto-city", PASSWORD);

        Response r = call("GET", API + "/contracts/asahikawa/consultations/" + asahikawa.id(), token, null);

        assertEquals(r.toString(), 403, r.status);
        assertEquals("FORBIDDEN", r.json().path("code").asText());
        assertFalse(audited("viewer-kyoto-city", "access-denied").isEmpty());
    }

    @Test
    public void cityBoardViewerReadsCitySchoolConsultationsButNotPrivateSchoolOnes() throws Exception {
        person("viewer-city-board", "MUNICIPAL_VIEWER@kyoto@kyoto-city-board");
        Consultation city = consultations.open("kyoto", Channel.LINE, Map.of("schoolType", "KYOTO_CITY_MUNICIPAL"));
        consultations.append(city.id(), Sender.CLIENT, null, "市立学校の相談");
        Consultation privateSchool = consultations.open("kyoto", Channel.LINE, Map.of("schoolType", "PRIVATE"));
        consultations.append(privateSchool.id(), Sender.CLIENT, null, "私立学校の相談");
        String token = login("viewer-city-board", PASSWORD);

        Response denied = call("GET", API + "/contracts/kyoto/consultations/" + privateSchool.id(), token, null);
        Response allowed = call("GET", API + "/contracts/kyoto/consultations/" + city.id(), token, null);
        Response list = call("GET", API + "/contracts/kyoto/consultations", token, null);

        assertEquals(denied.toString(), 403, denied.status);
        assertEquals(allowed.toString(), 200, allowed.status);
        assertEquals("市立学校の相談", allowed.json().path("messages").get(0).path("text").asText());
        assertTrue(list.body.contains(city.id()));
        assertFalse("the list hides what the viewer may not read", list.body.contains(privateSchool.id()));
        List<AuditEntry> reads = audited("viewer-city-board", "content-read");
        assertTrue(reads.stream().anyMatch(e -> e.target().equals(city.id()) && e.outcome().name().equals("SUCCESS")));
        assertTrue(reads.stream().anyMatch(e -> e.target().equals(privateSchool.id()) && e.outcome().name().equals("DENIED")));
    }

    @Test
    public void counselorIsRefusedTheAuditLogAndAnotherContract() throws Exception {
        person("counselor-kyoto", "COUNSELOR@kyoto");
        Consultation sakai = consultations.open("sakai", Channel.APPOINTMENT, Map.of());
        String token = login("counselor-kyoto", PASSWORD);

        assertEquals(403, call("GET", API + "/audit", token, null).status);
        assertEquals(403, call("GET", API + "/contracts/sakai/consultations/" + sakai.id(), token, null).status);
        assertEquals(403, call("GET", API + "/contracts/kyoto/deployments", token, null).status);
        assertEquals(200, call("GET", API + "/contracts/kyoto/consultations", token, null).status);
    }

    @Test
    public void systemManagerRunsThePlatformButReadsNoConsultation() throws Exception {
        person("sysman", "SYSTEM_MANAGER@*");
        Consultation kyoto = consultations.open("kyoto", Channel.WEB, Map.of("schoolType", "PRIVATE"));
        String token = login("sysman", PASSWORD);

        assertEquals(200, call("GET", API + "/audit?limit=1", token, null).status);
        assertEquals(403, call("GET", API + "/contracts/kyoto/consultations/" + kyoto.id(), token, null).status);
        assertEquals(403, call("POST", API + "/contracts/kyoto/erasures?force=true", token, null).status);
    }

    // --- lockout, expiry, revocation, idle time-out ---

    @Test
    public void fiveFailedLoginsLockTheAccountAndAreAudited() throws Exception {
        person("locked-out", "COUNSELOR@asahikawa");
        for (int i = 0; i < 5; i++) {
            Response r = call("POST", API + "/sessions", null, json("login", "locked-out", "password", "wrong-" + i));
            assertEquals(401, r.status);
        }
        Response right = call("POST", API + "/sessions", null, json("login", "locked-out", "password", PASSWORD));

        assertEquals(right.toString(), 401, right.status);
        assertEquals("ACCOUNT_LOCKED", right.json().path("code").asText());
        List<AuditEntry> failures = audited("locked-out", "login-failed");
        assertTrue(failures.size() >= 6);
        assertTrue(failures.stream().anyMatch(e -> e.detail() != null && e.detail().contains("LOCKED")));
    }

    @Test
    public void expiredPasswordIsRefusedAndAudited() throws Exception {
        person("expiring", "LEAD@kumamoto");
        login("expiring", PASSWORD);
        String later = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(100).withNano(0).toString();
        setConfig("org.yorisoi.clock", "startAt", later);
        try {
            await("the clock moved on", Duration.ofSeconds(10),
                    () -> audit.search(AuditQuery.latest(1)).size() >= 0 && isExpired("expiring"));
            Response r = call("POST", API + "/sessions", null, json("login", "expiring", "password", PASSWORD));
            assertEquals(r.toString(), 401, r.status);
            assertEquals("PASSWORD_EXPIRED", r.json().path("code").asText());
            assertTrue(audited("expiring", "login-failed").stream()
                    .anyMatch(e -> e.detail() != null && e.detail().contains("PASSWORD_EXPIRED")));
        } finally {
            setConfig("org.yorisoi.clock", "startAt", "");
        }
    }

    private boolean isExpired(String login) {
        Instant expires = credentials.status(staff.byLogin(login).orElseThrow().id()).passwordExpiresAt();
        return expires != null && Instant.now().plus(Duration.ofDays(99)).isAfter(expires);
    }

    @Test
    public void revokedAccountsLiveSessionStopsAndItsLoginIsRefused() throws Exception {
        Person p = person("leaving", "COUNSELOR@kyoto");
        String token = login("leaving", PASSWORD);
        assertEquals(200, call("GET", API + "/sessions/current", token, null).status);

        staff.deactivate(p.id(), "it");

        assertEquals(401, call("GET", API + "/sessions/current", token, null).status);
        Response again = call("POST", API + "/sessions", null, json("login", "leaving", "password", PASSWORD));
        assertEquals(401, again.status);
        assertTrue(audited("leaving", "login-failed").stream()
                .anyMatch(e -> e.detail() != null && e.detail().contains("INACTIVE")));
        assertFalse(audit.search(new AuditQuery(null, null, "session-expired", null, null, 100)).stream()
                .filter(e -> p.id().equals(e.target())).toList().isEmpty());
    }

    @Test
    public void idleSessionExpiresAfterTheConfiguredTimeOut() throws Exception {
        Person p = person("idle", "CONTRACT_MANAGER@sakai");
        setConfig("org.yorisoi.security", "idleTimeout", "PT2S");
        try {
            await("the idle time-out applied", Duration.ofSeconds(10),
                    () -> credentials.policy().idleTimeout().equals(Duration.ofSeconds(2)));
            String token = login("idle", PASSWORD);
            assertEquals(200, call("GET", API + "/sessions/current", token, null).status);
            Thread.sleep(3000);
            assertEquals(401, call("GET", API + "/sessions/current", token, null).status);
            assertTrue(audit.search(new AuditQuery(null, null, "session-expired", null, null, 100)).stream()
                    .anyMatch(e -> p.id().equals(e.target())));
        } finally {
            setConfig("org.yorisoi.security", "idleTimeout", "PT15M");
        }
    }

    @Test
    public void yorisoiRealmAuthenticatesConsoleAndSshLogins() throws Exception {
        person("ssh-lead", "LEAD@kyoto");
        LoginContext ok = new LoginContext("yorisoi", callbacks -> {
            ((NameCallback) callbacks[0]).setName("ssh-lead");
            ((PasswordCallback) callbacks[1]).setPassword(PASSWORD.toCharArray());
        });
        ok.login();
        assertTrue(ok.getSubject().getPrincipals().stream().anyMatch(pr -> pr.getName().equals("ssh")));
        LoginContext bad = new LoginContext("yorisoi", callbacks -> {
            ((NameCallback) callbacks[0]).setName("ssh-lead");
            ((PasswordCallback) callbacks[1]).setPassword("nope".toCharArray());
        });
        try {
            bad.login();
            throw new AssertionError("a wrong password logged in");
        } catch (LoginException expected) {
            // refused
        }
        assertEquals("yorisoi", configAdmin.getConfiguration("org.apache.karaf.shell", null).getProperties().get("sshRealm"));
    }

    private void setConfig(String pid, String key, String value) throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration(pid, null);
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        props.put(key, value);
        c.update(props);
    }
}
