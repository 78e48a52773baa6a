package org.yorisoi.shell.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

public class StaffGrantCommandTest {

    private StaffDoubles.Directory staff;
    private AuditTestLog audit;
    private StaffGrantCommand command;

    @Before
    public void setUp() {
        staff = new StaffDoubles.Directory();
        staff.createPerson("k.tanaka", "田中 京子", "setup");
        audit = new AuditTestLog();
        command = new StaffGrantCommand();
        command.staff = staff;
        command.audit = audit;
        command.login = "k.tanaka";
        command.contract = "kyoto";
    }

    @Test
    public void grantsWithTheOptionsAndAuditsTheChangeWithoutNames() throws Exception {
        command.role = "municipal-viewer";
        command.from = "2025-07-01";
        command.until = "2026-03-31";
        command.organisation = "kyoto-city-board";

        Fixtures.Output out = Fixtures.run(command);

        assertEquals("", out.err());
        assertEquals("grant id-k.tanaka kyoto MUNICIPAL_VIEWER 2025-07-01 2026-03-31 kyoto-city-board by karaf",
                staff.calls.get(1));
        assertTrue(out.out(), out.out().startsWith("Granted MUNICIPAL_VIEWER under kyoto to k.tanaka from 2025-07-01 "
                + "until 2026-03-31, for kyoto-city-board."));
        AuditEntry e = audit.entries.get(0);
        assertEquals(AuditActions.ACCOUNT_CHANGE, e.action());
        assertEquals("id-k.tanaka", e.target());
        assertEquals("kyoto", e.contractId());
        assertEquals(AuditEvent.Outcome.SUCCESS, e.outcome());
    }

    @Test
    public void withoutDatesTheGrantStartsTodayOpenEnded() throws Exception {
        command.role = "LEAD";

        Fixtures.run(command);

        assertEquals("grant id-k.tanaka kyoto LEAD null null null by karaf", staff.calls.get(1));
    }

    @Test
    public void anUnknownRoleIsRefusedWithTheAllowedValues() throws Exception {
        command.role = "boss";

        Fixtures.Output out = Fixtures.run(command);

        assertEquals("role: expected one of COUNSELOR, LEAD, CONTRACT_MANAGER, SYSTEM_MANAGER, MUNICIPAL_VIEWER, ADMIN,"
                + " got 'boss'", out.err().strip());
        assertEquals(1, staff.calls.size());
    }

    @Test
    public void aMalformedDateNamesTheOption() throws Exception {
        command.role = "LEAD";
        command.until = "2026/03/31";

        assertTrue(Fixtures.run(command).err().startsWith("--until: expected a date as YYYY-MM-DD"));
    }

    @Test
    public void aContractLeadMayNotGrantRolesAndTheRefusalIsAudited() throws Exception {
        command.role = "COUNSELOR";
        command.credentials = new Fixtures.Accounts().with("lead",
                new RoleGrant("id-lead", "kyoto", Role.LEAD, LocalDate.parse("2025-04-01"), null));

        Fixtures.Output out = Fixtures.run(command, Fixtures.ssh("lead"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: STAFF_MANAGE is needed"));
        assertEquals(1, staff.calls.size());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
    }

    @Test
    public void anUnknownLoginIsNamed() throws Exception {
        command.login = "nobody";
        command.role = "LEAD";

        assertEquals("No person with login 'nobody'.", Fixtures.run(command).err().strip());
        assertEquals(List.of(), audit.entries);
    }
}
