package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.platform.ReportDue;

@Service
@Command(scope = "yorisoi", name = "contract-reports",
        description = "Shows the periodic reports of a contract that fall due in a range of days")
public class ContractReportsCommand extends ContractQueryCommand {

    @Option(name = "--from", description = "First due day, YYYY-MM-DD (default: today in Asia/Tokyo by the platform clock)")
    String from;

    @Option(name = "--to", description = "Last due day, YYYY-MM-DD, included (default: --from + 30 days)")
    String to;

    @Override
    void query() throws BadInputException {
        Console.contract(registry, id);
        LocalDate[] range = Console.range(clock, from, to, 30);
        List<ReportDue> reports = calendar.reportSchedule(id, range[0], range[1]);
        System.out.println(id + ": reports due " + range[0] + ".." + range[1] + " (Asia/Tokyo)");
        ShellTable table = new ShellTable().emptyTableText("No report falls due.");
        table.column("Due");
        table.column("Report");
        table.column("Period");
        // last: ShellTable pads by characters, so full-width names would push later columns out of line
        table.column("Recipients");
        for (ReportDue r : reports) {
            String recipients = r.recipients().stream().map(Recipient::nameJa).collect(Collectors.joining("、"));
            table.addRow().addContent(Console.minute(r.due()), r.report(),
                    r.periodStart() + ".." + r.periodEnd(), recipients);
        }
        table.print(System.out);
    }
}
