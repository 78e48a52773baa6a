package org.yorisoi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One Yorisoi distribution unpacked from the assembly's tar.gz into its own folder, with its own ports, run as a
 * child process ({@code bin/karaf server}). It survives {@link #kill9()} and {@link #restart()} with its data folder
 * intact, as an installation would.
 */
public final class Distribution implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** Ports of end-to-end distributions: 28000..28999, away from Pax Exam's 18xxx and the defaults. */
    static final int PORT_RANGE_START = 28000;
    static final int PORT_RANGE_SIZE = 1000;

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int httpsPort;
    private final int sshPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private Process process;
    private Http http;
    /** Besides GET /api/v1/contracts, paths that must answer 200 before a start counts as done. */
    private final List<String> readinessPaths = new ArrayList<>();
    /** The configured platform clock's start and the wall-clock moment it applied from; null: real time. */
    private OffsetDateTime clockStart;
    private long clockAppliedNanos;

    private Distribution(String name, Path home, int[] ports) {
        this.name = name;
        this.home = home;
        this.httpPort = ports[0];
        this.httpsPort = ports[1];
        this.sshPort = ports[2];
        this.rmiRegistryPort = ports[3];
        this.rmiServerPort = ports[4];
    }

    /** The tar.gz named by the system property {@code yorisoi.distribution} (set by failsafe), else the assembly's. */
    public static Path archive() {
        String configured = System.getProperty("yorisoi.distribution");
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return Paths.get(configured);
        }
        for (Path candidate : List.of(Paths.get("assembly/target"), Paths.get("../assembly/target"))) {
            if (Files.isDirectory(candidate)) {
                try (var files = Files.list(candidate)) {
                    var found = files.filter(f -> f.getFileName().toString().matches("org\\.yorisoi\\.assembly-.*\\.tar\\.gz"))
                            .findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no distribution: set -Dyorisoi.distribution=<tar.gz> or build the assembly");
    }

    /** The folder distributions are unpacked into: {@code yorisoi.e2e.work}, else {@code e2e/target/e2e}. */
    static Path workFolder() {
        String configured = System.getProperty("yorisoi.e2e.work");
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return Paths.get(configured);
        }
        return Files.isDirectory(Paths.get("e2e")) ? Paths.get("e2e/target/e2e") : Paths.get("target/e2e");
    }

    /** Unpacks a fresh copy (an earlier one of the same name is removed) and gives it free ports. */
    public static Distribution unpack(String name) throws IOException, InterruptedException {
        Path home = workFolder().resolve(name).toAbsolutePath();
        deleteRecursively(home);
        Files.createDirectories(home);
        Process tar = new ProcessBuilder("tar", "xzf", archive().toAbsolutePath().toString(), "-C", home.toString(),
                "--strip-components=1").inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar could not unpack " + archive());
        }
        Distribution d = new Distribution(name, home, freePorts(5));
        d.configurePorts();
        return d;
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public String baseUrl() {
        return "https://localhost:" + httpsPort;
    }

    public Http http() {
        if (http == null) {
            http = new Http(baseUrl());
        }
        return http;
    }

    private void configurePorts() throws IOException {
        setProperty("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("org.yorisoi.tls.cfg", "port", Integer.toString(httpsPort));
        setProperty("org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setProperty("org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        setProperty("org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(rmiRegistryPort));
        setProperty("org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(rmiServerPort));
        setProperty("org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
    }

    /**
     * Sets the platform clock: it starts at {@code startAt} and runs on. Before {@link #start()} it applies at boot;
     * while running, fileinstall applies the change (callers wait for its effect).
     */
    public synchronized void clockAt(OffsetDateTime startAt) throws IOException {
        clockStart = startAt;
        clockAppliedNanos = System.nanoTime();
        setProperty("org.yorisoi.clock.cfg", "startAt", startAt.toString());
        setProperty("org.yorisoi.clock.cfg", "frozen", "false");
    }

    /** Replaces (or appends) {@code key = value} in {@code etc/<file>}, keeping every other line. */
    void setProperty(String file, String key, String value) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8))
                : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("#") && (line.startsWith(key + " ") || line.startsWith(key + "=")
                    || line.startsWith(key + "\t"))) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Path temporary = cfg.resolveSibling(file + ".e2e-tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, cfg, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Makes every later {@link #start()} also wait until each path answers GET with 200: services that register
     * after the REST API (the chat resources, the pages) are then in place before a test uses them.
     */
    public synchronized void awaitAlsoOnStart(String... paths) {
        readinessPaths.addAll(List.of(paths));
    }

    /** Starts {@code bin/karaf server} and waits until the REST API answers. */
    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (clockStart != null && clockAppliedNanos != 0 && process != null) {
            // a configured clock starts again at startAt on every boot: move it on by the time that has passed
            // (and a little more), so that nothing recorded before the restart lies in the platform's future
            clockAt(clockStart.plusNanos(System.nanoTime() - clockAppliedNanos).plusSeconds(5));
        }
        Path log = home.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.remove("KARAF_HOME");
        env.put("EXTRA_JAVA_OPTS", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true -Dyorisoi.e2e.instance=" + name);
        env.remove("KARAF_BASE");
        env.remove("KARAF_DATA");
        env.remove("KARAF_ETC");
        process = pb.start();
        awaitReady();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + home.resolve("console.log") + " and " + home.resolve("data/log/karaf.log"));
            }
            try {
                last = null;
                List<String> paths = new ArrayList<>();
                paths.add("/api/v1/contracts");
                paths.addAll(readinessPaths);
                for (String path : paths) {
                    Http.Response r = http().get(path, null);
                    if (r.status() != 200) {
                        last = "GET " + path + ": " + r.status() + " " + abbreviated(r.body());
                        break;
                    }
                }
                if (last == null) {
                    // sign-in lives on the database and comes up after the public endpoints: a wrong password
                    // answered 401 means sessions, credentials and the audit log are there
                    Http.Response r = http().post("/api/v1/sessions", null,
                            Http.json("login", "readiness-probe", "password", "-"));
                    if (r.status() == 401) {
                        return;
                    }
                    last = "POST /api/v1/sessions: " + r.status() + " " + abbreviated(r.body());
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + " (last: " + last + "); see "
                + home.resolve("data/log/karaf.log"));
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Ends the JVM and its launcher at once (SIGKILL on the whole process tree), as a power cut would. */
    public synchronized void kill9() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle h : tree) {
            h.onExit().completeOnTimeout(h, 30, TimeUnit.SECONDS).join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        awaitPortsReleased();
    }

    /** Orderly shutdown (SIGTERM to the tree); kills what has not ended after a minute. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                || tree.stream().anyMatch(ProcessHandle::isAlive)) {
            kill9();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        awaitPortsReleased();
    }

    /** Stops it if it runs, then starts it again on the same folder. */
    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    private void awaitPortsReleased() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !(isFree(httpPort) && isFree(httpsPort) && isFree(sshPort))) {
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static int[] freePorts(int count) {
        int[] ports = new int[count];
        int start = PORT_RANGE_START + ThreadLocalRandom.current().nextInt(PORT_RANGE_SIZE / 10) * 10;
        int found = 0;
        for (int i = 0; i < PORT_RANGE_SIZE && found < count; i++) {
            int port = PORT_RANGE_START + (start - PORT_RANGE_START + i) % PORT_RANGE_SIZE;
            if (isFree(port)) {
                ports[found++] = port;
            }
        }
        if (found < count) {
            throw new IllegalStateException("fewer than " + count + " free ports in 28000..28999");
        }
        return ports;
    }

    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The first administrator's one-time credentials, written by the platform at its first start. */
    public Properties firstAdminCredentials() throws IOException, InterruptedException {
        Path file = home.resolve("data/yorisoi/first-admin-password");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
