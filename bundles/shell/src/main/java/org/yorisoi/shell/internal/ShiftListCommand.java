package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Staffing;

@Service
@Command(scope = "yorisoi", name = "shift-list", description = "Lists a contract's shifts touching the days from..to (both included)")
public class ShiftListCommand extends StaffCommand {

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
        OffsetDateTime start = days[0].atStartOfDay(PlatformClock.TOKYO).toOffsetDateTime();
        OffsetDateTime end = days[1].plusDays(1).atStartOfDay(PlatformClock.TOKYO).toOffsetDateTime();
        Map<String, Optional<Person>> persons = new HashMap<>();
        ShellTable table = new ShellTable().emptyTableText("No shift from " + days[0] + " to " + days[1] + ".");
        table.column("Start");
        table.column("End");
        table.column("Role");
        table.column("Login");
        table.column("Shift id");
        for (Shift s : staffing.shifts(contract, start, end)) {
            String login = persons.computeIfAbsent(s.personId(), staff::person).map(Person::loginName).orElse(s.personId());
            table.addRow().addContent(Console.minute(s.start()), Console.minute(s.end()), s.role(), login, s.id());
        }
        table.print(System.out);
    }
}
