package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Shortfall;
import org.yorisoi.staff.Staffing;

@Service
@Command(scope = "yorisoi", name = "staffing-check", description = "Lists every span of a contract's staffed openings "
        + "on the days from..to (both included) that falls short of its staffing rules")
public class StaffingCheckCommand extends YorisoiAction {

    @Reference
    Staffing staffing;

    @Reference
    ContractRegistry registry;

    @Argument(index = 0, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 1, name = "from", description = "First day, YYYY-MM-DD", required = true)
    String from;

    @Argument(index = 2, name = "to", description = "Last day (inclusive), YYYY-MM-DD", required = true)
    String to;

    @Override
    void run() throws BadInputException {
        require(Permission.STAFFING_READ, contract);
        Console.contract(registry, contract);
        LocalDate[] days = {Console.date("from", from), Console.date("to", to)};
        if (days[1].isBefore(days[0])) {
            throw new BadInputException("to " + days[1] + " is before from " + days[0]);
        }
        List<Shortfall> shortfalls = staffing.check(contract, days[0], days[1]);
        if (shortfalls.isEmpty()) {
            System.out.println("Every staffed opening of " + contract + " from " + days[0] + " to " + days[1]
                    + " is staffed as required.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("From");
        table.column("To");
        table.column("Role");
        table.column("Required");
        table.column("On duty");
        table.column("Clause");
        for (Shortfall s : shortfalls) {
            table.addRow().addContent(Console.minute(s.start()), Console.minute(s.end()), s.role(),
                    (s.excess() ? "at most " : "at least ") + s.required(), s.assigned(), s.clause());
        }
        table.print(System.out);
        System.out.println(shortfalls.size() + " span(s) fall short.");
    }
}
