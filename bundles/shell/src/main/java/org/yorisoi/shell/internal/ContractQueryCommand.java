package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.yorisoi.security.Permission;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;

/** A command that asks the calendar about one deployed contract, named by its id. */
abstract class ContractQueryCommand extends YorisoiAction {

    @Reference
    ContractRegistry registry;

    @Reference
    ContractCalendar calendar;

    @Reference
    PlatformClock clock;

    @Argument(index = 0, name = "id", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String id;

    @Override
    final void run() throws Exception {
        require(Permission.CONTRACT_READ, id);
        query();
    }

    abstract void query() throws Exception;
}
