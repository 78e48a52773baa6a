package org.yorisoi.rest.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.OffsetDateTime;
import java.util.List;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.rest.internal.StaffDto.ShiftRequest;
import org.yorisoi.rest.internal.StaffDto.ShiftView;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.Shift;

public class StaffShiftsResourceTest {

    private StaffDoubles.Directory directory;
    private StaffDoubles.FakeStaffing staffing;
    private StaffFakes.Audit audit;
    private StaffShiftsResource resource;
    private Person tanaka;

    @Before
    public void setUp() {
        directory = new StaffDoubles.Directory();
        staffing = new StaffDoubles.FakeStaffing();
        audit = new StaffFakes.Audit();
        resource = new StaffShiftsResource(staffing, directory, audit);
        tanaka = directory.createPerson("k.tanaka", "田中 京子", "setup");
    }

    private static javax.ws.rs.core.SecurityContext kyotoLead() {
        return StaffFakes.as("lead", new RoleGrant("id-lead", "kyoto", Role.LEAD, java.time.LocalDate.MIN, null));
    }

    @Test
    public void aShiftIsAssignedToThePersonNamedByLoginAndAudited() {
        Response r = resource.assign("kyoto", new ShiftRequest("k.tanaka", "counselor", "2025-06-02T17:00:00+09:00",
                "2025-06-02T22:00:00+09:00"), kyotoLead());

        assertEquals(201, r.getStatus());
        ShiftView v = (ShiftView) r.getEntity();
        assertEquals("k.tanaka", v.login());
        assertEquals("COUNSELOR", v.role());
        assertEquals("2025-06-02T22:00:00+09:00", v.end());
        assertEquals(AuditActions.WRITE, audit.events.get(0).action());
        assertEquals("shift=" + v.id(), audit.events.get(0).target());
        assertEquals("lead", audit.events.get(0).actor());
    }

    @Test
    public void theDaysAskedForRunFromMidnightToMidnightInTokyo() {
        staffing.assign(tanaka.id(), "kyoto", Role.COUNSELOR, OffsetDateTime.parse("2025-06-02T17:00:00+09:00"),
                OffsetDateTime.parse("2025-06-02T22:00:00+09:00"), "x");

        List<ShiftView> shifts = resource.list("kyoto", "2025-06-02", "2025-06-03");

        assertEquals(1, shifts.size());
        assertEquals("田中 京子", shifts.get(0).displayName());
        assertEquals(OffsetDateTime.parse("2025-06-02T00:00:00+09:00"), staffing.askedFrom);
        assertEquals(OffsetDateTime.parse("2025-06-04T00:00:00+09:00"), staffing.askedTo);
    }

    @Test
    public void aRangeEndingBeforeItStartsIsRefused() {
        try {
            resource.list("kyoto", "2025-06-03", "2025-06-02");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("to 2025-06-02 is before from 2025-06-03"));
        }
    }

    @Test
    public void aShiftOfAnotherContractCannotBeCancelledThroughThisOne() {
        Shift sakai = staffing.assign(tanaka.id(), "sakai", Role.COUNSELOR, OffsetDateTime.parse("2025-06-02T09:00:00+09:00"),
                OffsetDateTime.parse("2025-06-02T10:00:00+09:00"), "x");

        try {
            resource.cancel("kyoto", sakai.id(), kyotoLead());
            fail();
        } catch (NotFoundException expected) {
            assertTrue(staffing.cancelled.isEmpty());
            assertTrue(audit.events.isEmpty());
        }
    }

    @Test
    public void cancellingAShiftOfTheContractAnswers204AndIsAudited() {
        Shift kyoto = staffing.assign(tanaka.id(), "kyoto", Role.COUNSELOR, OffsetDateTime.parse("2025-06-02T17:00:00+09:00"),
                OffsetDateTime.parse("2025-06-02T22:00:00+09:00"), "x");

        assertEquals(204, resource.cancel("kyoto", kyoto.id(), kyotoLead()).getStatus());
        assertEquals(List.of(kyoto.id()), staffing.cancelled);
        assertEquals(AuditActions.DELETE, audit.events.get(0).action());
    }

    @Test
    public void anUnknownPersonIsNamed() {
        try {
            resource.assign("kyoto", new ShiftRequest("nobody", "COUNSELOR", "2025-06-02T17:00:00+09:00",
                    "2025-06-02T22:00:00+09:00"), kyotoLead());
            fail();
        } catch (BadParameterException e) {
            assertEquals("personId: no person with id or login 'nobody'", e.getMessage());
        }
    }
}
