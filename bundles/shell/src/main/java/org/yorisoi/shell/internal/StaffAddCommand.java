package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;

@Service
@Command(scope = "yorisoi", name = "staff-add", description = "Creates a person (no role, no password yet)")
public class StaffAddCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "Login name: letters, digits, . _ @ -", required = true)
    String login;

    @Argument(index = 1, name = "displayName", description = "The name on rosters and screens (the rest of the line)",
            required = true, multiValued = true)
    List<String> displayName;

    @Override
    void run() {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        Person p = staff.createPerson(login, String.join(" ", displayName), caller.login());
        audited(caller, null, AuditActions.ACCOUNT_CHANGE, p.id(), "person-created");
        System.out.println("Created " + p.loginName() + " (" + p.id() + "). Grant roles with yorisoi:staff-grant, "
                + "set a password with yorisoi:account-password.");
    }
}
