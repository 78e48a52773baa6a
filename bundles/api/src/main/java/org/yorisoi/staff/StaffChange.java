package org.yorisoi.staff;

import java.time.Instant;

/**
 * One change to the staff directory, kept for ever (rows are only inserted).
 *
 * @param sequence increasing number, orders changes
 * @param personId the person changed
 * @param at when
 * @param actor the acting user's name
 * @param what what happened, e.g. {@code PERSON_CREATED}, {@code ROLE_GRANTED}, {@code ROLE_REVOKED},
 *             {@code ROLE_WITHDRAWN} (a grant not begun yet, removed),
 *             {@code QUALIFICATION_ADDED}, {@code QUALIFICATION_VERIFIED}, {@code EXPERIENCE_ADDED},
 *             {@code APPROVAL_ADDED}, {@code PERSON_DEACTIVATED}, {@code SHIFT_ASSIGNED}, {@code SHIFT_CANCELLED}
 * @param detail ids and values of the change, never secrets
 */
public record StaffChange(long sequence, String personId, Instant at, String actor, String what, String detail) {
}
