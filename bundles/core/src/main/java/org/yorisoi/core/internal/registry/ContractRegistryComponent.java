package org.yorisoi.core.internal.registry;

import java.util.ArrayList;
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

    // Per id, the registrations in arrival order; the newest answers. Two bundles may briefly offer the same
    // contract while an operator swaps versions: withdrawing the newer one falls back to the older.
    private final Map<String, List<Contract>> contracts = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContract(Contract contract) {
        String id = contract.info().id();
        contracts.compute(id, (k, list) -> {
            List<Contract> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
            if (!next.isEmpty()) {
                LOG.warn("Contract {} registered twice; the newer registration answers", id);
            }
            next.add(contract);
            return List.copyOf(next);
        });
        LOG.info("Contract {} available", id);
    }

    void removeContract(Contract contract) {
        for (String id : contracts.keySet()) {
            contracts.computeIfPresent(id, (k, list) -> {
                List<Contract> next = new ArrayList<>(list);
                if (next.removeIf(c -> c == contract)) {
                    LOG.info("Contract {} withdrawn{}", id, next.isEmpty() ? "" : "; an earlier registration answers again");
                }
                return next.isEmpty() ? null : List.copyOf(next);
            });
        }
    }

    @Override
    public List<Contract> contracts() {
        return contracts.values().stream().map(list -> list.get(list.size() - 1))
                .sorted(Comparator.comparing(c -> c.info().id())).toList();
    }

    @Override
    public Optional<Contract> find(String id) {
        List<Contract> list = id == null ? null : contracts.get(id);
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }
}
