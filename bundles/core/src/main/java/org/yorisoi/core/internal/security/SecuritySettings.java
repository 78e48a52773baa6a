package org.yorisoi.core.internal.security;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.yorisoi.security.PasswordPolicy;

/**
 * The settings of {@link SecurityConfig}, checked. A value that is malformed or out of range is refused key by key:
 * the previous value (or the default) stays in force, so one typo in the file cannot switch the lockout off.
 */
record SecuritySettings(int minLength, Duration validity, int history, int maxFailures, Duration failureWindow,
                        Duration lockout, Duration idleTimeout, int iterations, String firstAdminLogin) {

    static final String PID = "org.yorisoi.security";
    /** Below 8 characters passwords fall to guessing even with lockout (NIST SP 800-63B). */
    static final int MIN_MIN_LENGTH = 8;
    static final int MAX_HISTORY = 24;
    /** Fewer iterations would make a stolen database cheap to crack. */
    static final int MIN_ITERATIONS = 100_000;

    static final SecuritySettings DEFAULTS = new SecuritySettings(12, Duration.ofDays(90), 5, 5,
            Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15), 310_000, "admin");

    PasswordPolicy policy() {
        return new PasswordPolicy(minLength, validity, history, maxFailures, failureWindow, lockout, idleTimeout);
    }

    /**
     * Reads the configuration; each refused key is reported to {@code refused} (key, reason) and keeps its value
     * from {@code previous}.
     */
    static SecuritySettings from(SecurityConfig config, SecuritySettings previous, BiConsumer<String, String> refused) {
        Reader r = new Reader(refused);
        return new SecuritySettings(
                r.integer("minLength", config::minLength, MIN_MIN_LENGTH, PasswordRules.MAX_LENGTH, previous.minLength),
                r.duration("passwordValidity", config::passwordValidity, previous.validity),
                r.integer("history", config::history, 0, MAX_HISTORY, previous.history),
                r.integer("maxFailures", config::maxFailures, 1, 100, previous.maxFailures),
                r.duration("failureWindow", config::failureWindow, previous.failureWindow),
                r.duration("lockout", config::lockout, previous.lockout),
                r.duration("idleTimeout", config::idleTimeout, previous.idleTimeout),
                r.integer("pbkdf2Iterations", config::pbkdf2Iterations, MIN_ITERATIONS, PasswordHashing.MAX_ITERATIONS,
                        previous.iterations),
                r.login("firstAdminLogin", config::firstAdminLogin, previous.firstAdminLogin));
    }

    /**
     * An ISO-8601 duration ({@code PT15M}, {@code P90D}) or a period of days or weeks ({@code P2W}); months and
     * years are refused because their length varies.
     *
     * @throws IllegalArgumentException when the text is neither, or not positive
     */
    static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        String t = text.strip();
        Duration d;
        try {
            d = Duration.parse(t);
        } catch (DateTimeParseException notADuration) {
            Period p;
            try {
                p = Period.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO-8601 duration (e.g. PT15M, P90D)");
            }
            if (p.getYears() != 0 || p.getMonths() != 0) {
                throw new IllegalArgumentException("months and years have no fixed length: give days (e.g. P90D)");
            }
            d = Duration.ofDays(p.getDays());
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("must be positive");
        }
        return d;
    }

    /** As configured: whole days as {@code P90D} rather than Duration's {@code PT2160H}. */
    static String describe(Duration d) {
        return !d.isZero() && d.toSeconds() % 86_400 == 0 && d.toNanosPart() == 0 ? "P" + d.toDays() + "D" : d.toString();
    }

    private record Reader(BiConsumer<String, String> refused) {

        int integer(String key, Supplier<Integer> value, int min, int max, int previous) {
            int v;
            try {
                v = value.get();
            } catch (RuntimeException e) {
                // the configuration admin could not convert the text to a number
                refused.accept(key, "not a whole number");
                return previous;
            }
            if (v < min || v > max) {
                refused.accept(key, "must be " + min + ".." + max + ", got " + v);
                return previous;
            }
            return v;
        }

        Duration duration(String key, Supplier<String> value, Duration previous) {
            try {
                return parseDuration(value.get());
            } catch (RuntimeException e) {
                refused.accept(key, e.getMessage());
                return previous;
            }
        }

        String login(String key, Supplier<String> value, String previous) {
            String v;
            try {
                v = value.get();
            } catch (RuntimeException e) {
                refused.accept(key, "unreadable");
                return previous;
            }
            // the staff directory's rule for login names
            if (v == null || !v.strip().matches("[A-Za-z0-9._@-]{1,64}")) {
                refused.accept(key, "must be 1-64 letters, digits or . _ @ -");
                return previous;
            }
            return v.strip();
        }
    }
}
