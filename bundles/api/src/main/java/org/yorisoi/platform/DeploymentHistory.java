package org.yorisoi.platform;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Which contract bundle version was active when; kept in the database. */
@ProviderType
public interface DeploymentHistory {

    /** Deployment events, newest first; for one contract, or all when {@code contractId} is null. */
    List<ContractDeployment> events(String contractId, int limit);
}
