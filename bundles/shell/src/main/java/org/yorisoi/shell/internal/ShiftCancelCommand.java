package org.yorisoi.shell.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Staffing;

@Service
@Command(scope = "yorisoi", name = "shift-cancel", description = "Cancels a shift (needs SHIFT_MANAGE under the shift's contract)")
public class ShiftCancelCommand extends StaffCommand {

    /** Wide enough for any shift: a shift is found by id without knowing when it is. */
    static final OffsetDateTime EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    static final OffsetDateTime LATEST = OffsetDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));

    @Reference
    Staffing staffing;

    @Reference
    ContractRegistry registry;

    @Argument(index = 0, name = "shiftId", description = "The shift id (from yorisoi:shift-list)", required = true)
    String shiftId;

    @Override
    void run() throws BadInputException {
        // the permission is per contract and only the shift tells which: look it up first (ids are random UUIDs,
        // so the lookup reveals nothing guessable), then check before anything changes
        Shift shift = find().orElseThrow(() -> new BadInputException("No shift '" + shiftId + "' under a deployed contract."));
        Caller caller = require(Permission.SHIFT_MANAGE, shift.contractId());
        if (!staffing.cancel(shift.id(), caller.login())) {
            throw new BadInputException("Shift '" + shiftId + "' was cancelled meanwhile.");
        }
        audited(caller, shift.contractId(), AuditActions.DELETE, "shift=" + shift.id(),
                "shift-cancelled person=" + shift.personId() + " role=" + shift.role());
        System.out.println("Cancelled shift " + shift.id() + " under " + shift.contractId() + " ("
                + Console.minute(shift.start()) + " to " + Console.minute(shift.end()) + ", " + shift.role() + ").");
    }

    private Optional<Shift> find() {
        for (Contract c : registry.contracts()) {
            Optional<Shift> s = staffing.shifts(c.info().id(), EARLIEST, LATEST).stream()
                    .filter(x -> x.id().equals(shiftId)).findFirst();
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }
}
