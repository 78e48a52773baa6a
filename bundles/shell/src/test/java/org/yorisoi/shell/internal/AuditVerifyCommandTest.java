package org.yorisoi.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditVerification;

public class AuditVerifyCommandTest {

    private final AuditTestLog log = new AuditTestLog();
    private AuditVerifyCommand command;

    @Before
    public void setUp() {
        command = new AuditVerifyCommand();
        command.audit = log;
    }

    @Test
    public void saysIntactWithTheCount() throws Exception {
        log.verification = AuditVerification.ok(1234);

        Fixtures.Output output = Fixtures.run(command);

        assertEquals("Audit log intact: 1234 entries checked.", output.out().strip());
        assertEquals("", output.err());
        assertEquals(1, log.verified);
    }

    @Test
    public void namesTheFirstBadEntryAndTheProblem() throws Exception {
        log.verification = AuditVerification.broken(4, 5, "entry 5 is missing");

        String out = Fixtures.run(command).out();

        assertTrue(out, out.startsWith("Audit log BROKEN at entry 5: entry 5 is missing"));
        assertTrue(out, out.contains("4 entries checked"));
    }

    @Test
    public void brokenWithoutSequenceStillSaysWhy() throws Exception {
        log.verification = new AuditVerification(false, 0, null, "the anchor could not be read: denied");

        assertTrue(Fixtures.run(command).out().startsWith("Audit log BROKEN: the anchor could not be read: denied"));
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
