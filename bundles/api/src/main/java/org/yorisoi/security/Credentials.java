package org.yorisoi.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Passwords of the persons in the staff directory: hashed with PBKDF2-HMAC-SHA256 and a random salt, checked
 * against the {@link PasswordPolicy}, with lockout after repeated failures. Every attempt and change is audited
 * ({@code login}, {@code login-failed}, {@code account-change}); no password or hash ever reaches a log, an
 * exception message or the audit log.
 *
 * @throws IllegalArgumentException from the mutating methods, saying what is wrong (unknown person, password
 *         too short, reused, the old password wrong ...)
 */
@ProviderType
public interface Credentials {

    /**
     * Checks a login. Refused (and audited as {@code login-failed} with the reason) when the name is unknown, the
     * password wrong, the account locked, deactivated or without role in effect today, or the password expired.
     * A wrong password counts towards the lockout; reaching {@link PasswordPolicy#maxFailures} within the window
     * locks the account for {@link PasswordPolicy#lockout}. Success resets the count.
     *
     * @param origin where the attempt came from (client address, {@code console}, {@code ssh:...})
     */
    LoginResult authenticate(String login, char[] password, String origin);

    /**
     * Sets a person's password as an administrator. With {@code temporary} the password must be changed at the
     * first login (it is expired from the start). Clears a lock. Ends the person's sessions.
     */
    AccountStatus setPassword(String personId, char[] password, boolean temporary, String actor);

    /**
     * The person changes their own password, also when it has expired: the old one must be right (and the
     * account not locked), the new one must meet the policy and differ from the last {@link PasswordPolicy#history}.
     */
    AccountStatus changePassword(String login, char[] oldPassword, char[] newPassword, String origin);

    /** Lifts a lock and clears the failure count. */
    AccountStatus unlock(String personId, String actor);

    /**
     * The caller for a login name already authenticated elsewhere (a console or SSH session), with the grants in
     * effect today; empty when the account is not in good standing: unknown, deactivated, without role in effect,
     * locked, or its password expired. Console commands call this on every use, so that a revoked account's live
     * session stops working at its next command.
     */
    java.util.Optional<Caller> callerOf(String login, String origin);

    /** The credentials' state of a person. */
    AccountStatus status(String personId);

    /** The policy in force. */
    PasswordPolicy policy();
}
