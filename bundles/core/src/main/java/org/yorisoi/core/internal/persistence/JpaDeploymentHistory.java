package org.yorisoi.core.internal.persistence;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.TypedQuery;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.core.internal.Actors;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.DeploymentHistory;
import org.yorisoi.platform.PlatformClock;

/**
 * Records which contract bundle version was active when, in the deployment history and in the audit log. A
 * contract that is already deployed when the database comes up is recorded then, as deployed by {@code system}.
 */
@Component(service = DeploymentHistory.class)
public class JpaDeploymentHistory implements DeploymentHistory {

    private static final Logger LOG = LoggerFactory.getLogger(JpaDeploymentHistory.class);

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final AuditLog audit;
    // Writes leave the DS thread that delivers service events, and keep their order.
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yorisoi-deployment-history");
        t.setDaemon(true);
        return t;
    });

    /**
     * The transaction manager is not used directly, but the JTA persistence unit fails on its first write when it
     * comes up before the transaction manager: waiting for it orders the two.
     */
    @Activate
    public JpaDeploymentHistory(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                                @Reference PlatformClock clock, @Reference TransactionManager transactionManager,
                                @Reference AuditLog audit) {
        this.jpa = jpa;
        this.clock = clock;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContract(ServiceReference<Contract> ref) {
        record(ref, ContractDeployment.Action.DEPLOYED);
    }

    void removeContract(ServiceReference<Contract> ref) {
        record(ref, ContractDeployment.Action.UNDEPLOYED);
    }

    private void record(ServiceReference<Contract> ref, ContractDeployment.Action action) {
        Bundle bundle = ref.getBundle();
        Object pid = ref.getProperty("component.name");
        String contractId = contractIdOf(bundle, pid);
        String actor = Actors.current();
        DeploymentEventEntity event = new DeploymentEventEntity(contractId, bundle == null ? "?" : bundle.getSymbolicName(),
                bundle == null ? "?" : bundle.getVersion().toString(), bundle == null ? null : bundle.getLocation(),
                action.name(), clock.now(), actor);
        if (writer.isShutdown()) {
            return;
        }
        AuditEvent audited = new AuditEvent(actor, null, contractId, action == ContractDeployment.Action.DEPLOYED
                ? AuditActions.CONTRACT_DEPLOYED : AuditActions.CONTRACT_UNDEPLOYED,
                event.bundle() + " " + event.version(), AuditEvent.Outcome.SUCCESS, null);
        writer.execute(() -> {
            try {
                jpa.tx(em -> em.persist(event));
            } catch (RuntimeException e) {
                LOG.warn("Could not record {} of contract {}: {}", action, contractId, e.toString());
            }
            try {
                audit.record(audited);
            } catch (RuntimeException e) {
                LOG.error("Could not audit {} of contract {}: {}", action, contractId, e.toString());
            }
        });
    }

    /** Contract bundles are named org.yorisoi.contract.&lt;id&gt;; the service may be gone by the time we ask it. */
    static String contractIdOf(Bundle bundle, Object componentName) {
        String bsn = bundle == null ? null : bundle.getSymbolicName();
        String prefix = "org.yorisoi.contract.";
        String id = bsn != null && bsn.startsWith(prefix) ? bsn.substring(prefix.length())
                : bsn != null ? bsn : componentName != null ? componentName.toString() : "unknown";
        // the column holds 32 characters: a foreign bundle name is cut rather than losing the record
        return id.length() <= 32 ? id : id.substring(0, 32);
    }


    @Deactivate
    void deactivate() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public List<ContractDeployment> events(String contractId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<DeploymentEventEntity> q = contractId == null
                    ? em.createNamedQuery(DeploymentEventEntity.ALL, DeploymentEventEntity.class)
                    : em.createNamedQuery(DeploymentEventEntity.BY_CONTRACT, DeploymentEventEntity.class)
                            .setParameter("contractId", contractId);
            return q.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
                    .map(e -> new ContractDeployment(e.contractId(), e.bundle(), e.version(),
                            ContractDeployment.Action.valueOf(e.action()), e.at(), e.actor()))
                    .toList();
        });
    }
}
