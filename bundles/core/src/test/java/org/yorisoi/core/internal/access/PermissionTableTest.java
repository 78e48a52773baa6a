package org.yorisoi.core.internal.access;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.RoleGrant;

public class PermissionTableTest {

    private static Caller holding(String contract, Role role) {
        return new Caller("p", "p", "P", List.of(new RoleGrant("p", contract, role, LocalDate.parse("2026-01-01"), null,
                role == Role.MUNICIPAL_VIEWER ? "org" : null)), null);
    }

    @Test
    public void contractPermissionHoldsOnlyUnderTheGrantedContract() {
        Caller kyotoCounselor = holding("kyoto", Role.COUNSELOR);
        assertTrue(kyotoCounselor.may(Permission.CONTENT_READ, "kyoto"));
        assertFalse(kyotoCounselor.may(Permission.CONTENT_READ, "asahikawa"));
    }

    @Test
    public void everyContractGrantGivesContractPermissionsEverywhere() {
        Caller admin = holding(RoleGrant.EVERY_CONTRACT, Role.ADMIN);
        assertTrue(admin.may(Permission.DATA_ERASE, "kyoto"));
        assertTrue(admin.may(Permission.DATA_ERASE, "sakai"));
    }

    @Test
    public void platformPermissionNeedsAGrantUnderEveryContract() {
        assertTrue(holding(RoleGrant.EVERY_CONTRACT, Role.SYSTEM_MANAGER).may(Permission.AUDIT_READ, null));
        assertFalse(holding("kyoto", Role.SYSTEM_MANAGER).may(Permission.AUDIT_READ, "kyoto"));
    }

    @Test
    public void noRoleHoldsAPermissionNotListedForIt() {
        for (Permission p : Permission.values()) {
            for (Role role : Role.values()) {
                boolean listed = p.roles().contains(role);
                assertTrue(p + " " + role, listed || !holding(RoleGrant.EVERY_CONTRACT, role).may(p, "kyoto"));
            }
        }
    }

    @Test
    public void administratorsAndSystemManagersNeverReadOrWriteConsultationContent() {
        for (Role role : List.of(Role.ADMIN, Role.SYSTEM_MANAGER)) {
            assertFalse(Permission.CONTENT_READ.roles().contains(role));
            assertFalse(Permission.CONTENT_WRITE.roles().contains(role));
        }
    }

    @Test
    public void callerWithoutGrantsHoldsNothing() {
        Caller nobody = new Caller("p", "p", "P", List.of(), null);
        for (Permission p : Permission.values()) {
            assertFalse(p.name(), nobody.may(p, "kyoto"));
        }
    }
}
