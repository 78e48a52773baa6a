package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent.Outcome;

public class AuditSearchCommandTest {

    private final AuditTestLog log = new AuditTestLog();
    private AuditSearchCommand command;

    @Before
    public void setUp() {
        log.add("2025-09-01T08:00:00Z", "sato", "203.0.113.5", "kyoto", AuditActions.LOGIN_FAILED, null, Outcome.DENIED);
        log.add("2025-09-01T08:00:05Z", "sato", "203.0.113.5", "kyoto", AuditActions.LOGIN, null, Outcome.SUCCESS);
        log.add("2025-09-01T08:01:00Z", "sato", "203.0.113.5", "kyoto", AuditActions.CONTENT_READ, "consultation=4711",
                Outcome.SUCCESS);
        log.add("2025-09-02T01:00:00Z", "karaf", "console", null, AuditActions.CONFIG_CHANGE, "org.yorisoi.clock",
                Outcome.SUCCESS);
        command = new AuditSearchCommand();
        command.audit = log;
    }

    @Test
    public void listsNewestFirstInTokyoTime() throws Exception {
        String out = Fixtures.run(command).out();

        assertEquals(20, log.asked.limit());
        assertNull(log.asked.actor());
        String[] lines = out.split("\\R");
        assertTrue(lines[0], lines[0].matches("\\s*Seq\\s*\\|\\s*At \\(\\+09:00\\)\\s*\\|\\s*Actor\\s*\\|\\s*Origin\\s*\\|"
                + "\\s*Contract\\s*\\|\\s*Action\\s*\\|\\s*Target\\s*\\|\\s*Outcome\\s*"));
        assertTrue(lines[2], lines[2].matches("\\s*4\\s*\\|\\s*2025-09-02 10:00:00\\s*\\|\\s*karaf\\s*\\|\\s*console\\s*\\|"
                + "\\s*-\\s*\\|\\s*config-change\\s*\\|\\s*org.yorisoi.clock\\s*\\|\\s*success\\s*"));
        assertTrue(lines[5], lines[5].matches("\\s*1\\s*\\|\\s*2025-09-01 17:00:00\\s*\\|\\s*sato\\s*\\|.*"
                + "\\|\\s*login-failed\\s*\\|\\s*-\\s*\\|\\s*denied\\s*"));
    }

    @Test
    public void passesTheCriteria() throws Exception {
        command.actor = "sato";
        command.contract = "kyoto";
        command.action = AuditActions.CONTENT_READ;
        command.limit = 5;

        String out = Fixtures.run(command).out();

        assertEquals("sato", log.asked.actor());
        assertEquals("kyoto", log.asked.contractId());
        assertEquals(AuditActions.CONTENT_READ, log.asked.action());
        assertEquals(5, log.asked.limit());
        assertTrue(out, out.contains("consultation=4711"));
        assertFalse(out, out.contains("login"));
    }

    @Test
    public void datesAreTokyoDaysAndToIncludesItsDay() throws Exception {
        command.from = "2025-09-01";
        command.to = "2025-09-01";

        String out = Fixtures.run(command).out();

        assertEquals(Instant.parse("2025-08-31T15:00:00Z"), log.asked.from());
        assertEquals(Instant.parse("2025-09-01T15:00:00Z"), log.asked.to());
        assertTrue(out, out.contains("content-read"));
        assertFalse(out, out.contains("config-change"));
    }

    @Test
    public void dateTimesTakeAnOffsetOrTokyoTime() throws Exception {
        command.from = "2025-09-01T17:00:05+09:00";
        command.to = "2025-09-01T17:01";

        String out = Fixtures.run(command).out();

        assertEquals(Instant.parse("2025-09-01T08:00:05Z"), log.asked.from());
        assertEquals(Instant.parse("2025-09-01T08:01:00Z"), log.asked.to());
        assertTrue(out, out.contains("| login "));
        assertFalse(out, out.contains("content-read"));
    }

    @Test
    public void saysSoWhenNothingMatches() throws Exception {
        command.actor = "nobody";

        assertTrue(Fixtures.run(command).out().contains("No audit entry matches."));
    }

    @Test
    public void rejectsWrongInputOnOneLine() throws Exception {
        command.from = "yesterday";
        assertTrue(Fixtures.run(command).err().startsWith("--from: expected YYYY-MM-DD or an ISO date-time"));

        command.from = "2025-09-02";
        command.to = "2025-09-01";
        assertEquals("--to 2025-09-01 is not after --from 2025-09-02", Fixtures.run(command).err().strip());

        command.from = null;
        command.to = null;
        command.limit = 1001;
        assertTrue(Fixtures.run(command).err().startsWith("--limit: expected a number from 1 to 1000"));
        assertNull(log.asked);
    }

    @Test
    public void counselorOverSshIsRefusedAndTheRefusalAudited() throws Exception {
        command.credentials = new Fixtures.Accounts().with("c1", new org.yorisoi.staff.RoleGrant("id-c1", "kyoto",
                org.yorisoi.contract.spi.Role.COUNSELOR, java.time.LocalDate.parse("2025-01-01"), null));
        int before = log.entries.size();

        Fixtures.Output output = Fixtures.run(command, Fixtures.ssh("c1"));

        assertTrue(output.err(), output.err().startsWith("Permission denied: AUDIT_READ is needed"));
        assertEquals("", output.out());
        assertEquals(before + 1, log.entries.size());
        assertEquals("access-denied", log.entries.get(log.entries.size() - 1).action());
    }

    @Test
    public void unknownSshUserIsRefusedEvenWithKarafsAdminRole() throws Exception {
        javax.security.auth.Subject subject = Fixtures.ssh("stranger");
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));

        Fixtures.Output output = Fixtures.run(command, subject);

        assertTrue(output.err(), output.err().startsWith("Permission denied: account 'stranger' is not in good standing"));
    }
}
