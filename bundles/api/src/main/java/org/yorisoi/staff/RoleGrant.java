package org.yorisoi.staff;

import java.time.LocalDate;
import java.util.Objects;

import org.yorisoi.contract.spi.Role;

/**
 * A role granted to a person under a contract for a span of days (both ends included, Asia/Tokyo).
 *
 * @param personId the person
 * @param contractId the contract, or {@link #EVERY_CONTRACT} ({@code "*"}), allowed only for
 *                   {@link Role#ADMIN} and {@link Role#SYSTEM_MANAGER}
 * @param role the role
 * @param from first day the grant is in effect
 * @param until last day the grant is in effect, or {@code null} for open-ended
 * @param organisation for {@link Role#MUNICIPAL_VIEWER}: the recipient id of the contract the viewer works for
 *                     (e.g. {@code kyoto-city-board}), which decides the consultations the viewer may read; null
 *                     for the other roles
 */
public record RoleGrant(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                        String organisation) {

    /** The contract id of a grant that holds under every contract. */
    public static final String EVERY_CONTRACT = "*";

    public RoleGrant {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("grant ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** A grant without organisation. */
    public RoleGrant(String personId, String contractId, Role role, LocalDate from, LocalDate until) {
        this(personId, contractId, role, from, until, null);
    }

    /** True when the grant is in effect on the day. */
    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /** True when the grant holds under the contract (its own id, or every contract). */
    public boolean appliesTo(String contract) {
        return EVERY_CONTRACT.equals(contractId) || contractId.equals(contract);
    }
}
