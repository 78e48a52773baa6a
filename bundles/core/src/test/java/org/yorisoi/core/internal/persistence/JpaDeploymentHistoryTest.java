package org.yorisoi.core.internal.persistence;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;


import org.junit.Test;
import org.osgi.framework.Bundle;

public class JpaDeploymentHistoryTest {

    /** A bundle that only knows its symbolic name. */
    private static Bundle bundle(String symbolicName) {
        return (Bundle) Proxy.newProxyInstance(JpaDeploymentHistoryTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSymbolicName")) {
                        return symbolicName;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    public void contractBundleNameGivesTheContractId() {
        assertEquals("kyoto", JpaDeploymentHistory.contractIdOf(bundle("org.yorisoi.contract.kyoto"), "kyoto.component"));
        assertEquals("kumamoto-city",
                JpaDeploymentHistory.contractIdOf(bundle("org.yorisoi.contract.kumamoto-city"), null));
    }

    @Test
    public void otherBundleNameIsKeptWhole() {
        assertEquals("com.example.contract.kyoto",
                JpaDeploymentHistory.contractIdOf(bundle("com.example.contract.kyoto"), "component"));
        assertEquals("org.yorisoi.contractkyoto",
                JpaDeploymentHistory.contractIdOf(bundle("org.yorisoi.contractkyoto"), "component"));
    }

    @Test
    public void withoutBundleTheComponentNameIsUsedCutToTheColumnWidth() {
        assertEquals("org.yorisoi.contract.kyoto.Kyoto",
                JpaDeploymentHistory.contractIdOf(null, "org.yorisoi.contract.kyoto.KyotoContract"));
        assertEquals("unknown", JpaDeploymentHistory.contractIdOf(null, null));
    }

    @Test
    public void bundleWithoutSymbolicNameFallsBackToTheComponentName() {
        assertEquals("component", JpaDeploymentHistory.contractIdOf(bundle(null), "component"));
    }
}
