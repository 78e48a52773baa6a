package org.yorisoi.core.internal.tls;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the web server speaks HTTPS. When no key store is configured for pax-web (a fresh installation),
 * generates a self-signed key pair for this installation only and switches HTTPS on, TLS 1.2 and 1.3 only.
 * A key store configured by the operator (a real certificate) is left alone.
 */
@Component(immediate = true, configurationPid = "org.yorisoi.tls", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = ConfigurationListener.class)
@Designate(ocd = TlsBootstrap.Config.class)
public class TlsBootstrap implements ConfigurationListener {

    static final String PAX_WEB_PID = "org.ops4j.pax.web";
    static final String KEYSTORE = "org.ops4j.pax.web.ssl.keystore";
    private static final Logger LOG = LoggerFactory.getLogger(TlsBootstrap.class);

    @ObjectClassDefinition(name = "Yorisoi HTTPS", description = "Self-signed certificate generated on first start")
    public @interface Config {
        @AttributeDefinition(description = "Host name the generated certificate is issued to")
        String hostname() default "localhost";

        @AttributeDefinition(description = "HTTPS port")
        int port() default 8443;

        @AttributeDefinition(description = "Validity of the generated certificate in days")
        int validityDays() default 825;
    }

    private final ConfigurationAdmin configAdmin;
    private final Config config;

    @Activate
    public TlsBootstrap(@Reference ConfigurationAdmin configAdmin, Config config) throws IOException {
        this.configAdmin = configAdmin;
        this.config = config;
        ensureHttps();
    }

    /** The web server's configuration may arrive after us: act when it does. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (PAX_WEB_PID.equals(event.getPid()) && event.getType() == ConfigurationEvent.CM_UPDATED) {
            try {
                ensureHttps();
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not switch HTTPS on", e);
            }
        }
    }

    private synchronized void ensureHttps() throws IOException {
        Configuration[] existing;
        try {
            existing = configAdmin.listConfigurations("(service.pid=" + PAX_WEB_PID + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (existing == null || existing.length == 0 || existing[0].getProperties() == null) {
            // Not loaded from etc/ yet; creating it now would lose the operator's settings.
            return;
        }
        Configuration paxWeb = existing[0];
        Dictionary<String, Object> props = paxWeb.getProperties();
        Object configured = props.get(KEYSTORE);
        if (configured != null && new File(configured.toString()).isFile()) {
            return;
        }
        Path store = Path.of(System.getProperty("karaf.etc", "etc"), "tls", "yorisoi-tls.p12");
        String password = randomPassword();
        generate(store, password, config);
        props.put("org.osgi.service.http.secure.enabled", "true");
        props.put("org.osgi.service.http.port.secure", String.valueOf(config.port()));
        props.put(KEYSTORE, store.toAbsolutePath().toString());
        props.put("org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
        props.put("org.ops4j.pax.web.ssl.keystore.password", password);
        props.put("org.ops4j.pax.web.ssl.key.password", password);
        props.put("org.ops4j.pax.web.ssl.key.alias", "yorisoi");
        props.put("org.ops4j.pax.web.ssl.protocols.included", "TLSv1.2,TLSv1.3");
        paxWeb.update(props);
        LOG.info("Generated a self-signed TLS certificate for {} in {}; HTTPS on port {}", config.hostname(), store,
                config.port());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void generate(Path store, String password, Config config) throws IOException {
        if (!config.hostname().matches("[A-Za-z0-9.-]{1,253}")) {
            throw new IOException("org.yorisoi.tls hostname is not a host name: " + config.hostname());
        }
        Files.createDirectories(store.getParent());
        Files.deleteIfExists(store);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> cmd = List.of(keytool, "-genkeypair", "-alias", "yorisoi", "-keyalg", "EC", "-groupname", "secp256r1",
                "-sigalg", "SHA256withECDSA", "-validity", String.valueOf(config.validityDays()),
                "-dname", "CN=" + config.hostname() + ", O=Yorisoi self-signed",
                "-ext", "SAN=dns:" + config.hostname() + ",dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass:env", "YS_PW", "-keypass:env", "YS_PW");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("YS_PW", password);
        Process p = pb.start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the TLS key", e);
        }
        try {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
    }
}
