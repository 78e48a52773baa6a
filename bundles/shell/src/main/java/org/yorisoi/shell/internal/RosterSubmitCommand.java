package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Roster;
import org.yorisoi.staff.RosterSubmission;

@Service
@Command(scope = "yorisoi", name = "roster-submit", description = "Records that a contract's roster as of now was "
        + "submitted to the municipality; later rosters mark what changed since")
public class RosterSubmitCommand extends YorisoiAction {

    @Reference
    Roster roster;

    @Reference
    ContractRegistry registry;

    @Argument(index = 0, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.ROSTER_SUBMIT, contract);
        Console.contract(registry, contract);
        RosterSubmission s = roster.submit(contract, caller.login());
        audit.record(new AuditEvent(caller.login(), caller.origin(), contract, AuditActions.WRITE,
                "roster-submission=" + s.id(), AuditEvent.Outcome.SUCCESS, "persons=" + s.persons() + " added="
                        + s.added() + " changed=" + s.changed() + " removed=" + s.removed()));
        System.out.println("Recorded submission " + s.id() + " of the " + contract + " roster at "
                + Console.instant(s.submittedAt()) + ": " + s.persons() + " person(s); since the submission before "
                + s.added() + " new, " + s.changed() + " changed, " + s.removed() + " removed.");
    }
}
