package org.yorisoi.rest.internal;

import java.time.format.DateTimeFormatter;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Caller;

/** A roster file leaving the platform: audited as an export before it is sent, offered as a named attachment. */
final class RosterDownload {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private RosterDownload() {
    }

    /** {@code roster-<contract>-<yyyyMMdd>.<extension>}, the day in Tokyo. */
    static String fileName(String contractId, PlatformClock clock, String extension) {
        return "roster-" + contractId + "-" + clock.nowInTokyo().format(DAY) + "." + extension;
    }

    /** Records the export (no entry, no file: a failing audit log fails the request) and builds the response. */
    static Response send(AuditLog audit, Caller caller, HttpServletRequest request, String contractId,
                         String format, String fileName, String mediaType, byte[] content) {
        StaffAudit.success(audit, caller, request, contractId, AuditActions.EXPORT, format, "roster file=" + fileName);
        // contract ids are [a-z0-9-]: the name needs no quoting beyond the quotes
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
