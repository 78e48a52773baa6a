package org.yorisoi.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.security.Caller;
import org.yorisoi.staff.RoleGrant;

/** The caller contexts and audit log of the resource tests; the staff services are {@link org.yorisoi.testkit.StaffDoubles}. */
final class StaffFakes {

    private StaffFakes() {
    }

    /** The security context the authorization filter would set for this caller. */
    static SecurityContext as(String login, RoleGrant... grants) {
        return new AuthorizationFilter.CallerContext(new Caller("id-" + login, login, login, List.of(grants), null), true);
    }

    static SecurityContext admin() {
        return as("admin", new RoleGrant("id-admin", RoleGrant.EVERY_CONTRACT, Role.ADMIN, LocalDate.MIN, null));
    }

    static final class Audit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();
        boolean failing;

        @Override
        public AuditEntry record(AuditEvent event) {
            if (failing) {
                throw new IllegalStateException("audit log unavailable");
            }
            events.add(event);
            return null;
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    }
}
