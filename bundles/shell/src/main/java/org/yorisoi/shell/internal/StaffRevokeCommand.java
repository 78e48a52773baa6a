package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.RoleGrant;

@Service
@Command(scope = "yorisoi", name = "staff-revoke", description = "Revokes a role under a contract: a grant in effect "
        + "ends yesterday, one not begun is withdrawn")
public class StaffRevokeCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "contract", description = "A contract id, or *", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 2, name = "role", description = "The role", required = true)
    @Completion(StaffCompleters.Roles.class)
    String role;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        Role r = parse("role", Role.class, role);
        List<RoleGrant> revoked = staff.revokeRole(personId, contract, r, caller.login());
        if (revoked.isEmpty()) {
            throw new BadInputException(login + " has no grant of " + r + " under " + contract + " in effect or to come.");
        }
        audited(caller, RoleGrant.EVERY_CONTRACT.equals(contract) ? null : contract, AuditActions.ACCOUNT_CHANGE,
                personId, "role-revoked role=" + r);
        System.out.println("Revoked " + r + " under " + contract + " from " + login + " (" + revoked.size()
                + (revoked.size() == 1 ? " grant)." : " grants)."));
    }
}
