package org.yorisoi.core.internal.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

/** Validation of directory input and the arithmetic of revocations. Pure, so it is tested without a database. */
final class StaffRules {

    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final Pattern CONTRACT_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private StaffRules() {
    }

    static String login(String loginName) {
        if (loginName == null || !LOGIN.matcher(loginName).matches()) {
            throw new IllegalArgumentException("login name must be 1-64 letters, digits or . _ @ -: '" + loginName + "'");
        }
        return loginName;
    }

    static String text(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return v;
    }

    static String optionalText(String what, String value, int max) {
        return value == null || value.isBlank() ? null : text(what, value, max);
    }

    static String contractId(String contractId) {
        if (contractId == null || !CONTRACT_ID.matcher(contractId).matches()) {
            throw new IllegalArgumentException("not a contract id: '" + contractId + "'");
        }
        return contractId;
    }

    /**
     * The organisation of a new grant: required for a municipal viewer (whose reading is scoped by it), refused for
     * every other role.
     */
    static String organisation(Role role, String organisation) {
        String org = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (role == Role.MUNICIPAL_VIEWER && org == null) {
            throw new IllegalArgumentException("a MUNICIPAL_VIEWER grant names the viewer's organisation "
                    + "(a recipient id of the contract, e.g. kyoto-city-board)");
        }
        if (role != Role.MUNICIPAL_VIEWER && org != null) {
            throw new IllegalArgumentException("only a MUNICIPAL_VIEWER grant names an organisation, not " + role);
        }
        if (org != null && !org.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("organisation must be a recipient id (lower-case letters, digits, '-')");
        }
        return org;
    }

    /** Checks a new grant against the role's scope and the person's existing grants. */
    static void checkGrant(RoleGrant grant, List<RoleGrant> existing) {
        boolean everyContract = RoleGrant.EVERY_CONTRACT.equals(grant.contractId());
        if (everyContract && grant.role() != Role.ADMIN && grant.role() != Role.SYSTEM_MANAGER) {
            throw new IllegalArgumentException("role " + grant.role() + " is granted per contract, not for '*'");
        }
        if (!everyContract) {
            contractId(grant.contractId());
        }
        if (grant.role() == Role.ADMIN && !everyContract) {
            throw new IllegalArgumentException("role ADMIN is granted for every contract ('*') only, not for '"
                    + grant.contractId() + "'");
        }
        for (RoleGrant g : existing) {
            if (g.role() == grant.role() && g.contractId().equals(grant.contractId()) && overlap(g, grant)) {
                throw new IllegalArgumentException("role " + grant.role() + " under '" + grant.contractId()
                        + "' is already granted from " + g.from() + (g.until() == null ? "" : " until " + g.until()));
            }
        }
    }

    static boolean overlap(RoleGrant a, RoleGrant b) {
        return (a.until() == null || !a.until().isBefore(b.from())) && (b.until() == null || !b.until().isBefore(a.from()));
    }

    /**
     * The grant as it is after being ended so that it is not in effect from {@code today} on; {@code null} when it
     * had not begun and is withdrawn; the grant itself when it had ended already.
     */
    static RoleGrant endedBefore(RoleGrant grant, LocalDate today) {
        if (grant.until() != null && grant.until().isBefore(today)) {
            return grant;
        }
        if (!grant.from().isBefore(today)) {
            return null;
        }
        return new RoleGrant(grant.personId(), grant.contractId(), grant.role(), grant.from(), today.minusDays(1),
                grant.organisation());
    }
}
