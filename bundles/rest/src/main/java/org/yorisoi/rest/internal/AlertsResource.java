package org.yorisoi.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.rest.internal.EmergencyDto.LeadAlertView;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/** The lead's alerts of a contract: high-risk messages, notices not acknowledged or not delivered, overdue steps. */
@Component(service = AlertsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
public class AlertsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final CaseService cases;
    private final ContractRegistry registry;

    @Activate
    public AlertsResource(@Reference CaseService cases, @Reference ContractRegistry registry) {
        this.cases = cases;
        this.registry = registry;
    }

    @GET
    @RequiresPermission(Permission.CASE_SUPERVISE)
    @Operation(summary = "The contract's lead alerts, newest first", operationId = "listLeadAlerts",
            responses = {
                @ApiResponse(responseCode = "200", description = "the alerts",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = LeadAlertView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: unseen is not true or false",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<LeadAlertView> list(@PathParam("id") String contractId,
                                    @Parameter(description = "true: only those no lead has marked seen; false (default): every alert")
                                    @QueryParam("unseen") String unseen,
                                    @Context SecurityContext security) {
        boolean unseenOnly = CasesResource.flag("unseen", unseen, false);
        registry.get(contractId);
        return cases.alerts(Callers.of(security), contractId, unseenOnly).stream().map(LeadAlertView::of).toList();
    }

    @POST
    @Path("{alertId}/seen")
    @RequiresPermission(Permission.CASE_SUPERVISE)
    @Operation(summary = "Mark an alert seen", operationId = "markLeadAlertSeen",
            responses = {
                @ApiResponse(responseCode = "200", description = "the alert",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = LeadAlertView.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such alert under the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public LeadAlertView seen(@PathParam("id") String contractId,
                              @Parameter(description = "the alert id") @PathParam("alertId") String alertId,
                              @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        registry.get(contractId);
        // the id must be one of this contract's: a grant under one contract never reaches another's alerts
        boolean underContract = cases.alerts(caller, contractId, false).stream()
                .map(LeadAlert::id).anyMatch(alertId::equals);
        if (!underContract) {
            throw new NotFoundException();
        }
        return LeadAlertView.of(cases.alertSeen(caller, alertId));
    }
}
