package org.yorisoi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.RoleGrant;

@Service
@Command(scope = "yorisoi", name = "staff-grant", description = "Grants a role under a contract ('*': every contract, "
        + "for ADMIN and SYSTEM_MANAGER only)")
public class StaffGrantCommand extends StaffCommand {

    @Option(name = "--from", description = "First day, YYYY-MM-DD (default today)")
    String from;

    @Option(name = "--until", description = "Last day, inclusive, YYYY-MM-DD (default open-ended)")
    String until;

    @Option(name = "--organisation", description = "MUNICIPAL_VIEWER only (required there): a recipient id of the "
            + "contract, e.g. kyoto-city-board; it decides the consultations the viewer may read")
    String organisation;

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "contract", description = "A contract id, or * for every contract", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 2, name = "role", description = "COUNSELOR, LEAD, CONTRACT_MANAGER, SYSTEM_MANAGER, "
            + "MUNICIPAL_VIEWER or ADMIN", required = true)
    @Completion(StaffCompleters.Roles.class)
    String role;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        Role r = parse("role", Role.class, role);
        LocalDate first = from == null ? null : Console.date("--from", from);
        LocalDate last = until == null ? null : Console.date("--until", until);
        RoleGrant g = staff.grantRole(personId, contract, r, first, last, organisation, caller.login());
        audited(caller, RoleGrant.EVERY_CONTRACT.equals(contract) ? null : contract, AuditActions.ACCOUNT_CHANGE,
                personId, "role-granted role=" + r + " from=" + g.from() + (g.until() == null ? "" : " until=" + g.until()));
        System.out.println("Granted " + g.role() + " under " + g.contractId() + " to " + login + " from " + g.from()
                + (g.until() == null ? ", open-ended" : " until " + g.until())
                + (g.organisation() == null ? "" : ", for " + g.organisation()) + ".");
    }
}
