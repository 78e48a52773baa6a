package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.StaffChange;

@Service
@Command(scope = "yorisoi", name = "staff-history", description = "Lists every change to a person, oldest first")
public class StaffHistoryCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Override
    void run() throws BadInputException {
        require(Permission.STAFF_READ, null);
        ShellTable table = new ShellTable().emptyTableText("No change recorded.");
        table.column("#");
        table.column("At");
        table.column("By");
        table.column("What");
        table.column("Detail");
        for (StaffChange c : staff.history(person(login).id())) {
            table.addRow().addContent(c.sequence(), Console.instant(c.at()), c.actor(), c.what(), dash(c.detail()));
        }
        table.print(System.out);
    }
}
