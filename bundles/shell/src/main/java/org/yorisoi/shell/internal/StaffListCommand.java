package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;

@Service
@Command(scope = "yorisoi", name = "staff-list", description = "Lists every person of the staff directory with the roles in effect today")
public class StaffListCommand extends StaffCommand {

    @Reference
    PlatformClock clock;

    @Override
    void run() {
        require(Permission.STAFF_READ, null);
        LocalDate today = clock.nowInTokyo().toLocalDate();
        ShellTable table = new ShellTable().emptyTableText("The staff directory is empty.");
        table.column("Login");
        table.column("Active");
        table.column("Created");
        table.column("Roles today");
        // last: ShellTable pads by characters, so a full-width name would push later columns out of line
        table.column("Name");
        for (Person p : staff.persons()) {
            String roles = staff.grants(p.id()).stream().filter(g -> g.inEffectOn(today))
                    .map(g -> g.contractId() + ":" + g.role()).collect(Collectors.joining(", "));
            table.addRow().addContent(p.loginName(), p.active() ? "yes" : "no", Console.instant(p.createdAt()),
                    roles.isEmpty() ? "-" : roles, p.displayName());
        }
        table.print(System.out);
    }
}
