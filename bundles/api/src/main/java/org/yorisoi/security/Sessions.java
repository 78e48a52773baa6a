package org.yorisoi.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Login sessions with an idle time-out ({@link PasswordPolicy#idleTimeout}). A session stops working at once when
 * its person is deactivated, loses every role in effect, is locked or has their password reset or expired: each
 * use re-reads the person's state. Sessions live in memory: a restart ends them all.
 */
@ProviderType
public interface Sessions {

    /** Opens a session for an authenticated caller. */
    Session open(Caller caller);

    /**
     * The session's caller with the grants in effect now, and the idle time-out restarted; empty (and the session
     * ended) when unknown, idle too long, or the account no longer in good standing. An expiry is audited.
     */
    Optional<Caller> use(String token, String origin);

    /** Ends a session (logout); audited. False when there was none. */
    boolean close(String token, String origin);

    /** Ends every session of a person; returns how many. */
    int closeAll(String personId);

    /** Number of live sessions. */
    int count();
}
