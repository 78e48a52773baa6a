package org.yorisoi.e2e;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat benchmark (not a test): N simulated consulters and M counselors over the real HTTPS API on loopback.
 * Each counselor logs in, listens on {@code /console-events/<contract>} (SSE) and claims its share of the
 * conversations; the consulters then send K messages each. Measures the latency from a consulter's send to the
 * first counselor receipt (p50/p99), the acknowledgement latency, and messages per second; prints a table.
 * The measured phase is bounded (two minutes at most). Run by {@code .ci/bench}, which documents the options.
 */
public final class ChatBenchmark {

    static final Duration MEASURED_PHASE_LIMIT = Duration.ofMinutes(2);
    static final Duration STRAGGLER_WAIT = Duration.ofSeconds(10);

    private final Map<String, String> options;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Pattern marker;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final List<Long> acknowledgementNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private ChatBenchmark(Map<String, String> options) {
        this.options = options;
        this.marker = Pattern.compile("bm-" + runId + "-(\\d+)-(\\d+)");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("options are --name=value; see .ci/bench");
                System.exit(64);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        System.exit(new ChatBenchmark(options).run());
    }

    private int option(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    int run() throws Exception {
        int consulters = option("consulters", 50);
        int counselors = option("counselors", 10);
        int messages = option("messages", 10);
        int intervalMillis = option("interval-ms", 200);
        String contract = options.getOrDefault("contract", "kyoto");

        Distribution distribution = null;
        Platform platform;
        OffsetDateTime at;
        if (options.containsKey("url")) {
            platform = new Platform(new Http(options.get("url")));
            platform.useAdmin(required("admin-login"), required("admin-password"));
            at = options.containsKey("at") ? OffsetDateTime.parse(options.get("at")) : OffsetDateTime.now();
        } else {
            at = OffsetDateTime.parse(options.getOrDefault("at", "2023-07-14T18:00:00+09:00"));
            distribution = Distribution.unpack("benchmark");
            distribution.awaitAlsoOnStart("/api/v1/chat/" + contract + "/intake");
            distribution.clockAt(at);
            log("starting the distribution from " + Distribution.archive() + " (clock " + at + ")");
            distribution.start();
            platform = new Platform(distribution.http());
            platform.takeOverFirstAdmin(distribution);
        }
        try {
            return measure(platform, contract, at, consulters, counselors, messages, intervalMillis);
        } finally {
            if (distribution != null) {
                distribution.stop();
            }
        }
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "= is required with --url");
        }
        return value;
    }

    private int measure(Platform platform, String contract, OffsetDateTime at, int consulterCount, int counselorCount,
                        int messageCount, int intervalMillis) throws Exception {
        Http http = platform.http();
        log("setting up " + counselorCount + " counselors on shift");
        Platform.Account manager = platform.createStaff("bench-" + runId + "-manager", "Benchmark manager", contract,
                "CONTRACT_MANAGER");
        OffsetDateTime shiftStart = at.truncatedTo(ChronoUnit.HOURS).minusHours(at.getHour() >= 18 ? 1 : 0);
        OffsetDateTime shiftEnd = shiftStart.plusHours(4);
        List<Platform.Account> counselors = new ArrayList<>();
        List<ServerSentEvents> streams = new ArrayList<>();
        for (int i = 0; i < counselorCount; i++) {
            Platform.Account c = platform.createStaff("bench-" + runId + "-counselor-" + i, "Benchmark counselor " + i,
                    contract, "COUNSELOR");
            platform.assignShift(manager, contract, c, "COUNSELOR", shiftStart, shiftEnd);
            counselors.add(c);
            streams.add(ServerSentEvents.open(http, "/console-events/" + contract, this::onCounselorEvent,
                    "Cookie", "yorisoi_session=" + c.token()));
        }
        try {
            log("opening " + consulterCount + " conversations");
            List<Consulter> consulters = new ArrayList<>();
            for (int i = 0; i < consulterCount; i++) {
                Consulter consulter = Consulter.open(http, contract);
                consulter.send("benchmark opening " + runId + " " + i, "bm-open-" + runId + "-" + i)
                        .expect(201, "opening message");
                consulters.add(consulter);
            }
            int claimed = claimAll(http, contract, consulters, counselors);
            log(claimed + " of " + consulterCount + " conversations claimed; sending " + messageCount
                    + " messages each, every " + intervalMillis + " ms");
            for (ServerSentEvents s : streams) {
                if (s.status() != 200) {
                    log("a counselor's event stream answered HTTP " + s.status());
                }
            }

            long phaseStart = System.nanoTime();
            long phaseDeadline = phaseStart + MEASURED_PHASE_LIMIT.toNanos();
            ExecutorService senders = Executors.newFixedThreadPool(consulterCount);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < consulterCount; i++) {
                int index = i;
                done.add(senders.submit(() -> {
                    sendAll(consulters.get(index), index, messageCount, intervalMillis, phaseDeadline);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(Math.max(1, phaseDeadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
            }
            long phaseEnd = System.nanoTime();
            senders.shutdownNow();
            long stragglerDeadline = System.nanoTime() + STRAGGLER_WAIT.toNanos();
            while (receivedAt.size() < acknowledged.get() && System.nanoTime() < stragglerDeadline) {
                Thread.sleep(100);
            }
            return report(consulterCount, counselorCount, messageCount, claimed, phaseEnd - phaseStart);
        } finally {
            streams.forEach(ServerSentEvents::close);
        }
    }

    /** Claims every conversation, round-robin over the counselors; one that is at capacity passes to the next. */
    private int claimAll(Http http, String contract, List<Consulter> consulters, List<Platform.Account> counselors)
            throws IOException {
        int claimed = 0;
        int next = 0;
        for (Consulter c : consulters) {
            for (int attempt = 0; attempt < counselors.size(); attempt++) {
                Platform.Account counselor = counselors.get((next + attempt) % counselors.size());
                Http.Response r = http.post("/api/v1/contracts/" + contract + "/conversations/" + c.conversationId()
                        + "/claim", counselor.token(), null);
                if (r.status() / 100 == 2) {
                    claimed++;
                    next = (next + attempt + 1) % counselors.size();
                    break;
                }
            }
        }
        return claimed;
    }

    private void sendAll(Consulter consulter, int index, int count, int intervalMillis, long deadline)
            throws IOException, InterruptedException {
        for (int k = 0; k < count && System.nanoTime() < deadline; k++) {
            String key = index + "-" + k;
            String text = "bm-" + runId + "-" + key + " benchmark message";
            long start = System.nanoTime();
            sentAt.put(key, start);
            Http.Response r = consulter.send(text, "bm-" + runId + "-" + key);
            long end = System.nanoTime();
            if (r.status() == 201) {
                acknowledged.incrementAndGet();
                acknowledgementNanos.add(end - start);
            } else {
                refused.incrementAndGet();
                sentAt.remove(key);
            }
            long pause = TimeUnit.MILLISECONDS.toNanos(intervalMillis) - (System.nanoTime() - start);
            if (pause > 0) {
                TimeUnit.NANOSECONDS.sleep(pause);
            }
        }
    }

    private void onCounselorEvent(ServerSentEvents.Event event) {
        long now = System.nanoTime();
        Matcher m = marker.matcher(event.data());
        while (m.find()) {
            receivedAt.putIfAbsent(m.group(1) + "-" + m.group(2), now);
        }
    }

    private int report(int consulters, int counselors, int messages, int claimed, long phaseNanos) {
        List<Long> latencies = new ArrayList<>();
        receivedAt.forEach((key, received) -> {
            Long sent = sentAt.get(key);
            if (sent != null) {
                latencies.add(received - sent);
            }
        });
        Collections.sort(latencies);
        List<Long> acks = new ArrayList<>(acknowledgementNanos);
        Collections.sort(acks);
        double seconds = phaseNanos / 1e9;
        System.out.println();
        System.out.println("Yorisoi chat benchmark (run " + runId + ")");
        row("consulters / counselors / messages each", consulters + " / " + counselors + " / " + messages);
        row("conversations claimed (capacity permitting)", claimed + " of " + consulters);
        row("messages acknowledged (201) / refused", acknowledged.get() + " / " + refused.get());
        row("received by a counselor (SSE, claimed only)", Integer.toString(latencies.size()));
        row("send phase", String.format(Locale.ROOT, "%.1f s", seconds));
        row("throughput (acknowledged messages/s)", String.format(Locale.ROOT, "%.1f", acknowledged.get() / seconds));
        row("send → counselor receipt p50 / p99 / max", millis(latencies, 0.50) + " / " + millis(latencies, 0.99)
                + " / " + millis(latencies, 1.0));
        row("send → 201 acknowledgement p50 / p99", millis(acks, 0.50) + " / " + millis(acks, 0.99));
        if (latencies.isEmpty()) {
            System.out.println("No message reached a counselor's event stream: is the console SSE in place?");
            return 2;
        }
        return 0;
    }

    private static void row(String name, String value) {
        System.out.printf(Locale.ROOT, "| %-44s | %34s |%n", name, value);
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(quantile * sorted.size()) - 1));
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(index) / 1e6);
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
