package org.yorisoi.itests;

import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the distribution this module builds (the very tar.gz) once per test class, on ports that do not clash with
 * a running installation.
 */
public abstract class YorisoiTestSupport {

    static final int HTTP_PORT = 18181;
    static final int HTTPS_PORT = 18443;
    /** Everything is served over HTTPS; plain HTTP only redirects. */
    static final String API = "https://localhost:" + HTTPS_PORT + "/api/v1";
    static final String PLAIN_API = "http://localhost:" + HTTP_PORT + "/api/v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected SessionFactory sessionFactory;

    public Option[] baseConfig() {
        String distribution = System.getProperty("yorisoi.distribution");
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl("file:" + distribution)
                .name("Yorisoi")
                .unpackDirectory(new File("target/exam"))
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            vmOption("-Xmx768m"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.yorisoi.tls.cfg", "port", String.valueOf(HTTPS_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
        };
    }

    /**
     * A service of the platform looked up afresh on every call. Services on the database are re-registered when the
     * persistence unit is rebuilt (it can be, once, right after boot); an instance injected before that would be
     * left holding a closed EntityManagerFactory.
     */
    protected <T> T live(Class<T> type) {
        return live(type, null);
    }

    protected <T> T live(Class<T> type, String filter) {
        // the test class is also instantiated outside the container: find the bundle only when called inside it
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    org.osgi.framework.BundleContext context =
                            org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext();
                    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (true) {
                        java.util.Collection<org.osgi.framework.ServiceReference<T>> refs =
                                context.getServiceReferences(type, filter);
                        if (!refs.isEmpty()) {
                            org.osgi.framework.ServiceReference<T> ref = refs.stream().max(Comparable::compareTo).get();
                            T service = context.getService(ref);
                            if (service != null) {
                                try {
                                    return method.invoke(service, args);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                } finally {
                                    context.ungetService(ref);
                                }
                            }
                        }
                        if (System.nanoTime() > end) {
                            throw new AssertionError("no " + type.getSimpleName() + " service within 60 s");
                        }
                        Thread.sleep(100);
                    }
                }));
    }

    /**
     * Waits until the platform has settled after boot: public API, sign-in (a wrong password answers 401 in JSON) and
     * the staff directory answer three times in a row.
     */
    protected void awaitSettled() throws InterruptedException {
        awaitApi();
        org.yorisoi.staff.StaffDirectory staff = live(org.yorisoi.staff.StaffDirectory.class);
        int[] streak = {0};
        await("the platform settled", Duration.ofSeconds(120), () -> {
            try {
                boolean ok = get(API + "/contracts").status == 200
                        && call("POST", API + "/sessions", null, json("login", "nobody", "password", "x")).status == 401;
                staff.persons();
                streak[0] = ok ? streak[0] + 1 : 0;
                if (streak[0] < 3) {
                    Thread.sleep(500);
                }
            } catch (RuntimeException | IOException | InterruptedException e) {
                streak[0] = 0;
            }
            return streak[0] >= 3;
        });
    }

    /** The password every test person gets (permanent, so no first-login change). */
    static final String PASSWORD = "Tsuyoi-Pasuwado-2026";

    /**
     * A person with the grants ({@code ROLE@contract[@organisation]}, given only when the person has none yet) and
     * the test password, created through the services.
     */
    protected org.yorisoi.staff.Person person(String login, String... grants) {
        org.yorisoi.staff.StaffDirectory staff = live(org.yorisoi.staff.StaffDirectory.class);
        org.yorisoi.staff.Person p = staff.byLogin(login).orElseGet(() -> staff.createPerson(login, "Test " + login, "it"));
        if (staff.grants(p.id()).isEmpty()) {
            for (String g : grants) {
                String[] parts = g.split("@");
                staff.grantRole(p.id(), parts[1], org.yorisoi.contract.spi.Role.valueOf(parts[0]), null, null,
                        parts.length > 2 ? parts[2] : null, "it");
            }
        }
        live(org.yorisoi.security.Credentials.class).setPassword(p.id(), PASSWORD.toCharArray(), false, "it");
        return p;
    }

    /** {@link #person} logged in over the API: the session token. */
    protected String tokenOf(String login, String... grants) throws IOException {
        person(login, grants);
        return login(login, PASSWORD);
    }

    /** Runs a console command as the host's operator would at the local console, and returns what it printed. */
    protected String console(String command) throws Exception {
        javax.security.auth.Subject local = new javax.security.auth.Subject();
        local.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("karaf"));
        local.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        return console(command, local);
    }

    /** Runs a console command in a session of the subject, and returns what it printed. */
    protected String console(String command, javax.security.auth.Subject subject) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            javax.security.auth.Subject.doAs(subject, (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            print.flush();
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An HTTP request with an optional bearer token and JSON body: status and body. */
    protected static Response call(String method, String url, String token, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        if (c instanceof HttpsURLConnection) {
            ((HttpsURLConnection) c).setSSLSocketFactory(TRUST_ALL.getSocketFactory());
        }
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(2000);
        c.setReadTimeout(30000);
        c.setRequestMethod(method);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (json != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, body, c.getHeaderFields());
    }

    /** JSON of an object of string pairs: key1, value1, key2, value2 ... */
    protected static String json(String... pairs) {
        com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }

    /** Logs in over the API; the session token, or an AssertionError with the status and error code. */
    protected static String login(String login, String password) throws IOException {
        Response r = call("POST", API + "/sessions", null, json("login", login, "password", password));
        if (r.status != 201) {
            throw new AssertionError("login of " + login + ": " + r.status + " " + r.json().path("code").asText());
        }
        return r.json().path("token").asText();
    }

    /** An HTTP GET: status and body. */
    protected static Response get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        if (c instanceof HttpsURLConnection) {
            // the generated certificate is self-signed; the tests check the transport, not the trust chain
            ((HttpsURLConnection) c).setSSLSocketFactory(TRUST_ALL.getSocketFactory());
        }
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(2000);
        c.setReadTimeout(10000);
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, body, c.getHeaderFields());
    }

    static final SSLContext TRUST_ALL = trustAll();

    private static SSLContext trustAll() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds; fails after the deadline. */
    protected static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the API, which registers after boot and restarts once when HTTPS is switched on. */
    protected static void awaitApi() throws InterruptedException {
        await("the REST API answering over HTTPS", Duration.ofSeconds(90), () -> {
            try {
                return get(API + "/contracts").status == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    static final class Response {
        final int status;
        final String body;
        final Map<String, List<String>> headers;

        Response(int status, String body, Map<String, List<String>> headers) {
            this.status = status;
            this.body = body;
            this.headers = headers;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
