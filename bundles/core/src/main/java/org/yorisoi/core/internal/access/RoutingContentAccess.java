package org.yorisoi.core.internal.access;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.ContentAccess;
import org.yorisoi.security.Permission;

/**
 * Who may read a consultation: operator staff of the contract by their role; a municipal viewer only when the
 * contract routes the consultation's {@link Purpose#CONTENT_ACCESS} to the viewer's organisation, so that the
 * contract bundle, not the core, says which board sees which school's consultations.
 */
@Component(service = ContentAccess.class)
public class RoutingContentAccess implements ContentAccess {

    private final ContractRegistry registry;

    @Activate
    public RoutingContentAccess(@Reference ContractRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean maySee(Caller caller, String contractId, Map<String, String> attributes) {
        Contract contract = registry.find(contractId).orElse(null);
        return contract != null && maySee(caller, contract, attributes);
    }

    static boolean maySee(Caller caller, Contract contract, Map<String, String> attributes) {
        String contractId = contract.info().id();
        if (!Permission.CONTENT_READ.heldBy(caller, contractId)) {
            return false;
        }
        boolean operatorStaff = Permission.CONTENT_READ.roles().stream()
                .filter(role -> role != Role.MUNICIPAL_VIEWER)
                .anyMatch(role -> caller.holds(role, contractId));
        if (operatorStaff) {
            return true;
        }
        return caller.viewerOrganisation(contractId)
                .map(organisation -> contract.route(Purpose.CONTENT_ACCESS, attributes).stream()
                        .map(Recipient::id).anyMatch(organisation::equals))
                .orElse(false);
    }
}
