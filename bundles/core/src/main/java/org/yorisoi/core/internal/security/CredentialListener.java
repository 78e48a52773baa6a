package org.yorisoi.core.internal.security;

/**
 * Told when a person's password is replaced. The session registry ends the person's sessions; the first-admin
 * set-up deletes its one-time password file. Listeners register with {@link AccountStanding}, which they
 * reference anyway: a service reference back from the credentials would make a cycle.
 */
interface CredentialListener {

    /**
     * Called after the new password is stored.
     *
     * @param byOwner true when the person changed it (knowing the old one), false when an administrator set it
     */
    void passwordReplaced(String personId, String login, boolean byOwner);
}
