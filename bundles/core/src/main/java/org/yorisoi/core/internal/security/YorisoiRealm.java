package org.yorisoi.core.internal.security;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.security.Credentials;

/**
 * The JAAS realm {@value #NAME}, backed by the staff directory: {@code sshRealm} and {@code jmxRealm} point at it.
 * Karaf's {@code ProxyLoginModule} loads {@link YorisoiLoginModule} from this bundle and hands it the options,
 * among them the credentials service itself (a login module has no other way to reach a service).
 */
@Component(service = JaasRealm.class)
public class YorisoiRealm implements JaasRealm {

    static final String NAME = "yorisoi";
    static final String CREDENTIALS_OPTION = "org.yorisoi.security.credentials";

    private final Credentials credentials;
    private final long bundleId;

    @Activate
    public YorisoiRealm(@Reference Credentials credentials, BundleContext context) {
        this.credentials = credentials;
        this.bundleId = context.getBundle().getBundleId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries(bundleId, credentials);
    }

    static AppConfigurationEntry[] entries(long bundleId, Credentials credentials) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, YorisoiLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId),
                CREDENTIALS_OPTION, credentials);
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }
}
