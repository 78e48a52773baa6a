package org.yorisoi.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

/**
 * An authenticated person making a request, with the role grants in effect today.
 *
 * @param personId the person's id in the staff directory
 * @param login the login name
 * @param displayName the name shown on screens
 * @param grants the grants in effect today (already filtered by date)
 * @param origin the client address, {@code console} or {@code ssh:<address>}, or null when not known
 */
public record Caller(String personId, String login, String displayName, List<RoleGrant> grants, String origin) {

    public Caller {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        grants = List.copyOf(grants);
    }

    /** True when the caller holds the permission under the contract (for platform permissions: at all). */
    public boolean may(Permission permission, String contractId) {
        return permission.heldBy(this, contractId);
    }

    /** True when a grant of the role applies under the contract. */
    public boolean holds(Role role, String contractId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.appliesTo(contractId));
    }

    /** True when a grant of the role holds under every contract. */
    public boolean holdsEverywhere(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role && RoleGrant.EVERY_CONTRACT.equals(g.contractId()));
    }

    /** The organisation (a recipient id of the contract) of the caller's municipal-viewer grant under the contract. */
    public Optional<String> viewerOrganisation(String contractId) {
        return grants.stream()
                .filter(g -> g.role() == Role.MUNICIPAL_VIEWER && g.contractId().equals(contractId))
                .map(RoleGrant::organisation).filter(Objects::nonNull).findFirst();
    }

    /** The same caller seen from another origin. */
    public Caller from(String newOrigin) {
        return new Caller(personId, login, displayName, grants, newOrigin);
    }
}
