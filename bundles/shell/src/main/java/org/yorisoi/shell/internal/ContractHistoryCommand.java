package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.security.Permission;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.DeploymentHistory;
import org.yorisoi.platform.PlatformClock;

@Service
@Command(scope = "yorisoi", name = "contract-history",
        description = "Shows which contract bundle versions were deployed and undeployed, newest first")
public class ContractHistoryCommand extends YorisoiAction {

    // optional: the history lives in the database, which may not be up
    @Reference(optional = true)
    DeploymentHistory history;

    @Argument(index = 0, name = "id", description = "The contract id (default: all contracts)", required = false)
    @Completion(ContractIdCompleter.class)
    String id;

    @Option(name = "--limit", aliases = "-n", description = "At most this many events (default: 20)")
    int limit = 20;

    @Override
    void run() throws BadInputException {
        require(Permission.DEPLOYMENT_READ, null);
        if (history == null) {
            System.err.println("deployment history unavailable");
            return;
        }
        if (limit < 1) {
            throw new BadInputException("--limit: expected a positive number, got " + limit);
        }
        // no registry check: undeployed contracts have a history too
        List<ContractDeployment> events = history.events(id, limit);
        ShellTable table = new ShellTable().emptyTableText(
                id == null ? "No deployment recorded." : "No deployment of '" + id + "' recorded.");
        table.column("At");
        table.column("Contract");
        table.column("Action");
        table.column("Bundle");
        table.column("Version");
        table.column("By");
        for (ContractDeployment e : events) {
            table.addRow().addContent(e.at().atZone(PlatformClock.TOKYO).format(Console.SECOND), e.contractId(),
                    Console.lower(e.action()), e.bundle(), e.version(), e.by());
        }
        table.print(System.out);
    }
}
