package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.CaseStep;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;

/**
 * Emergency and information-sharing cases ({@link CaseService}): the list of a contract, one case with its steps and
 * notices, and a case's audit timeline. Read-only: cases are opened and worked in the web console. Nothing of the
 * consultation is printed; step records (the staff's own words on what was done) only with {@code --records}.
 */
final class CaseCommands {

    private CaseCommands() {
    }

    /** Base of the case commands: the service, and persons shown by login. */
    abstract static class CaseCommand extends YorisoiAction {
        @Reference
        CaseService cases;

        @Reference
        StaffDirectory staff;

        /**
         * The case, for a caller who holds {@code permission} under its contract. Only the case tells the contract:
         * a caller without the permission under any contract is refused (and audited) before the lookup, and one who
         * holds it elsewhere after it (the service itself refuses a caller without CASE_WORK there).
         */
        EmergencyCase find(String caseId, Permission permission) throws BadInputException {
            Caller caller = caller();
            if (caller.grants().stream().noneMatch(g -> permission.roles().contains(g.role()))) {
                require(permission, null); // refuses and audits: no contract given, none can hold it
            }
            EmergencyCase found = cases.find(caller, caseId)
                    .orElseThrow(() -> new BadInputException("No case '" + caseId + "'."));
            require(permission, found.contractId());
            return found;
        }

        /** A person id as the login, when the directory knows it; {@code platform} and unknown ids as they are. */
        String who(String personId) {
            if (personId == null) {
                return "-";
            }
            return staff.person(personId).map(Person::loginName).orElse(personId);
        }

        static String dash(Object value) {
            return value == null || value.toString().isEmpty() ? "-" : value.toString();
        }

        /** Acknowledged notices of the total, e.g. {@code 1/2}; {@code -} without notices. */
        static String acknowledged(EmergencyCase c) {
            if (c.notices().isEmpty()) {
                return "-";
            }
            return c.notices().stream().filter(CaseNotice::acknowledged).count() + "/" + c.notices().size();
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "case-list", description = "Lists a contract's emergency and information-sharing "
            + "cases, newest first: the open ones, or all with --all. Columns: opened (Tokyo), case id, trigger, origin, "
            + "state, next step due, notices acknowledged/sent, conversation, clause. Needs CASE_WORK under the contract.")
    public static class ListCases extends CaseCommand {
        @Reference
        ContractRegistry registry;

        @Option(name = "--all", description = "Closed cases too")
        boolean all;

        @Argument(index = 0, name = "contract", description = "The contract id", required = true)
        @Completion(ContractIdCompleter.class)
        String contract;

        @Override
        void run() throws BadInputException {
            Caller caller = require(Permission.CASE_WORK, contract);
            List<EmergencyCase> found = cases.cases(caller, contract, !all);
            if (found.isEmpty() && registry.find(contract).isEmpty()) {
                // an undeployed contract keeps its cases; one that never had any is most likely a typo
                throw new BadInputException(Console.unknown(registry, contract));
            }
            ShellTable table = new ShellTable().emptyTableText(all ? "No case under " + contract + "."
                    : "No open case under " + contract + ". (--all shows closed ones too)");
            table.column("Opened");
            table.column("Case");
            table.column("Trigger");
            table.column("Origin");
            table.column("State");
            table.column("Next due");
            table.column("Acknowledged");
            table.column("Conversation");
            // last: a clause may hold full-width characters (e.g. 6(7)ウ), and ShellTable pads by characters
            table.column("Clause");
            for (EmergencyCase c : found) {
                table.addRow().addContent(Console.minute(c.openedAt()), c.id(), Console.lower(c.trigger()),
                        Console.lower(c.origin()), Console.lower(c.state()), Console.minute(c.nextDue()),
                        acknowledged(c), c.conversationId(), dash(c.clause()));
            }
            table.print(System.out);
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "case-show", description = "Shows a case: contract, conversation, trigger, origin, "
            + "state and who opened and closed it; its steps (kind, owner, due, done) and its notices (recipient, "
            + "channel, address, attempts, delivery, acknowledgement, re-notification). Step records only with "
            + "--records. Needs CASE_WORK under the case's contract.")
    public static class Show extends CaseCommand {
        @Option(name = "--records", description = "Also print what was recorded for each step done (the staff's words)")
        boolean records;

        @Argument(index = 0, name = "caseId", description = "The case id (from yorisoi:case-list)", required = true)
        String caseId;

        @Override
        void run() throws BadInputException {
            EmergencyCase c = find(caseId, Permission.CASE_WORK);
            System.out.println("Case:         " + c.id());
            System.out.println("Contract:     " + c.contractId());
            System.out.println("Conversation: " + c.conversationId());
            System.out.println("Trigger:      " + Console.lower(c.trigger()));
            System.out.println("Origin:       " + Console.lower(c.origin()));
            System.out.println("State:        " + Console.lower(c.state()));
            System.out.println("Clause:       " + dash(c.clause()));
            System.out.println("Opened:       " + Console.minute(c.openedAt()) + " by " + who(c.openedBy()));
            System.out.println("Next due:     " + (c.nextDue() == null ? "- (every step done)" : Console.minute(c.nextDue())));
            if (c.closedAt() != null) {
                System.out.println("Closed:       " + Console.minute(c.closedAt()) + " by " + who(c.closedBy()));
            }

            System.out.println();
            System.out.println("Steps:");
            ShellTable steps = new ShellTable().emptyTableText("none");
            steps.column("#").alignRight();
            steps.column("Kind");
            steps.column("Owner");
            steps.column("Due");
            steps.column("Done");
            steps.column("By");
            steps.column("Consent");
            steps.column("Recipients");
            steps.column("Clause");
            steps.column("Description");
            for (CaseStep s : c.steps()) {
                steps.addRow().addContent(s.index(), s.kind() + (s.automatic() ? " (automatic)" : ""), who(s.ownerId()),
                        Console.minute(s.due()), s.done() ? Console.minute(s.doneAt()) : "open",
                        s.done() ? who(s.doneBy()) : "-", s.needsConsent() ? "needed" : "-",
                        s.recipientIds().isEmpty() ? "-" : String.join(", ", s.recipientIds()), dash(s.clause()),
                        dash(s.descriptionJa()));
            }
            steps.print(System.out);

            System.out.println();
            System.out.println("Notices:");
            ShellTable notices = new ShellTable().emptyTableText("none");
            notices.column("Notice");
            notices.column("Step").alignRight();
            notices.column("Recipient");
            notices.column("Channel");
            notices.column("Address");
            notices.column("Attempts").alignRight();
            notices.column("Last sent");
            notices.column("Delivered");
            notices.column("Acknowledge by");
            notices.column("Acknowledged");
            notices.column("Re-notified");
            notices.column("Answer");
            notices.column("Name");
            for (CaseNotice n : c.notices()) {
                notices.addRow().addContent(n.id(), n.stepIndex(), n.recipientId(), dash(n.channel()), dash(n.address()),
                        n.attempts(), Console.minute(n.lastSentAt()), n.lastSentAt() == null ? "-" : n.delivered() ? "yes" : "NO",
                        Console.minute(n.acknowledgeBy()), n.acknowledged() ? Console.minute(n.acknowledgedAt())
                                : n.acknowledgeBy() == null ? "-" : "NOT YET",
                        Console.minute(n.renotifiedAt()), dash(n.lastDetail()), dash(n.recipientNameJa()));
            }
            notices.print(System.out);

            if (records) {
                System.out.println();
                System.out.println("Records:");
                List<CaseStep> recorded = c.steps().stream().filter(s -> s.record() != null && !s.record().isBlank()).toList();
                if (recorded.isEmpty()) {
                    System.out.println("none");
                }
                for (CaseStep s : recorded) {
                    System.out.println("Step " + s.index() + " (" + s.kind() + "): " + s.record());
                }
            }
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "case-timeline", description = "Shows everything the audit log holds about a "
            + "case, oldest first: who did what when (opened, steps done and reassigned, notices sent, failed and "
            + "acknowledged, lead alerts, closed). Needs CASE_SUPERVISE under the case's contract.")
    public static class Timeline extends CaseCommand {
        @Argument(index = 0, name = "caseId", description = "The case id (from yorisoi:case-list)", required = true)
        String caseId;

        @Override
        void run() throws BadInputException {
            EmergencyCase c = find(caseId, Permission.CASE_SUPERVISE);
            Caller caller = caller();
            List<AuditEntry> entries = cases.timeline(caller, c.id());
            System.out.println(c.id() + " (" + c.contractId() + ", " + Console.lower(c.trigger()) + ", "
                    + Console.lower(c.state()) + "): timeline, oldest first (Asia/Tokyo)");
            ShellTable table = new ShellTable().emptyTableText("No audit entry about " + c.id() + ".");
            table.column("Seq").alignRight();
            table.column("At (+09:00)");
            table.column("Actor");
            table.column("Origin");
            table.column("Action");
            table.column("Outcome");
            table.column("Detail");
            for (AuditEntry e : entries) {
                table.addRow().addContent(e.sequence(), Console.instant(e.at()), dash(e.actor()), dash(e.origin()),
                        dash(e.action()), e.outcome() == null ? "?" : Console.lower(e.outcome()), dash(e.detail()));
            }
            table.print(System.out);
        }
    }
}
