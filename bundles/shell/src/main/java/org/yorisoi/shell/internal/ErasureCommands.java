package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.protection.DataErasure;
import org.yorisoi.protection.ErasureRecord;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/** Erasing a contract's consultation data, and its written records. */
final class ErasureCommands {

    private ErasureCommands() {
    }

    @Service
    @Command(scope = "yorisoi", name = "contract-erase", description = "Erases a contract's consultation data for good: "
            + "destroys its key, deletes and compacts its rows, keeps an erasure record. Asks to type the contract id.")
    public static class Erase extends YorisoiAction {
        @Reference
        DataErasure erasure;

        @Reference
        Session session;

        @Option(name = "--force", description = "Erase although the contract's term has not ended")
        boolean force;

        @Option(name = "--yes", description = "Do not ask for confirmation (scripts)")
        boolean yes;

        @Argument(index = 0, name = "contract", description = "The contract id", required = true)
        @Completion(ContractIdCompleter.class)
        String contract;

        @Override
        void run() throws Exception {
            Caller caller = require(Permission.DATA_ERASE, contract);
            if (!yes) {
                String typed = session.readLine("This cannot be undone. Type the contract id to erase its data: ", null);
                if (!contract.equals(typed == null ? null : typed.strip())) {
                    throw new BadInputException("Not confirmed; nothing erased.");
                }
            }
            ErasureRecord r = erasure.erase(contract, force, caller.login());
            System.out.println("Erased " + r.consultations() + " consultations and " + r.messages() + " messages of "
                    + contract + "; key destroyed: " + r.keyDestroyed() + ".");
            System.out.println("Record " + r.id() + " (print it: yorisoi:erasure-print " + contract + " " + r.id() + ")");
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "erasure-list", description = "Lists a contract's erasure records, newest first")
    public static class ListRecords extends YorisoiAction {
        @Reference
        DataErasure erasure;

        @Argument(index = 0, name = "contract", description = "The contract id", required = true)
        @Completion(ContractIdCompleter.class)
        String contract;

        @Override
        void run() {
            require(Permission.ERASURE_RECORD_READ, contract);
            ShellTable table = new ShellTable().emptyTableText("No erasure recorded for " + contract + ".");
            table.column("Erased at");
            table.column("By");
            table.column("Consultations").alignRight();
            table.column("Messages").alignRight();
            table.column("Record");
            for (ErasureRecord r : erasure.records(contract)) {
                table.addRow().addContent(Console.instant(r.erasedAt()), r.erasedBy(), r.consultations(), r.messages(), r.id());
            }
            table.print(System.out);
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "erasure-print", description = "Prints an erasure record as the written report (データ消去報告書)")
    public static class Print extends YorisoiAction {
        @Reference
        DataErasure erasure;

        @Argument(index = 0, name = "contract", description = "The contract id", required = true)
        @Completion(ContractIdCompleter.class)
        String contract;

        @Argument(index = 1, name = "record", description = "The erasure record's id", required = true)
        String record;

        @Override
        void run() throws BadInputException {
            require(Permission.ERASURE_RECORD_READ, contract);
            if (erasure.record(record).filter(r -> r.contractId().equals(contract)).isEmpty()) {
                throw new BadInputException("No erasure record " + record + " for contract " + contract + ".");
            }
            System.out.println(erasure.printable(record));
        }
    }
}
