package org.yorisoi.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * A person in the staff directory: operator staff, municipal viewers and administrators alike.
 *
 * @param id random UUID, stable for the life of the person
 * @param loginName unique login name
 * @param displayName name shown on rosters and screens
 * @param active false once the person has been deactivated (left, or access revoked); never reactivated
 * @param createdAt when the person was created
 */
public record Person(String id, String loginName, String displayName, boolean active, Instant createdAt) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
