package org.yorisoi.channel.line.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LINE official account of one contract, one instance per factory configuration {@code org.yorisoi.line}. A
 * configuration without secret or token stands for an account not yet connected: its webhook is refused.
 */
@Component(service = LineChannel.class, configurationPid = LineSettings.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LineSettings.class, factory = true)
public class LineChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LineChannel.class);
    /** Retries of a failed API call wait this long, then twice as long. */
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final String contractId;
    private final String channelSecret;
    private final Duration replyTokenValidity;
    private final LineMessagingClient client;

    @Activate
    public LineChannel(LineSettings settings) {
        this(settings.contract(), settings.channelSecret(), settings.channelAccessToken(), settings.apiBase(),
                Duration.ofSeconds(settings.replyTokenValiditySeconds()));
        // ids and whether the secrets are set, never the secrets
        LOG.info("LINE channel of contract {} configured (api {}, connected: {})", contractId, settings.apiBase(),
                connected());
    }

    LineChannel(String contractId, String channelSecret, String channelAccessToken, String apiBase,
                Duration replyTokenValidity) {
        this.contractId = contractId == null ? "" : contractId.trim();
        this.channelSecret = channelSecret == null ? "" : channelSecret.trim();
        String token = channelAccessToken == null ? "" : channelAccessToken.trim();
        this.replyTokenValidity = replyTokenValidity;
        this.client = token.isEmpty() ? null : new LineMessagingClient(
                apiBase == null || apiBase.isBlank() ? "https://api.line.me" : apiBase.trim(), token, FIRST_BACKOFF);
    }

    String contractId() {
        return contractId;
    }

    /** Both secret and access token are set: webhooks can be verified and answered. */
    boolean connected() {
        return !channelSecret.isEmpty() && client != null;
    }

    boolean signatureMatches(byte[] rawBody, String signatureHeader) {
        return LineSignature.matches(channelSecret, rawBody, signatureHeader);
    }

    Duration replyTokenValidity() {
        return replyTokenValidity;
    }

    /** The Messaging API client; only for a {@link #connected()} channel. */
    LineMessagingClient client() {
        if (client == null) {
            throw new IllegalStateException("LINE channel of contract " + contractId + " has no access token");
        }
        return client;
    }
}
