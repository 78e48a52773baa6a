package org.yorisoi.platform;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.contract.spi.Contract;

/** The contracts deployed right now. Contracts come and go with their bundles. */
@ProviderType
public interface ContractRegistry {

    /** Deployed contracts ordered by id. */
    List<Contract> contracts();

    /** The deployed contract with this id. */
    Optional<Contract> find(String id);

    /** The deployed contract with this id, or {@link UnknownContractException}. */
    default Contract get(String id) {
        return find(id).orElseThrow(() -> new UnknownContractException(id));
    }
}
