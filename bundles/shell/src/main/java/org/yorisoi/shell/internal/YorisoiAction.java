package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.yorisoi.platform.UnknownContractException;

/**
 * Turns what the operator can correct into a one-line message on stderr instead of a stack trace.
 * Commands return {@code null}: their output is what they print.
 */
abstract class YorisoiAction implements Action {

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
        } catch (UnknownContractException e) {
            // the contract went away between our check and the call
            System.err.println("No contract '" + e.contractId() + "' is deployed.");
        } catch (IllegalArgumentException e) {
            // the services reject a range or value they cannot serve; their message says which
            System.err.println(e.getMessage());
        }
        return null;
    }

    abstract void run() throws Exception;
}
