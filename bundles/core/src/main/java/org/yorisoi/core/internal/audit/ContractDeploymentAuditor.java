package org.yorisoi.core.internal.audit;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.core.internal.persistence.JpaDeploymentHistory;

/** Audits contracts coming and going; the actor is the Karaf user who (un)installed the bundle, or system. */
@Component(immediate = true, service = {})
public class ContractDeploymentAuditor {

    private final AuditWriter writer;

    @Activate
    public ContractDeploymentAuditor(@Reference AuditLog log) {
        this.writer = new AuditWriter(log, "yorisoi-audit-deployments");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContract(Contract contract, ServiceReference<Contract> ref) {
        writer.submit(event(contract, ref, AuditActions.CONTRACT_DEPLOYED));
    }

    void removeContract(Contract contract, ServiceReference<Contract> ref) {
        writer.submit(event(contract, ref, AuditActions.CONTRACT_UNDEPLOYED));
    }

    static AuditEvent event(Contract contract, ServiceReference<Contract> ref, String action) {
        Bundle bundle = ref.getBundle();
        String bundleName = bundle == null ? "?" : bundle.getSymbolicName() + " " + bundle.getVersion();
        return new AuditEvent(JpaDeploymentHistory.currentActor(), null, contractId(contract, bundle), action,
                bundleName, AuditEvent.Outcome.SUCCESS, null);
    }

    /** As the registry knows it; a contract that throws is still audited, under its bundle's name. */
    private static String contractId(Contract contract, Bundle bundle) {
        try {
            return contract.info().id();
        } catch (RuntimeException e) {
            return bundle == null ? "unknown" : bundle.getSymbolicName();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        writer.close();
    }
}
