package org.yorisoi.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import javax.inject.Inject;
import javax.net.ssl.SSLSocket;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.DeploymentHistory;

import com.fasterxml.jackson.databind.JsonNode;

/** The assembled distribution, booted once: REST, console, hot deployment, HTTPS. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends YorisoiTestSupport {

    private static final List<String> CONTRACTS = List.of("asahikawa", "kumamoto", "kyoto", "sakai");

    private final ContractRegistry registry = live(ContractRegistry.class);

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext bundleContext;

    private final DeploymentHistory history = live(DeploymentHistory.class);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    @Test
    public void contractsEndpointListsAllFourContractsWithTermsAndChannels() throws Exception {
        Response r = get(API + "/contracts");
        assertEquals(r.toString(), 200, r.status);
        List<String> ids = new ArrayList<>();
        for (JsonNode c : r.json()) {
            ids.add(c.get("id").asText());
            assertTrue(c.toString(), c.hasNonNull("name") && c.hasNonNull("nameJa") && c.get("channels").isArray());
            assertTrue(c.toString(), c.get("term").hasNonNull("start") && c.get("term").hasNonNull("end"));
        }
        assertEquals(CONTRACTS, ids);
        JsonNode kumamoto = r.json().get(1);
        assertEquals("2026-04-01", kumamoto.get("term").get("start").asText());
        assertEquals("2027-03-31", kumamoto.get("term").get("end").asText());
    }

    @Test
    public void kumamotoHasNoCounselorOn20261229ButTheAiListens() throws Exception {
        JsonNode a = get(API + "/contracts/kumamoto/availability?at=2026-12-29T19:00:00%2B09:00").json();
        assertEquals("kumamoto", a.get("contract").asText());
        assertEquals("2026-12-29T19:00:00+09:00", a.get("at").asText());
        assertTrue(a.get("receiving").asBoolean());
        assertFalse(a.get("humanStaffed").asBoolean());
        assertTrue(a.get("aiAvailable").asBoolean());
        assertTrue(a.get("appointmentWindow").isNull());
        assertEquals("2027-01-05T18:00:00+09:00", a.get("nextHumanOpening").asText());
    }

    @Test
    public void availabilityAcceptsAnyOffsetAndAnswersInTokyoTime() throws Exception {
        // 2023-07-14 08:30 UTC = 17:30 JST, a Friday of Kyoto 6(2)ア
        JsonNode a = get(API + "/contracts/kyoto/availability?at=2023-07-14T08:30:00Z").json();
        assertEquals("2023-07-14T17:30:00+09:00", a.get("at").asText());
        assertTrue(a.get("humanStaffed").asBoolean());
    }

    @Test
    public void sakaiHolidayOffersOnlyTheExtendedAppointmentWindow() throws Exception {
        JsonNode holiday = get(API + "/contracts/sakai/availability?at=2026-09-22T10:00:00%2B09:00").json();
        assertEquals("EXTENDED", holiday.get("appointmentWindow").asText());
        assertFalse(holiday.get("receiving").asBoolean());
        JsonNode weekday = get(API + "/contracts/sakai/availability?at=2026-09-24T10:00:00%2B09:00").json();
        assertEquals("STANDARD", weekday.get("appointmentWindow").asText());
    }

    @Test
    public void kyotoCalendarOfTheTermHasExactly94StaffedEvenings() throws Exception {
        Response r = get(API + "/contracts/kyoto/calendar?from=2023-07-01&to=2024-04-30");
        assertEquals(r.toString(), 200, r.status);
        int human = 0;
        for (JsonNode o : r.json()) {
            assertEquals("HUMAN", o.get("kind").asText());
            assertThat(o.get("start").asText(), containsString("T17:00:00+09:00"));
            assertThat(o.get("end").asText(), containsString("T22:00:00+09:00"));
            human++;
        }
        assertEquals(94, human);
    }

    @Test
    public void kumamotoAiOpeningsMergeAcrossDays() throws Exception {
        JsonNode openings = get(API + "/contracts/kumamoto/calendar?from=2026-12-28&to=2027-01-04").json();
        List<JsonNode> ai = StreamSupport.stream(openings.spliterator(), false)
                .filter(o -> o.get("kind").asText().equals("AI")).toList();
        assertEquals(1, ai.size());
        assertEquals("2026-12-28T00:00:00+09:00", ai.get(0).get("start").asText());
        assertEquals("2027-01-05T00:00:00+09:00", ai.get(0).get("end").asText());
    }

    @Test
    public void sakaiMonthlyForm4DueDatesRollPastWeekendsAndHolidays() throws Exception {
        JsonNode dues = get(API + "/contracts/sakai/report-schedule?from=2026-10-01&to=2027-03-31").json();
        List<String> form4 = new ArrayList<>();
        for (JsonNode d : dues) {
            if (d.get("report").asText().startsWith("form4")) {
                form4.add(d.get("periodStart").asText() + ">" + d.get("due").asText().substring(0, 10));
                assertTrue(d.get("recipients").size() > 0);
            }
        }
        assertTrue(form4.toString(), form4.contains("2026-09-01>2026-10-13"));
        assertTrue(form4.toString(), form4.contains("2026-10-01>2026-11-10"));
        assertTrue(form4.toString(), form4.contains("2027-03-01>2027-03-15"));
    }

    @Test
    public void unknownContractIs404WithJsonError() throws Exception {
        Response r = get(API + "/contracts/osaka/availability");
        assertEquals(404, r.status);
        assertEquals("UNKNOWN_CONTRACT", r.json().get("code").asText());
    }

    @Test
    public void malformedDateIs400NamingTheParameter() throws Exception {
        Response r = get(API + "/contracts/kyoto/calendar?from=2023-07-01&to=July");
        assertEquals(400, r.status);
        assertThat(r.json().get("message").asText(), containsString("to"));
        Response at = get(API + "/contracts/kyoto/availability?at=yesterday");
        assertEquals(400, at.status);
        assertThat(at.json().get("message").asText(), containsString("at"));
    }

    @Test
    public void openApiDocumentDescribesThePublicEndpoints() throws Exception {
        Response r = get(API + "/openapi.json");
        assertEquals(200, r.status);
        JsonNode paths = r.json().get("paths");
        for (String p : List.of("/v1/contracts", "/v1/contracts/{id}/availability", "/v1/contracts/{id}/calendar",
                "/v1/contracts/{id}/report-schedule")) {
            assertTrue("missing " + p + " in " + paths.fieldNames(), paths.has(p));
        }
    }

    @Test
    public void consoleListsContractsAndShowsCalendarAvailabilityAndReports() throws Exception {
        String list = console("yorisoi:contract-list");
        for (String id : CONTRACTS) {
            assertThat(list, containsString(id));
        }
        assertThat(console("yorisoi:contract-calendar --from 2023-07-14 --to 2023-07-14 kyoto"), containsString("17:00"));
        assertThat(console("yorisoi:contract-availability --at 2026-12-29T19:00:00+09:00 kumamoto"),
                containsString("2027-01-05"));
        assertThat(console("yorisoi:contract-reports --from 2026-11-01 --to 2026-11-30 sakai"), containsString("2026-11-10"));
        assertThat(console("yorisoi:contract-availability osaka"), containsString("No contract 'osaka'"));
    }

    @Test
    public void httpsServesTheApiWithTls12And13OnlyAndForwardSecretAeadSuites() throws Exception {
        await("HTTPS listening", Duration.ofSeconds(60), () -> handshake("TLSv1.3") != null);
        assertEquals("TLSv1.3", handshake("TLSv1.3"));
        assertEquals("TLSv1.2", handshake("TLSv1.2"));
        // The JDK client itself refuses TLS 1.1 by default, so ask openssl whether the server would.
        Path openssl = Path.of("/usr/bin/openssl");
        if (Files.isExecutable(openssl)) {
            Process p = new ProcessBuilder(openssl.toString(), "s_client", "-connect", "localhost:" + HTTPS_PORT,
                    "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            assertThat(out, containsString("Cipher is (NONE)"));
            assertTrue("openssl completed a TLS 1.1 handshake", p.exitValue() != 0);
            assertEquals("a CBC suite without forward secrecy was accepted", "refused",
                    opensslTls12With("AES128-SHA"));
            assertEquals("accepted", opensslTls12With("ECDHE-ECDSA-AES128-GCM-SHA256"));
        }
    }

    @Test
    public void plainHttpOnlyRedirectsToHttps() throws Exception {
        Response r = get(PLAIN_API + "/contracts?x=1");
        assertEquals(r.toString(), 308, r.status);
        assertEquals("https://localhost:" + HTTPS_PORT + "/api/v1/contracts?x=1", r.header("Location"));
        assertEquals("", r.body);
    }

    @Test
    public void httpsResponsesCarryHstsAndProtectiveHeaders() throws Exception {
        Response r = get(API + "/contracts");
        assertThat(r.header("Strict-Transport-Security"), containsString("max-age=31536000"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertEquals("no-store", r.header("Cache-Control"));
        Response error = get(API + "/contracts/osaka");
        assertEquals(404, error.status);
        assertEquals("nosniff", error.header("X-Content-Type-Options"));
    }

    private static String opensslTls12With(String cipher) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/openssl", "s_client", "-connect", "localhost:" + HTTPS_PORT, "-tls1_2",
                "-cipher", cipher + "@SECLEVEL=0").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.contains("Cipher is (NONE)") || p.exitValue() != 0 ? "refused" : "accepted";
    }

    private static String handshake(String protocol) {
        try {
            try (SSLSocket s = (SSLSocket) TRUST_ALL.getSocketFactory().createSocket("localhost", HTTPS_PORT)) {
                s.setEnabledProtocols(new String[] {protocol});
                s.setSoTimeout(5000);
                s.startHandshake();
                return s.getSession().getProtocol();
            }
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    public void uninstallingAContractFeatureRemovesItWithinASecondWithoutRefreshingThePlatformAndReinstallingBringsItBack()
            throws Exception {
        // Installing or withdrawing a contract must not refresh the core, the REST bundle or the JPA stack.
        Set<Bundle> platform = Set.of(bundle("org.yorisoi.core"), bundle("org.yorisoi.rest"), bundle("org.yorisoi.api"),
                bundle("org.eclipse.persistence.jpa"), bundle("org.apache.aries.jpa.container"));
        List<String> coreEvents = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener watch = e -> {
            if (platform.contains(e.getBundle()) && EnumSet.of(BundleEventType.STOPPED, BundleEventType.UNRESOLVED)
                    .contains(BundleEventType.of(e.getType()))) {
                coreEvents.add(e.getBundle().getSymbolicName() + " " + BundleEventType.of(e.getType()).name());
            }
        };
        bundleContext.addBundleListener(watch);
        try {
            features.uninstallFeature("yorisoi-contract-kyoto");
            long gone = System.nanoTime();
            await("kyoto withdrawn", Duration.ofSeconds(1), () -> registry.find("kyoto").isEmpty());
            await("kyoto 404 over REST", Duration.ofSeconds(1), () -> status(API + "/contracts/kyoto/availability") == 404);
            assertTrue("withdrawn after " + (System.nanoTime() - gone) / 1_000_000 + " ms",
                    System.nanoTime() - gone < 1_500_000_000L);
            for (String other : List.of("asahikawa", "kumamoto", "sakai")) {
                assertEquals(other, 200, status(API + "/contracts/" + other + "/availability"));
            }
            assertThat(console("yorisoi:contract-list"), not(containsString("kyoto")));

            features.installFeature("yorisoi-contract-kyoto");
            await("kyoto back", Duration.ofSeconds(5), () -> status(API + "/contracts/kyoto/availability") == 200);
            assertTrue("platform bundles were refreshed: " + coreEvents, coreEvents.isEmpty());
        } finally {
            bundleContext.removeBundleListener(watch);
        }
        await("undeploy and redeploy recorded", Duration.ofSeconds(5), () -> {
            List<String> actions = history.events("kyoto", 10).stream().map(d -> d.action().name()).toList();
            return actions.size() >= 3 && actions.get(0).equals("DEPLOYED") && actions.get(1).equals("UNDEPLOYED");
        });
    }

    @Test
    public void aContractBundleDroppedIntoDeployIsPickedUpAndRemovedWithItsFile() throws Exception {
        features.uninstallFeature("yorisoi-contract-sakai");
        await("sakai withdrawn", Duration.ofSeconds(2), () -> registry.find("sakai").isEmpty());
        Path home = Path.of(System.getProperty("karaf.home"));
        Path jar = home.resolve("system/org/yorisoi/org.yorisoi.contract.sakai/0.1.0-SNAPSHOT/org.yorisoi.contract.sakai-0.1.0-SNAPSHOT.jar");
        Path dropped = home.resolve("deploy/org.yorisoi.contract.sakai.jar");
        Files.copy(jar, dropped, StandardCopyOption.REPLACE_EXISTING);
        try {
            await("sakai deployed from deploy/", Duration.ofSeconds(15), () -> registry.find("sakai").isPresent());
            assertEquals(200, status(API + "/contracts/sakai/availability"));
        } finally {
            Files.deleteIfExists(dropped);
        }
        await("sakai withdrawn with its file", Duration.ofSeconds(15), () -> registry.find("sakai").isEmpty());
        // the service goes at stop; wait until the deploy folder's bundle itself is uninstalled
        await("the dropped bundle uninstalled", Duration.ofSeconds(15), () -> java.util.Arrays
                .stream(bundleContext.getBundles()).noneMatch(b -> b.getLocation().contains("deploy/org.yorisoi.contract.sakai")));
        features.installFeature("yorisoi-contract-sakai");
        await("sakai back", Duration.ofSeconds(10), () -> registry.find("sakai").isPresent());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static int status(String url) {
        try {
            return get(url).status;
        } catch (IOException e) {
            return -1;
        }
    }

    private enum BundleEventType {
        STOPPED(BundleEvent.STOPPED), UNRESOLVED(BundleEvent.UNRESOLVED), OTHER(0);

        private final int code;

        BundleEventType(int code) {
            this.code = code;
        }

        static BundleEventType of(int code) {
            for (BundleEventType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            return OTHER;
        }
    }

}
