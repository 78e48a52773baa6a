package org.yorisoi.core.internal.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

/**
 * The role principals a login through the {@code yorisoi} realm carries: the marker {@value #MARKER}, each Yorisoi
 * role in lower case, and the Karaf roles its holders need on the console and JMX. Only the platform-running roles
 * get into Karaf at all: a counselor or municipal viewer has no business on the OSGi console.
 */
final class RealmRoles {

    /** Tells the console code that this realm, i.e. a person of the staff directory, authenticated the session. */
    static final String MARKER = "yorisoi";

    private RealmRoles() {
    }

    static Set<String> of(Collection<RoleGrant> grantsInEffect) {
        Set<String> roles = new TreeSet<>();
        roles.add(MARKER);
        for (RoleGrant grant : grantsInEffect) {
            roles.add(grant.role().name().toLowerCase(Locale.ROOT));
            roles.addAll(karafRoles(grant.role()));
        }
        return roles;
    }

    /** Karaf's own roles: {@code admin}, {@code manager}, {@code viewer} (command and JMX ACLs), {@code ssh} (sshRole). */
    static Set<String> karafRoles(Role role) {
        return switch (role) {
            case ADMIN -> Set.of("admin", "manager", "viewer", "ssh");
            case SYSTEM_MANAGER -> Set.of("manager", "viewer", "ssh");
            case CONTRACT_MANAGER, LEAD -> Set.of("viewer", "ssh");
            default -> Set.of();
        };
    }
}
