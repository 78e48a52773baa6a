package org.yorisoi.shell.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.Shift;

public class ShiftCancelCommandTest {

    private StaffDoubles.FakeStaffing staffing;
    private AuditTestLog audit;
    private ShiftCancelCommand command;
    private Shift kyoto;
    private Shift sakai;

    @Before
    public void setUp() {
        staffing = new StaffDoubles.FakeStaffing();
        audit = new AuditTestLog();
        kyoto = staffing.assign("id-a", "kyoto", Role.COUNSELOR, OffsetDateTime.parse("2025-06-02T17:00:00+09:00"),
                OffsetDateTime.parse("2025-06-02T22:00:00+09:00"), "x");
        sakai = staffing.assign("id-b", "sakai", Role.COUNSELOR, OffsetDateTime.parse("2025-06-03T09:00:00+09:00"),
                OffsetDateTime.parse("2025-06-03T10:00:00+09:00"), "x");
        command = new ShiftCancelCommand();
        command.staffing = staffing;
        command.staff = new StaffDoubles.Directory();
        command.registry = new Fixtures.Registry(Fixtures.contract("kyoto", "京都市相談", "2025-04-01", "2026-03-31", Channel.LINE),
                Fixtures.contract("sakai", "堺市相談", "2025-04-01", "2026-03-31", Channel.APPOINTMENT));
        command.audit = audit;
        command.credentials = new Fixtures.Accounts().with("lead",
                new RoleGrant("id-lead", "kyoto", Role.LEAD, LocalDate.parse("2025-04-01"), null));
    }

    @Test
    public void aKyotoLeadCancelsAKyotoShift() throws Exception {
        command.shiftId = kyoto.id();

        Fixtures.Output out = Fixtures.run(command, Fixtures.ssh("lead"));

        assertEquals("", out.err());
        assertTrue(out.out(), out.out().startsWith("Cancelled shift " + kyoto.id() + " under kyoto (2025-06-02 17:00 (Mon)"));
        assertEquals(List.of(kyoto.id()), staffing.cancelled);
        assertEquals(AuditActions.DELETE, audit.entries.get(0).action());
        assertEquals("kyoto", audit.entries.get(0).contractId());
    }

    @Test
    public void aKyotoLeadMayNotCancelASakaiShift() throws Exception {
        command.shiftId = sakai.id();

        Fixtures.Output out = Fixtures.run(command, Fixtures.ssh("lead"));

        assertTrue(out.err(), out.err().startsWith("Permission denied: SHIFT_MANAGE is needed under contract 'sakai'"));
        assertTrue(staffing.cancelled.isEmpty());
        assertEquals(AuditActions.ACCESS_DENIED, audit.entries.get(0).action());
        assertEquals("sakai", audit.entries.get(0).contractId());
    }

    @Test
    public void anUnknownShiftIsNamed() throws Exception {
        command.shiftId = "no-such-shift";

        assertEquals("No shift 'no-such-shift' under a deployed contract.",
                Fixtures.run(command, Fixtures.ssh("lead")).err().strip());
    }
}
