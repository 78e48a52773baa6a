package org.yorisoi.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.platform.ContractRegistry;

@Service
@Command(scope = "yorisoi", name = "contract-list", description = "Lists the deployed contracts")
public class ContractListCommand extends YorisoiAction {

    @Reference
    ContractRegistry registry;

    @Override
    void run() {
        Caller caller = caller();
        ShellTable table = new ShellTable().emptyTableText("No contract is deployed.");
        table.column("ID");
        table.column("Term");
        table.column("Channels");
        table.column("State");
        // last: ShellTable pads by characters, so a full-width name would push later columns out of line
        table.column("Name");
        for (Contract contract : registry.contracts()) {
            if (!caller.may(Permission.CONTRACT_READ, contract.info().id())) {
                continue;
            }
            ContractInfo info = contract.info();
            String channels = info.channels().stream().sorted().map(Console::lower).collect(Collectors.joining(", "));
            // the registry holds deployed contracts only
            table.addRow().addContent(info.id(), info.term().start() + ".." + info.term().end(), channels, "active",
                    info.nameJa());
        }
        table.print(System.out);
    }
}
