package org.yorisoi.contract.spi;

import java.util.Objects;

/**
 * An organisation that receives reports, rosters or notices. Addresses (mail, webhook) are configuration
 * of the deployment, not of the contract.
 *
 * @param id stable id, e.g. {@code kyoto-city-board}
 * @param nameJa the name as in the specification, e.g. 京都市教育委員会
 * @param name English name
 */
public record Recipient(String id, String nameJa, String name) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(name, "name");
    }
}
