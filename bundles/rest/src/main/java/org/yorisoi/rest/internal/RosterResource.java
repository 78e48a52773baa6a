package org.yorisoi.rest.internal;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
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
import org.yorisoi.audit.AuditLog;
import org.yorisoi.rest.internal.RosterDto.RosterSheetView;
import org.yorisoi.rest.internal.RosterDto.RosterSubmissionView;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Roster;
import org.yorisoi.staff.RosterSheet;
import org.yorisoi.staff.RosterSubmission;

/** A contract's staff roster (従事者名簿) as JSON, and the record of its submissions to the municipality. */
@Component(service = RosterResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "roster", description = "A contract's staff roster, marked against the last submission; its submissions")
public class RosterResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String ID_DESCRIPTION = "the contract id, e.g. kyoto";

    private final Roster roster;
    private final AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public RosterResource(@Reference Roster roster, @Reference AuditLog audit) {
        this.roster = roster;
        this.audit = audit;
    }

    @GET
    @RequiresPermission(Permission.ROSTER_EXPORT)
    @Operation(summary = "The roster as of today, each row marked NEW, CHANGED or UNCHANGED since the last submission",
            operationId = "getRoster",
            description = "Persons with a grant under the contract in effect today or starting later, in the roles the "
                    + "contract's roster lists; persons on the last submission no longer on it under `removed`. "
                    + "Audited as an export.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the roster",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = RosterSheetView.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public RosterSheetView get(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                               @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        RosterSheet sheet = roster.roster(id);
        StaffAudit.success(audit, caller, servletRequest, id, AuditActions.EXPORT, "json", "roster");
        return RosterSheetView.of(sheet);
    }

    @POST
    @Path("submissions")
    @RequiresPermission(Permission.ROSTER_SUBMIT)
    @Operation(summary = "Record that the roster as of now was submitted to the municipality", operationId = "submitRoster",
            description = "Keeps a fingerprint of every row; later rosters are marked against this submission. "
                    + "Download and submit the same roster: record the submission right after sending the file.",
            responses = {
                @ApiResponse(responseCode = "201", description = "recorded, with what changed since the submission before",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = RosterSubmissionView.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response submit(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                           @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        RosterSubmission s = roster.submit(id, caller.login());
        StaffAudit.success(audit, caller, servletRequest, id, AuditActions.WRITE, "roster-submission=" + s.id(),
                "persons=" + s.persons() + " added=" + s.added() + " changed=" + s.changed() + " removed=" + s.removed());
        return Response.status(201).entity(RosterSubmissionView.of(s)).build();
    }

    @GET
    @Path("submissions")
    @RequiresPermission(Permission.ROSTER_EXPORT)
    @Operation(summary = "The contract's roster submissions, newest first", operationId = "listRosterSubmissions",
            responses = {
                @ApiResponse(responseCode = "200", description = "the submissions",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = RosterSubmissionView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: not deployed and no submissions",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<RosterSubmissionView> submissions(
            @Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id) {
        return roster.submissions(id).stream().map(RosterSubmissionView::of).toList();
    }
}
