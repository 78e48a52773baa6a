package org.yorisoi.security;

import java.time.Instant;

/**
 * The state of a person's credentials, for administrators. Never the hash.
 *
 * @param personId the person
 * @param login the login name
 * @param hasPassword whether a password is set
 * @param passwordChangedAt when the password was last set, or null
 * @param passwordExpiresAt when it stops being valid, or null without password
 * @param mustChange true when the password is temporary (set by an administrator) and must be changed first
 * @param recentFailures failed logins counted in the current window
 * @param lockedUntil when a lock ends, or null when not locked
 * @param active false once deactivated
 */
public record AccountStatus(String personId, String login, boolean hasPassword, Instant passwordChangedAt,
                            Instant passwordExpiresAt, boolean mustChange, int recentFailures, Instant lockedUntil,
                            boolean active) {
}
