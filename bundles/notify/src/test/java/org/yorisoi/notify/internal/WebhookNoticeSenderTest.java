package org.yorisoi.notify.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.yorisoi.notify.Delivery;
import org.yorisoi.notify.Destination;
import org.yorisoi.notify.Notice;
import org.yorisoi.platform.PlatformClock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

public class WebhookNoticeSenderTest {

    private static final PlatformClock CLOCK = () -> Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "shared-webhook-secret";
    private static final Notice NOTICE = new Notice("n-7", "kumamoto", "【緊急】案件 C-9",
            "案件: C-9\n緊急度: 高\n対応: 精神保健福祉センターへ連絡してください。", "https://yorisoi.example.jp/ack/n-7/t");

    /** One received request: headers of interest and the raw body. */
    private record Received(String signature, String noticeId, byte[] body) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());

    @Before
    public void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Yorisoi-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Yorisoi-Notice-Id"), body));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    @After
    public void stopReceiver() {
        server.stop(0);
    }

    private Destination.Webhook hook() {
        return new Destination.Webhook(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), SECRET);
    }

    private WebhookNoticeSender sender() {
        return new WebhookNoticeSender(new WebhookNoticeSender.Policy(Duration.ofSeconds(2), Duration.ofSeconds(2), 3,
                Duration.ofMillis(100)), CLOCK, pauses::add);
    }

    @Test
    public void theReceiverGetsSignedJsonWhoseSignatureVerifies() throws Exception {
        Delivery delivery = sender().send(NOTICE, hook());

        assertTrue(delivery.detail(), delivery.delivered());
        assertEquals("HTTP 200 (attempt 1)", delivery.detail());
        assertEquals(1, received.size());
        Received request = received.get(0);
        assertEquals("n-7", request.noticeId());
        assertEquals(WebhookNoticeSender.signature(request.body(), SECRET), request.signature());
        assertTrue(request.signature().matches("sha256=[0-9a-f]{64}"));
        Map<?, ?> json = new ObjectMapper().readValue(new String(request.body(), StandardCharsets.UTF_8), Map.class);
        assertEquals(Map.of("noticeId", "n-7", "contractId", "kumamoto", "subject", NOTICE.subject(),
                "body", NOTICE.body(), "acknowledgeUrl", NOTICE.acknowledgeUrl()), json);
    }

    @Test
    public void aSignatureUnderAnotherSecretDoesNotMatch() {
        byte[] body = WebhookNoticeSender.payload(NOTICE);
        assertFalse(WebhookNoticeSender.signature(body, SECRET).equals(WebhookNoticeSender.signature(body, "other")));
    }

    @Test
    public void aServerErrorIsRetriedWithBackoffUntilAccepted() {
        statuses.add(500);
        statuses.add(503);
        Delivery delivery = sender().send(NOTICE, hook());

        assertTrue(delivery.delivered());
        assertEquals("HTTP 200 (attempt 3)", delivery.detail());
        assertEquals(3, received.size());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses);
    }

    @Test
    public void aServerErrorThatPersistsFailsAfterThreeRetries() {
        for (int i = 0; i < 10; i++) {
            statuses.add(500);
        }
        Delivery delivery = sender().send(NOTICE, hook());

        assertFalse(delivery.delivered());
        assertEquals("HTTP 500 (attempt 4)", delivery.detail());
        assertEquals(4, received.size());
    }

    @Test
    public void aClientErrorIsNotRetried() {
        statuses.add(401);
        Delivery delivery = sender().send(NOTICE, hook());

        assertFalse(delivery.delivered());
        assertEquals("HTTP 401 (attempt 1)", delivery.detail());
        assertEquals(1, received.size());
        assertTrue(pauses.isEmpty());
    }

    @Test
    public void anUnreachableReceiverGivesAFailedDeliveryAfterRetries() {
        Destination.Webhook hook = hook();
        server.stop(0);
        Delivery delivery = sender().send(NOTICE, hook);

        assertFalse(delivery.delivered());
        assertTrue(delivery.detail(), delivery.detail().endsWith("(attempt 4)"));
        assertEquals(3, pauses.size());
    }

    @Test
    public void plainHttpToANonLoopbackHostIsRefusedWithoutSending() {
        Destination.Webhook remote = new Destination.Webhook(URI.create("http://hooks.example.jp/hook"), SECRET);
        WebhookNoticeSender sender = sender();

        assertFalse(sender.supports(remote));
        Delivery delivery = sender.send(NOTICE, remote);
        assertFalse(delivery.delivered());
        assertEquals("refused: https required", delivery.detail());
        assertTrue(sender.supports(new Destination.Webhook(URI.create("https://hooks.example.jp/hook"), SECRET)));
    }
}
