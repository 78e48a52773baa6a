package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/** Searching and verifying the audit log (system managers and administrators). */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The hash-chained audit log")
public class AuditResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    public record EntryView(long sequence, @Schema(format = "date-time") String at, String actor, String origin,
                            String contractId, String action, String target, String outcome, String detail,
                            String hash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.sequence(), SecurityDto.format(e.at()), e.actor(), e.origin(), e.contractId(),
                    e.action(), e.target(), e.outcome().name(), e.detail(), e.hash());
        }
    }

    public record VerificationView(boolean intact, long entriesChecked, Long firstBadSequence, String problem) {
        static VerificationView of(AuditVerification v) {
            return new VerificationView(v.intact(), v.entriesChecked(), v.firstBadSequence(), v.problem());
        }
    }

    @GET
    @RequiresPermission(Permission.AUDIT_READ)
    @Operation(summary = "Search the audit log, newest first", operationId = "searchAudit",
            description = "All criteria optional; those given must all match. The search itself is audited.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the entries",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = EntryView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: a time or the limit is malformed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<EntryView> search(
            @Parameter(description = "the user (login name, or `system`)") @QueryParam("actor") String actor,
            @Parameter(description = "contract id") @QueryParam("contract") String contract,
            @Parameter(description = "action, e.g. login-failed, content-read") @QueryParam("action") String action,
            @Parameter(description = "entries at or after, ISO-8601 with offset") @QueryParam("from") String from,
            @Parameter(description = "entries before, ISO-8601 with offset") @QueryParam("to") String to,
            @Parameter(description = "at most this many, 1.." + AuditQuery.MAX_LIMIT + ", default 100") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Instant fromInstant = from == null ? null : Params.dateTime("from", from).toInstant();
        Instant toInstant = to == null ? null : Params.dateTime("to", to).toInstant();
        int max = 100;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new BadParameterException("limit", "expected a whole number 1.." + AuditQuery.MAX_LIMIT);
            }
        }
        AuditQuery query = new AuditQuery(blank(actor), blank(contract), blank(action), fromInstant, toInstant, max);
        List<EntryView> found = audit.search(query).stream().map(EntryView::of).toList();
        audit.record(new AuditEvent(caller.login(), servletRequest == null ? null : servletRequest.getRemoteAddr(),
                query.contractId(), AuditActions.AUDIT_SEARCHED, null, AuditEvent.Outcome.SUCCESS,
                "actor=" + query.actor() + " action=" + query.action() + " from=" + from + " to=" + to
                        + " results=" + found.size()));
        return found;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @POST
    @Path("verification")
    @RequiresPermission(Permission.AUDIT_READ)
    @Operation(summary = "Verify the whole hash chain", operationId = "verifyAudit",
            description = "Detects a changed, deleted or inserted row. The result is itself audited.",
            responses = @ApiResponse(responseCode = "200", description = "the result",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = VerificationView.class))))
    public VerificationView verify() {
        return VerificationView.of(audit.verify());
    }
}
