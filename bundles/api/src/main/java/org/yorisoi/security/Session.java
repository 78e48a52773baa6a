package org.yorisoi.security;

import java.time.Instant;

/**
 * A login session of the REST API and the web console.
 *
 * @param token the bearer token: 256 random bits, URL-safe Base64; a secret of the client's
 * @param caller who
 * @param createdAt when the session began
 * @param expiresAt when it ends unless used again (idle time-out)
 */
public record Session(String token, Caller caller, Instant createdAt, Instant expiresAt) {
}
