package org.yorisoi.rest.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.yorisoi.contract.spi.Role;
import org.yorisoi.rest.internal.StaffDto.ShiftRequest;
import org.yorisoi.rest.internal.StaffDto.ShiftView;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.StaffDirectory;
import org.yorisoi.staff.Staffing;

/** Shifts under a contract: who is on duty in which role when. */
@Component(service = StaffShiftsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing", description = "Eligibility, shifts and staffing checks under a contract")
public class StaffShiftsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String ID_DESCRIPTION = "the contract id, e.g. kyoto";
    /** Wide enough for any shift a contract will have: a shift is found by id without knowing when it is. */
    static final OffsetDateTime EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    static final OffsetDateTime LATEST = OffsetDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));

    private final Staffing staffing;
    private final StaffDirectory directory;
    private final AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public StaffShiftsResource(@Reference Staffing staffing, @Reference StaffDirectory directory,
                               @Reference AuditLog audit) {
        this.staffing = staffing;
        this.directory = directory;
        this.audit = audit;
    }

    @GET
    @RequiresPermission(Permission.STAFFING_READ)
    @Operation(summary = "Shifts touching the days `from`..`to` (both included, Tokyo), by start then person",
            operationId = "listShifts",
            responses = {
                @ApiResponse(responseCode = "200", description = "the shifts",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ShiftView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `from` or `to` missing or not YYYY-MM-DD; "
                        + "BAD_RANGE: `to` before `from` or the range too long",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ShiftView> list(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                                @Parameter(description = "first day, YYYY-MM-DD", required = true, example = "2025-06-02",
                                        schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
                                @Parameter(description = "last day (inclusive), YYYY-MM-DD", required = true, example = "2025-06-08",
                                        schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
        OffsetDateTime[] span = StaffParams.days("from", from, "to", to);
        return views(staffing.shifts(id, span[0], span[1]));
    }

    private List<ShiftView> views(List<Shift> shifts) {
        Map<String, Optional<Person>> persons = new HashMap<>();
        return shifts.stream()
                .map(s -> ShiftView.of(s, persons.computeIfAbsent(s.personId(), directory::person).orElse(null)))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SHIFT_MANAGE)
    @Operation(summary = "Assign a shift", operationId = "assignShift",
            description = "Refused when the person may not work the role under the contract on every day the shift "
                    + "touches, or already has a shift (under any contract) sharing an instant with it.",
            responses = {
                @ApiResponse(responseCode = "201", description = "assigned",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ShiftView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: missing field, unknown person or role, "
                        + "malformed time; BAD_RANGE: not eligible (the reasons), overlapping shift, too long",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response assign(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                           ShiftRequest body, @Context SecurityContext security) {
        StaffParams.body(body);
        Caller caller = Callers.of(security);
        Person person = StaffParams.person(directory, "personId", body.personId());
        Role role = StaffParams.enumValue("role", Role.class, body.role());
        Shift shift = staffing.assign(person.id(), id, role, StaffParams.dateTime("start", body.start()),
                StaffParams.dateTime("end", body.end()), caller.login());
        StaffAudit.success(audit, caller, servletRequest, id, AuditActions.WRITE, "shift=" + shift.id(),
                "shift-assigned person=" + person.id() + " role=" + role);
        return Response.status(201).entity(ShiftView.of(shift, person)).build();
    }

    @DELETE
    @Path("{shiftId}")
    @RequiresPermission(Permission.SHIFT_MANAGE)
    @Operation(summary = "Cancel a shift of the contract", operationId = "cancelShift",
            responses = {
                @ApiResponse(responseCode = "204", description = "cancelled"),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed; "
                        + "NOT_FOUND: no such shift under the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response cancel(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
                           @PathParam("shiftId") String shiftId, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        // the permission holds under the path's contract: the shift must be one of that contract's
        Shift shift = shiftOf(staffing, id, shiftId).orElseThrow(() -> new NotFoundException("no shift " + shiftId));
        if (!staffing.cancel(shift.id(), caller.login())) {
            throw new NotFoundException("no shift " + shiftId);
        }
        StaffAudit.success(audit, caller, servletRequest, id, AuditActions.DELETE, "shift=" + shift.id(),
                "shift-cancelled person=" + shift.personId() + " role=" + shift.role());
        return Response.noContent().build();
    }

    /** The contract's shift with this id. */
    static Optional<Shift> shiftOf(Staffing staffing, String contractId, String shiftId) {
        return staffing.shifts(contractId, EARLIEST, LATEST).stream().filter(s -> s.id().equals(shiftId)).findFirst();
    }
}
