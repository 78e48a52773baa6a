package org.yorisoi.staff;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.yorisoi.contract.spi.Role;

/**
 * A person on duty in one role under one contract, from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param id random UUID
 * @param personId the person
 * @param contractId the contract
 * @param role the role counted; a person is counted in one role only
 * @param start start, at +09:00
 * @param end end, at +09:00, after {@code start}
 */
public record Shift(String id, String personId, String contractId, Role role, OffsetDateTime start,
                    OffsetDateTime end) {
    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("shift ends (" + end + ") before or when it starts (" + start + ")");
        }
    }

    /** True when the two shifts share an instant. */
    public boolean overlaps(OffsetDateTime otherStart, OffsetDateTime otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
