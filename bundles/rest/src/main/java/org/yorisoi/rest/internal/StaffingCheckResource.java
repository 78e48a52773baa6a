package org.yorisoi.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

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
import org.yorisoi.rest.internal.StaffDto.ShortfallView;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Staffing;

/** The staffed windows of a contract that fall short of its staffing rules. */
@Component(service = StaffingCheckResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/staffing-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing", description = "Eligibility, shifts and staffing checks under a contract")
public class StaffingCheckResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final Staffing staffing;

    @Activate
    public StaffingCheckResource(@Reference Staffing staffing) {
        this.staffing = staffing;
    }

    @GET
    @RequiresPermission(Permission.STAFFING_READ)
    @Operation(summary = "Every span of the staffed openings on the days `from`..`to` (both included) where a "
            + "staffing rule is not met", operationId = "checkStaffing",
            description = "Empty when every opening is staffed as the contract requires. Shifts of deactivated "
                    + "persons do not count.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the shortfalls, by start",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ShortfallView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `from` or `to` missing or not YYYY-MM-DD; "
                        + "BAD_RANGE: `to` before `from` or the range too long",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ShortfallView> check(
            @Parameter(description = "the contract id, e.g. kyoto", example = "kyoto") @PathParam("id") String id,
            @Parameter(description = "first day, YYYY-MM-DD", required = true, example = "2025-06-02",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(description = "last day (inclusive), YYYY-MM-DD", required = true, example = "2025-06-08",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
        return staffing.check(id, Params.date("from", from), Params.date("to", to)).stream()
                .map(ShortfallView::of).toList();
    }
}
