package org.yorisoi.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Roster;

/** A contract's staff roster as a xlsx download; every download is audited as an export. */
@Component(service = RosterXlsxResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/roster.xlsx")
@Tag(name = "roster", description = "A contract's staff roster, marked against the last submission; its submissions")
public class RosterXlsxResource {

    private final Roster roster;
    private final AuditLog audit;
    private final PlatformClock clock;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public RosterXlsxResource(@Reference Roster roster, @Reference AuditLog audit, @Reference PlatformClock clock) {
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Produces(RosterDownload.XLSX)
    @RequiresPermission(Permission.ROSTER_EXPORT)
    @Operation(summary = "The roster as an Excel workbook (an attachment named roster-<id>-<yyyyMMdd>.xlsx)", operationId = "getRosterXlsx",
            description = "An Excel workbook with the same columns as the CSV: bold frozen header, new and changed rows highlighted, removed persons struck through. Audited as an export.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the file",
                        content = @Content(mediaType = RosterDownload.XLSX, schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response download(@Parameter(description = RosterResource.ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                             @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        byte[] file = roster.xlsx(id);
        return RosterDownload.send(audit, caller, servletRequest, id, "xlsx",
                RosterDownload.fileName(id, clock, "xlsx"), RosterDownload.XLSX, file);
    }
}
