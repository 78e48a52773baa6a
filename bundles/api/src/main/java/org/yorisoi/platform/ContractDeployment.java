package org.yorisoi.platform;

import java.time.Instant;

/**
 * One deployment event.
 *
 * @param contractId the contract
 * @param bundle the bundle's symbolic name
 * @param version the bundle version
 * @param action deployed or undeployed
 * @param at when
 * @param by who (the Karaf user of the operation, or {@code system} at start-up)
 */
public record ContractDeployment(String contractId, String bundle, String version, Action action, Instant at, String by) {

    public enum Action {
        DEPLOYED, UNDEPLOYED
    }
}
