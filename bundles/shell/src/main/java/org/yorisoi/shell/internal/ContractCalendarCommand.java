package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.platform.Opening;

@Service
@Command(scope = "yorisoi", name = "contract-calendar",
        description = "Shows a contract's openings (staffed, AI, appointment windows) day by day, in Asia/Tokyo")
public class ContractCalendarCommand extends ContractQueryCommand {

    @Option(name = "--from", description = "First day, YYYY-MM-DD (default: today in Asia/Tokyo by the platform clock)")
    String from;

    @Option(name = "--to", description = "Last day, YYYY-MM-DD, included (default: --from + 6 days)")
    String to;

    @Override
    void query() throws BadInputException {
        Console.contract(registry, id);
        LocalDate[] range = Console.range(clock, from, to, 6);
        List<Opening> openings = calendar.openings(id, range[0], range[1]);
        System.out.println(id + ": openings " + range[0] + ".." + range[1] + " (Asia/Tokyo, end exclusive)");
        ShellTable table = new ShellTable().emptyTableText("No openings.");
        table.column("Kind");
        table.column("Start");
        table.column("End");
        for (Opening opening : openings) {
            table.addRow().addContent(Console.lower(opening.kind()), Console.minute(opening.start()),
                    Console.minute(opening.end()));
        }
        table.print(System.out);
    }
}
