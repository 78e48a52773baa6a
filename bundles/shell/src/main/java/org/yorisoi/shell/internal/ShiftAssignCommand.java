package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Staffing;

@Service
@Command(scope = "yorisoi", name = "shift-assign", description = "Assigns a shift; refused when the person may not "
        + "work the role or is already on duty then")
public class ShiftAssignCommand extends StaffCommand {

    @Reference
    Staffing staffing;

    @Reference
    ContractRegistry registry;

    @Argument(index = 0, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 1, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 2, name = "role", description = "The role counted, e.g. COUNSELOR", required = true)
    @Completion(StaffCompleters.Roles.class)
    String role;

    @Argument(index = 3, name = "start", description = "Start, e.g. 2025-06-02T17:00 (Tokyo) or with offset", required = true)
    String start;

    @Argument(index = 4, name = "end", description = "End (exclusive), e.g. 2025-06-02T22:00", required = true)
    String end;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.SHIFT_MANAGE, contract);
        Console.contract(registry, contract);
        String personId = person(login).id();
        Role r = parse("role", Role.class, role);
        Shift s = staffing.assign(personId, contract, r, Console.dateTime("start", start), Console.dateTime("end", end),
                caller.login());
        audited(caller, contract, AuditActions.WRITE, "shift=" + s.id(), "shift-assigned person=" + personId + " role=" + r);
        System.out.println("Assigned " + login + " as " + r + " under " + contract + " from " + Console.minute(s.start())
                + " to " + Console.minute(s.end()) + ". Shift id: " + s.id());
    }
}
