package org.yorisoi.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.notify.Delivery;
import org.yorisoi.notify.Destination;
import org.yorisoi.notify.Notice;
import org.yorisoi.notify.NoticeSender;
import org.yorisoi.platform.PlatformClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts notices as signed JSON. The receiver checks {@code X-Yorisoi-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of the raw body under the destination's shared secret, before trusting the notice.
 * Only HTTPS is used, except to a loopback address, which never leaves the machine.
 */
@Component(service = NoticeSender.class, configurationPid = WebhookSettings.PID, property = "kind=WEBHOOK")
@Designate(ocd = WebhookSettings.class)
public final class WebhookNoticeSender implements NoticeSender {

    static final String SIGNATURE_HEADER = "X-Yorisoi-Signature";
    static final String NOTICE_ID_HEADER = "X-Yorisoi-Notice-Id";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNoticeSender.class);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits between attempts; replaced in tests so retries do not slow them down. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The validated form of {@link WebhookSettings}. */
    record Policy(Duration connectTimeout, Duration requestTimeout, int retries, Duration initialBackoff) {
        static Policy of(WebhookSettings settings) {
            return new Policy(Duration.ofMillis(settings.connectTimeoutMillis()),
                    Duration.ofMillis(settings.requestTimeoutMillis()), Math.max(0, settings.retries()),
                    Duration.ofMillis(Math.max(0, settings.initialBackoffMillis())));
        }
    }

    private final Policy policy;
    private final PlatformClock clock;
    private final Pause pause;
    private final HttpClient client;

    @Activate
    public WebhookNoticeSender(WebhookSettings settings, @Reference PlatformClock clock) {
        this(Policy.of(settings), clock, duration -> Thread.sleep(duration.toMillis()));
    }

    WebhookNoticeSender(Policy policy, PlatformClock clock, Pause pause) {
        this.policy = policy;
        this.clock = clock;
        this.pause = pause;
        // Redirects are not followed: a signed notice must reach the configured endpoint or fail visibly.
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public boolean supports(Destination destination) {
        return destination instanceof Destination.Webhook webhook && permitted(webhook.url());
    }

    @Override
    public Delivery send(Notice notice, Destination destination) {
        if (!(destination instanceof Destination.Webhook webhook)) {
            return result(notice, false, "not a webhook destination");
        }
        if (!permitted(webhook.url())) {
            LOG.warn("Notice {} not posted: webhook {} is not https", notice.id(), webhook.url().getHost());
            return result(notice, false, "refused: https required");
        }
        byte[] body = payload(notice);
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(NOTICE_ID_HEADER, notice.id())
                .header(SIGNATURE_HEADER, signature(body, webhook.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String detail = "not attempted";
        int attempts = policy.retries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1 && !waitBeforeRetry(attempt)) {
                return result(notice, false, detail + "; interrupted");
            }
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                detail = "HTTP " + status + " (attempt " + attempt + ")";
                if (status >= 200 && status < 300) {
                    LOG.info("Notice {} accepted by webhook: {}", notice.id(), detail);
                    return result(notice, true, detail);
                }
                if (status < 500) {
                    // The receiver refused this request as such (bad signature, unknown endpoint):
                    // sending it again would get the same answer.
                    break;
                }
            } catch (IOException unreachableOrTimedOut) {
                detail = unreachableOrTimedOut.getClass().getSimpleName() + " (attempt " + attempt + ")";
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return result(notice, false, detail + "; interrupted");
            }
            LOG.warn("Notice {} not accepted by webhook: {}", notice.id(), detail);
        }
        LOG.warn("Notice {} not delivered by webhook: {}", notice.id(), detail);
        return result(notice, false, detail);
    }

    private boolean waitBeforeRetry(int attempt) {
        try {
            pause.sleep(policy.initialBackoff().multipliedBy(1L << Math.min(attempt - 2, 16)));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean permitted(URI url) {
        String scheme = url.getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return url.getHost() != null;
        }
        return "http".equalsIgnoreCase(scheme) && url.getHost() != null && LOOPBACK_HOSTS.contains(url.getHost());
    }

    static byte[] payload(Notice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("noticeId", notice.id());
        fields.put("contractId", notice.contractId());
        fields.put("subject", notice.subject());
        fields.put("body", notice.body());
        fields.put("acknowledgeUrl", notice.acknowledgeUrl());
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (JsonProcessingException impossibleForStrings) {
            throw new IllegalStateException("a map of strings always serialises", impossibleForStrings);
        }
    }

    /** {@code sha256=<lower-case hex HMAC-SHA256 of the body under the secret>}. */
    static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", unavailable);
        }
    }

    private Delivery result(Notice notice, boolean delivered, String detail) {
        return new Delivery(notice.id(), Destination.Kind.WEBHOOK, delivered, clock.now(), detail);
    }
}
