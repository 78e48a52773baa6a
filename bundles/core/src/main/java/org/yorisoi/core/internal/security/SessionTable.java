package org.yorisoi.core.internal.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions in memory, by token, with their idle rule. Time comes in as an argument, so the rules can be
 * tested at any instant. Thread-safe: every change of one session is one atomic map operation.
 */
final class SessionTable {

    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN_ENCODER = Base64.getUrlEncoder().withoutPadding();

    /**
     * One live session. Holds ids only: the caller's grants are read again at every use.
     *
     * @param createdAt when it was opened: a password set after it ends the session
     */
    record Entry(String token, String personId, String login, Instant createdAt, Instant lastUsed) {
        Instant expiresAt(Duration idleTimeout) {
            return lastUsed.plus(idleTimeout);
        }

        boolean idleAt(Instant now, Duration idleTimeout) {
            return now.isAfter(expiresAt(idleTimeout));
        }
    }

    /** What {@link #touch} found. */
    sealed interface Lookup {
    }

    /** A live session, its idle time-out restarted. */
    record Live(Entry entry) implements Lookup {
    }

    /** The session was idle too long and has been removed. */
    record Idle(Entry entry) implements Lookup {
    }

    /** No such session. */
    record Unknown() implements Lookup {
    }

    private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return TOKEN_ENCODER.encodeToString(bytes);
    }

    Entry open(String personId, String login, Instant now) {
        Entry entry = new Entry(newToken(), personId, login, now, now);
        // 256 random bits do not collide; should the generator ever repeat, do not hand out someone else's session
        if (sessions.putIfAbsent(entry.token(), entry) != null) {
            throw new IllegalStateException("session token collision");
        }
        return entry;
    }

    /** Restarts the idle time-out of a live session; an idle one is removed. */
    Lookup touch(String token, Instant now, Duration idleTimeout) {
        if (token == null) {
            return new Unknown();
        }
        Lookup[] result = {new Unknown()};
        sessions.computeIfPresent(token, (t, entry) -> {
            if (entry.idleAt(now, idleTimeout)) {
                result[0] = new Idle(entry);
                return null;
            }
            Entry used = new Entry(entry.token(), entry.personId(), entry.login(), entry.createdAt(),
                    now.isAfter(entry.lastUsed()) ? now : entry.lastUsed());
            result[0] = new Live(used);
            return used;
        });
        return result[0];
    }

    Optional<Entry> remove(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(sessions.remove(token));
    }

    /** Removes every session of the person. */
    List<Entry> removeAll(String personId) {
        List<Entry> removed = new ArrayList<>();
        for (Entry entry : sessions.values()) {
            if (entry.personId().equals(personId) && sessions.remove(entry.token(), entry)) {
                removed.add(entry);
            }
        }
        return removed;
    }

    /** Removes the sessions idle too long at {@code now}. */
    List<Entry> removeIdle(Instant now, Duration idleTimeout) {
        List<Entry> removed = new ArrayList<>();
        for (Entry entry : sessions.values()) {
            if (entry.idleAt(now, idleTimeout) && sessions.remove(entry.token(), entry)) {
                removed.add(entry);
            }
        }
        return removed;
    }

    int size() {
        return sessions.size();
    }
}
