package org.yorisoi.core.internal.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.platform.UnknownContractException;

public class ContractRegistryComponentTest {

    /** A contract that is only an id. */
    static final class IdContract implements Contract {
        private final ContractInfo info;

        IdContract(String id) {
            info = new ContractInfo(id, id, id, "市", new Term(LocalDate.parse("2026-04-01"),
                    LocalDate.parse("2027-03-31"), List.of(), "t"),
                    new Eligibility("全員", "everyone", List.of(), "e"), Set.of(Channel.WEB));
        }

        @Override
        public ContractInfo info() {
            return info;
        }

        @Override
        public List<WindowRule> windows() {
            return List.of();
        }

        @Override
        public String toString() {
            return "IdContract[" + info.id() + "@" + System.identityHashCode(this) + "]";
        }
    }

    private final ContractRegistryComponent registry = new ContractRegistryComponent();

    private List<String> ids() {
        return registry.contracts().stream().map(c -> c.info().id()).toList();
    }

    @Test
    public void emptyAtFirst() {
        assertEquals(List.of(), registry.contracts());
        assertEquals(Optional.empty(), registry.find("kyoto"));
        assertEquals(Optional.empty(), registry.find(null));
    }

    @Test
    public void addedContractsAreListedOrderedById() {
        registry.addContract(new IdContract("sakai"));
        registry.addContract(new IdContract("asahikawa"));
        registry.addContract(new IdContract("kyoto"));
        registry.addContract(new IdContract("kumamoto"));
        assertEquals(List.of("asahikawa", "kumamoto", "kyoto", "sakai"), ids());
    }

    @Test
    public void findAndGetReturnTheRegisteredInstance() {
        IdContract kyoto = new IdContract("kyoto");
        registry.addContract(kyoto);
        assertSame(kyoto, registry.find("kyoto").orElseThrow());
        assertSame(kyoto, registry.get("kyoto"));
        assertFalse(registry.find("KYOTO").isPresent());
    }

    @Test
    public void removedContractIsGone() {
        IdContract kyoto = new IdContract("kyoto");
        IdContract sakai = new IdContract("sakai");
        registry.addContract(kyoto);
        registry.addContract(sakai);
        registry.removeContract(kyoto);
        assertEquals(List.of("sakai"), ids());
        assertFalse(registry.find("kyoto").isPresent());
        assertThrows(UnknownContractException.class, () -> registry.get("kyoto"));
        // Removing again, or removing what was never added, changes nothing.
        registry.removeContract(kyoto);
        registry.removeContract(new IdContract("asahikawa"));
        assertEquals(List.of("sakai"), ids());
    }

    @Test
    public void newerRegistrationWithTheSameIdWins() {
        IdContract older = new IdContract("kyoto");
        IdContract newer = new IdContract("kyoto");
        registry.addContract(older);
        registry.addContract(newer);
        assertEquals(1, registry.contracts().size());
        assertSame(newer, registry.get("kyoto"));
    }

    @Test
    public void removingAStaleInstanceKeepsTheNewerRegistration() {
        IdContract older = new IdContract("kyoto");
        IdContract newer = new IdContract("kyoto");
        registry.addContract(older);
        registry.addContract(newer);
        registry.removeContract(older);
        assertSame(newer, registry.get("kyoto"));
        assertEquals(List.of("kyoto"), ids());
        registry.removeContract(newer);
        assertEquals(List.of(), registry.contracts());
    }

    @Test
    public void withdrawingTheNewerRegistrationFallsBackToTheOlder() {
        IdContract older = new IdContract("kyoto");
        IdContract newer = new IdContract("kyoto");
        registry.addContract(older);
        registry.addContract(newer);
        registry.removeContract(newer);
        assertSame(older, registry.get("kyoto"));
        assertEquals(List.of("kyoto"), ids());
    }

    @Test
    public void getOfAnUnknownIdThrows() {
        registry.addContract(new IdContract("kyoto"));
        UnknownContractException e = assertThrows(UnknownContractException.class, () -> registry.get("nowhere"));
        assertEquals("nowhere", e.contractId());
        assertTrue(e.getMessage().contains("nowhere"));
        assertThrows(UnknownContractException.class, () -> registry.get(null));
    }

    @Test
    public void contractsListIsASnapshot() {
        registry.addContract(new IdContract("kyoto"));
        List<Contract> snapshot = registry.contracts();
        registry.addContract(new IdContract("sakai"));
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new IdContract("asahikawa")));
    }
}
