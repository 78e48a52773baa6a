package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.Staffing;

@Service
@Command(scope = "yorisoi", name = "staff-eligibility", description = "Says whether a person may work a role (or an "
        + "activity) under a contract today, and why not")
public class StaffEligibilityCommand extends StaffCommand {

    @Reference
    Staffing staffing;

    @Reference
    ContractRegistry registry;

    @Option(name = "--activity", description = "An activity id of the contract, e.g. Sakai's counseling")
    String activity;

    @Argument(index = 0, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 1, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 2, name = "role", description = "The role", required = true)
    @Completion(StaffCompleters.Roles.class)
    String role;

    @Override
    void run() throws BadInputException {
        require(Permission.STAFFING_READ, contract);
        Console.contract(registry, contract);
        String personId = person(login).id();
        Role r = parse("role", Role.class, role);
        EligibilityResult result = staffing.mayWork(personId, contract, r, activity);
        String what = r + (activity == null ? "" : " (" + activity + ")") + " under " + contract;
        System.out.println(login + (result.eligible() ? " may work " : " may NOT work ") + what + ".");
        for (String reason : result.reasons()) {
            System.out.println("  - " + reason);
        }
        if (!result.clauses().isEmpty()) {
            System.out.println("Clauses: " + String.join(", ", result.clauses()));
        }
    }
}
