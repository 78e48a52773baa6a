package org.yorisoi.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

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
import org.yorisoi.contract.spi.Role;
import org.yorisoi.rest.internal.StaffDto.EligibilityView;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;
import org.yorisoi.staff.Staffing;

/** Whether a person may work a role or activity under a contract, with the reasons when not. */
@Component(service = StaffEligibilityResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing", description = "Eligibility, shifts and staffing checks under a contract")
public class StaffEligibilityResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final Staffing staffing;
    private final StaffDirectory directory;

    @Activate
    public StaffEligibilityResource(@Reference Staffing staffing, @Reference StaffDirectory directory) {
        this.staffing = staffing;
        this.directory = directory;
    }

    @GET
    @RequiresPermission(Permission.STAFFING_READ)
    @Operation(summary = "May the person work the role (or one activity of it) under the contract today?",
            operationId = "getEligibility",
            responses = {
                @ApiResponse(responseCode = "200", description = "the answer, with the reasons (Japanese) and clauses",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = EligibilityView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `person` or `role` missing or unknown; "
                        + "BAD_RANGE: the contract has no such activity",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public EligibilityView eligibility(
            @Parameter(description = "the contract id, e.g. sakai", example = "sakai") @PathParam("id") String id,
            @Parameter(description = "the person's id or login", required = true, example = "k.tanaka") @QueryParam("person") String person,
            @Parameter(description = "the role", required = true, example = "COUNSELOR") @QueryParam("role") String role,
            @Parameter(description = "an activity id of the contract (e.g. Sakai's counseling); default the role as a whole")
            @QueryParam("activity") String activity) {
        Person p = StaffParams.person(directory, "person", person);
        Role r = StaffParams.enumValue("role", Role.class, role);
        String a = activity == null || activity.isBlank() ? null : activity.strip();
        return EligibilityView.of(id, p, r.name(), a, staffing.mayWork(p.id(), id, r, a));
    }
}
