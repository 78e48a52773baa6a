package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.Test;
import org.yorisoi.security.Credentials;

public class YorisoiRealmTest {

    @Test
    public void realmLoadsItsModuleFromThisBundleThroughKarafsProxyAndPassesTheCredentials() {
        Credentials credentials = (Credentials) java.lang.reflect.Proxy.newProxyInstance(
                Credentials.class.getClassLoader(), new Class<?>[] {Credentials.class}, (p, m, a) -> null);

        AppConfigurationEntry[] entries = YorisoiRealm.entries(42, credentials);

        assertEquals(1, entries.length);
        assertEquals(ProxyLoginModule.class.getName(), entries[0].getLoginModuleName());
        assertEquals(AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, entries[0].getControlFlag());
        Map<String, ?> options = entries[0].getOptions();
        assertEquals(YorisoiLoginModule.class.getName(), options.get(ProxyLoginModule.PROPERTY_MODULE));
        assertEquals("42", options.get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertSame(credentials, options.get(YorisoiRealm.CREDENTIALS_OPTION));
    }
}
