package org.yorisoi.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.ApprovalRecord;

@Service
@Command(scope = "yorisoi", name = "staff-approval-add", description = "Records an approved exception under a "
        + "contract, e.g. a Kyoto counselor approved by the commissioner")
public class StaffApprovalAddCommand extends StaffCommand {

    @Reference
    ContractRegistry registry;

    @Option(name = "--approved-at", description = "When it was approved: YYYY-MM-DD or an ISO date-time (default now)")
    String approvedAt;

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 2, name = "kind", description = "An approval kind the contract's rules accept", required = true)
    String kind;

    @Argument(index = 3, name = "approvedBy", description = "Who approved (quote it when it has spaces)", required = true)
    String approvedBy;

    @Argument(index = 4, name = "note", description = "E.g. the reference of the approval letter (the rest of the line)",
            multiValued = true)
    List<String> note;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        // a mistyped kind would be recorded and never count: check it against the deployed contract's rules
        Contract c = registry.find(contract).orElse(null);
        if (c != null) {
            Set<String> accepted = approvalKinds(c);
            if (!accepted.contains(kind)) {
                throw new BadInputException(accepted.isEmpty() ? "Contract " + contract + " accepts no approved exceptions."
                        : "kind: expected one of " + String.join(", ", accepted) + ", got '" + kind + "'");
            }
        }
        ApprovalRecord a = staff.addApproval(personId, kind, contract, approvedBy, instant(approvedAt),
                note == null ? null : String.join(" ", note), caller.login());
        audited(caller, contract, AuditActions.ACCOUNT_CHANGE, personId, "approval-added kind=" + kind);
        System.out.println("Recorded " + a.approvalKind() + " under " + a.contractId() + " for " + login
                + ", approved " + Console.instant(a.approvedAt()) + " by " + a.approvedBy() + ".");
    }

    private static Instant instant(String value) throws BadInputException {
        if (value == null) {
            return null;
        }
        if (value.length() == 10) {
            LocalDate day = Console.date("--approved-at", value);
            return day.atStartOfDay(PlatformClock.TOKYO).toInstant();
        }
        return Console.dateTime("--approved-at", value).toInstant();
    }

    /** The approval kinds named by the contract's qualification rules. */
    static Set<String> approvalKinds(Contract contract) {
        Set<String> kinds = new TreeSet<>();
        for (QualificationRule rule : contract.qualifications()) {
            collect(rule.requirement(), kinds);
        }
        return kinds;
    }

    private static void collect(Requirement requirement, Set<String> kinds) {
        // the other kinds of requirement (qualifications, experience) name no approval
        if (requirement instanceof Requirement.Approved a) {
            kinds.add(a.approvalKind());
        } else if (requirement instanceof Requirement.AllOf all) {
            all.parts().forEach(p -> collect(p, kinds));
        } else if (requirement instanceof Requirement.AnyOf any) {
            any.parts().forEach(p -> collect(p, kinds));
        }
    }
}
