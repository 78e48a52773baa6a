package org.yorisoi.security;

/** How a login attempt ended. Callers tell the user only OK, PASSWORD_EXPIRED or a generic refusal. */
public enum LoginOutcome {
    /** Authenticated. */
    OK,
    /** Unknown login name or wrong password (indistinguishable to the user). */
    BAD_CREDENTIALS,
    /** Too many failures: locked until the lock expires or an administrator unlocks. */
    LOCKED,
    /** The password is right but its validity period has ended (or it was a temporary one): change it first. */
    PASSWORD_EXPIRED,
    /** The person was deactivated (left, or access revoked), or holds no role in effect. */
    INACTIVE,
    /** No password has been set for the person. */
    NO_PASSWORD
}
