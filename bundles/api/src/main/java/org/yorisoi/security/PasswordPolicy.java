package org.yorisoi.security;

import java.time.Duration;

/**
 * The password and lockout policy in force (configuration PID {@code org.yorisoi.security}).
 *
 * @param minLength fewest characters of a password
 * @param validity how long a password stays valid after it was set
 * @param history how many previous passwords of the person may not be reused
 * @param maxFailures failed logins within {@code failureWindow} that lock the account
 * @param failureWindow the span over which failures are counted
 * @param lockout how long a lock lasts
 * @param idleTimeout a session unused this long ends
 */
public record PasswordPolicy(int minLength, Duration validity, int history, int maxFailures, Duration failureWindow,
                             Duration lockout, Duration idleTimeout) {
}
