package org.yorisoi.notify;

import java.net.URI;
import java.util.Objects;

/** Where a notice goes: a mailbox or a webhook endpoint. */
public sealed interface Destination {

    /** The channel a destination is reached through, recorded with each delivery. */
    enum Kind { EMAIL, WEBHOOK }

    Kind kind();

    /** A mailbox reached over SMTP. */
    record Email(String address) implements Destination {
        public Email {
            Objects.requireNonNull(address, "address");
            if (address.isBlank() || !address.contains("@")) {
                throw new IllegalArgumentException("not an email address");
            }
        }

        @Override
        public Kind kind() {
            return Kind.EMAIL;
        }
    }

    /**
     * An HTTPS endpoint that receives the notice as JSON, signed with {@code secret} (HMAC-SHA256 of the raw
     * body) so the receiver can tell it came from this platform.
     */
    record Webhook(URI url, String secret) implements Destination {
        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("webhook secret must not be empty");
            }
        }

        @Override
        public Kind kind() {
            return Kind.WEBHOOK;
        }

        /** Keeps the secret out of logs. */
        @Override
        public String toString() {
            return "Webhook[url=" + url + "]";
        }
    }
}
