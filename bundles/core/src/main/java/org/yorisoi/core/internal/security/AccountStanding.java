package org.yorisoi.core.internal.security;

import java.time.Instant;
import java.util.Optional;

import org.yorisoi.security.Caller;
import org.yorisoi.security.PasswordPolicy;

/** The credentials' side the session registry and the first-admin set-up need beyond {@code Credentials}. */
interface AccountStanding {

    /**
     * The caller with the grants in effect now and when the password was last set; empty when the account is not in
     * good standing (as {@code Credentials.callerOf}).
     */
    Optional<Standing> standing(String login, String origin);

    PasswordPolicy policy();

    void addListener(CredentialListener listener);

    void removeListener(CredentialListener listener);

    /**
     * An account in good standing.
     *
     * @param passwordSetAt when the password was last set or changed: a session opened before it is over
     */
    record Standing(Caller caller, Instant passwordSetAt) {
    }
}
