package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;

@Service
@Command(scope = "yorisoi", name = "staff-deactivate", description = "Deactivates a person who left or lost access: "
        + "every grant ends before today; irreversible")
public class StaffDeactivateCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        Person p = staff.deactivate(person(login).id(), caller.login());
        audited(caller, null, AuditActions.ACCOUNT_CHANGE, p.id(), "person-deactivated");
        System.out.println("Deactivated " + p.loginName() + "; no grant is in effect from today on.");
    }
}
