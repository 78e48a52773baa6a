package org.yorisoi.staff;

import java.util.Objects;

/**
 * A person who was on the roster last submitted under a contract and is not on the current one. The names are
 * those submitted then, which is how the municipality knows the person.
 *
 * @param personId the person
 * @param loginName the login name as submitted
 * @param displayName the name as submitted
 */
public record RosterRemoval(String personId, String loginName, String displayName) {
    public RosterRemoval {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(displayName, "displayName");
    }
}
