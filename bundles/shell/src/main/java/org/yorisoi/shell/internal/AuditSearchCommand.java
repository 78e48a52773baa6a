package org.yorisoi.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.security.Permission;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.platform.PlatformClock;

@Service
@Command(scope = "yorisoi", name = "audit-search", description = "Searches the audit log, newest first")
public class AuditSearchCommand extends YorisoiAction {


    @Option(name = "--actor", description = "Only this user (exact)")
    String actor;

    @Option(name = "--contract", description = "Only this contract id")
    @Completion(ContractIdCompleter.class)
    String contract;

    @Option(name = "--action", description = "Only this action, e.g. login-failed, content-read, config-change")
    String action;

    @Option(name = "--from", description = "At or after this time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+09:00]"
            + " (Tokyo time without offset)")
    String from;

    @Option(name = "--to", description = "Before this time: YYYY-MM-DDTHH:MM[:SS][+09:00], or YYYY-MM-DD for the"
            + " end of that day")
    String to;

    @Option(name = "--limit", aliases = "-n", description = "At most this many entries (default: 20, at most 1000)")
    int limit = 20;

    @Override
    void run() throws BadInputException {
        require(Permission.AUDIT_READ, null);
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw new BadInputException("--limit: expected a number from 1 to " + AuditQuery.MAX_LIMIT + ", got " + limit);
        }
        Instant start = from == null ? null : instant("--from", from, false);
        Instant end = to == null ? null : instant("--to", to, true);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new BadInputException("--to " + to + " is not after --from " + from);
        }
        List<AuditEntry> entries = audit.search(new AuditQuery(actor, contract, action, start, end, limit));
        ShellTable table = new ShellTable().emptyTableText("No audit entry matches.");
        table.column("Seq").alignRight();
        table.column("At (+09:00)");
        table.column("Actor");
        table.column("Origin");
        table.column("Contract");
        table.column("Action");
        table.column("Target");
        table.column("Outcome");
        for (AuditEntry e : entries) {
            table.addRow().addContent(e.sequence(), e.at().atZone(PlatformClock.TOKYO).format(Console.SECOND),
                    dash(e.actor()), dash(e.origin()), dash(e.contractId()), dash(e.action()), dash(e.target()),
                    e.outcome() == null ? "?" : Console.lower(e.outcome()));
        }
        table.print(System.out);
    }

    /** A date alone is the start of that day in Tokyo, or for {@code --to} the start of the next. */
    static Instant instant(String option, String value, boolean endOfDay) throws BadInputException {
        try {
            LocalDate date = LocalDate.parse(value);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(PlatformClock.TOKYO).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Console.dateTime(option, value).toInstant();
            } catch (BadInputException e2) {
                throw new BadInputException(option + ": expected YYYY-MM-DD or an ISO date-time as"
                        + " YYYY-MM-DDTHH:MM[:SS][+09:00] (e.g. 2025-04-07T18:00+09:00), got '" + value + "'");
            }
        }
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
