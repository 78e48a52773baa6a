package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.ContractRegistry;

/** Completes the ids of the contracts deployed at the moment of completion. */
@Service
public class ContractIdCompleter implements Completer {

    @Reference
    ContractRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        // built per call: contracts come and go with their bundles
        StringsCompleter ids = new StringsCompleter();
        for (Contract contract : registry.contracts()) {
            ids.getStrings().add(contract.info().id());
        }
        return ids.complete(session, commandLine, candidates);
    }
}
