package org.yorisoi.shell.internal;

import java.time.OffsetDateTime;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.platform.Availability;

@Service
@Command(scope = "yorisoi", name = "contract-availability",
        description = "Shows what a consulter of a contract finds at an instant: intake, counselors, AI, appointments")
public class ContractAvailabilityCommand extends ContractQueryCommand {

    @Option(name = "--at", description = "The instant, ISO date-time with offset, e.g. 2025-04-07T18:00+09:00;"
            + " without offset it is Tokyo time (default: now by the platform clock)")
    String at;

    @Override
    void query() throws BadInputException {
        Console.contract(registry, id);
        OffsetDateTime instant = at == null ? clock.nowInTokyo().toOffsetDateTime() : Console.dateTime("--at", at);
        Availability a = calendar.availability(id, instant);
        ShellTable table = new ShellTable().noHeaders();
        table.column("Property");
        table.column("Value");
        table.addRow().addContent("Contract", a.contract());
        table.addRow().addContent("At", Console.minute(a.at() == null ? instant : a.at()));
        table.addRow().addContent("Receiving", yesNo(a.receiving()));
        table.addRow().addContent("Human staffed", yesNo(a.humanStaffed()));
        table.addRow().addContent("AI", yesNo(a.aiAvailable()));
        table.addRow().addContent("Appointment window",
                a.appointmentWindow() == null ? "none" : Console.lower(a.appointmentWindow()));
        table.addRow().addContent("Next human opening",
                a.nextHumanOpening() == null ? "none within the term" : Console.minute(a.nextHumanOpening()));
        table.print(System.out);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
