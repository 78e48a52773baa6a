package org.yorisoi.core.internal.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.ContractRegistry;

/** Tracks the contract services as their bundles come and go. */
@Component(service = ContractRegistry.class)
public class ContractRegistryComponent implements ContractRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContractRegistryComponent.class);

    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContract(Contract contract) {
        String id = contract.info().id();
        Contract previous = contracts.put(id, contract);
        if (previous != null && previous != contract) {
            LOG.warn("Contract {} registered twice; the newer registration wins", id);
        }
        LOG.info("Contract {} available", id);
    }

    void removeContract(Contract contract) {
        String id = contract.info().id();
        if (contracts.remove(id, contract)) {
            LOG.info("Contract {} withdrawn", id);
        }
    }

    @Override
    public List<Contract> contracts() {
        return contracts.values().stream().sorted(Comparator.comparing(c -> c.info().id())).toList();
    }

    @Override
    public Optional<Contract> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(contracts.get(id));
    }
}
