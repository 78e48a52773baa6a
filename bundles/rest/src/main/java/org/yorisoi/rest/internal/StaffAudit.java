package org.yorisoi.rest.internal;

import javax.servlet.http.HttpServletRequest;

import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.security.Caller;

/**
 * Audit entries of the staff, staffing and roster endpoints: ids and enum names only, never names, certificate
 * numbers or notes (the staff directory's own history keeps those).
 */
final class StaffAudit {

    private StaffAudit() {
    }

    static String origin(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }

    static void success(AuditLog audit, Caller caller, HttpServletRequest request, String contractId, String action,
                        String target, String detail) {
        audit.record(new AuditEvent(caller.login(), origin(request), contractId, action, target,
                AuditEvent.Outcome.SUCCESS, detail));
    }
}
