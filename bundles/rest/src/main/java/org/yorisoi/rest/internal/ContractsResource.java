package org.yorisoi.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.security.Permission;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.DeploymentHistory;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.rest.internal.Dto.AvailabilityView;
import org.yorisoi.rest.internal.Dto.ContractDetail;
import org.yorisoi.rest.internal.Dto.ContractSummary;
import org.yorisoi.rest.internal.Dto.DeploymentView;
import org.yorisoi.rest.internal.Dto.OpeningView;
import org.yorisoi.rest.internal.Dto.ReportDueView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The read-only view of the deployed contracts: public, except the deployment history (operators only). */
@Component(service = ContractsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "Deployed contracts, their calendars, availability and report schedules (public); deployment history (operators)")
public class ContractsResource {

    static final int DEPLOYMENT_LIMIT = 100;

    private static final String ID_DESCRIPTION = "the contract id, e.g. kyoto";
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ContractRegistry registry;
    private final ContractCalendar calendar;
    private final PlatformClock clock;

    /** Optional: the history lives in the database, which may be down while the rest of the API works. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DeploymentHistory history;

    @Activate
    public ContractsResource(@Reference ContractRegistry registry, @Reference ContractCalendar calendar,
                             @Reference PlatformClock clock) {
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PublicEndpoint("what municipalities publish anyway: contract terms, opening hours and report obligations")
    @GET
    @Operation(summary = "List the deployed contracts, sorted by id", operationId = "listContracts",
            responses = {
                @ApiResponse(responseCode = "200", description = "the deployed contracts",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ContractSummary.class)))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ContractSummary> contracts() {
        return registry.contracts().stream()
                .sorted(Comparator.comparing((Contract c) -> c.info().id()))
                .map(ContractSummary::of)
                .toList();
    }

    @PublicEndpoint("what municipalities publish anyway: contract terms, opening hours and report obligations")
    @GET
    @Path("{id}")
    @Operation(summary = "One contract with its recipients, parameters and report obligations", operationId = "getContract",
            responses = {
                @ApiResponse(responseCode = "200", description = "the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractDetail.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ContractDetail contract(@Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id) {
        return ContractDetail.of(registry.get(id));
    }

    @PublicEndpoint("what municipalities publish anyway: contract terms, opening hours and report obligations")
    @GET
    @Path("{id}/availability")
    @Operation(summary = "What a consulter finds at an instant", operationId = "getAvailability",
            description = "Instants in the response are ISO-8601 at +09:00; `at` is echoed at +09:00.",
            responses = {
                @ApiResponse(responseCode = "200", description = "availability at the instant",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = AvailabilityView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `at` is not an ISO-8601 date-time with offset",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public AvailabilityView availability(
            @Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
            @Parameter(description = "ISO-8601 date-time with offset (encode '+' as %2B); default: now on the platform clock",
                    example = "2025-06-02T18:30:00+09:00", schema = @Schema(type = "string", format = "date-time"))
            @QueryParam("at") String at) {
        OffsetDateTime instant = Params.dateTime("at", at);
        if (instant == null) {
            instant = clock.now().truncatedTo(ChronoUnit.SECONDS).atOffset(Params.JST);
        }
        registry.get(id);
        return AvailabilityView.of(calendar.availability(id, instant));
    }

    @PublicEndpoint("what municipalities publish anyway: contract terms, opening hours and report obligations")
    @GET
    @Path("{id}/calendar")
    @Operation(summary = "Openings from the start of `from` to the end of `to`, both inclusive", operationId = "getCalendar",
            description = "Sorted by start then kind; clipped to the contract's term; at most "
                    + ContractCalendar.MAX_RANGE_DAYS + " days.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the openings",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = OpeningView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `from` or `to` missing or not YYYY-MM-DD; "
                        + "BAD_RANGE: `to` before `from` or the range too long",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<OpeningView> calendar(
            @Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
            @Parameter(description = "first day, YYYY-MM-DD", required = true, example = "2025-06-01",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(description = "last day (inclusive), YYYY-MM-DD", required = true, example = "2025-06-07",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        return calendar.openings(id, first, last).stream().map(OpeningView::of).toList();
    }

    @PublicEndpoint("what municipalities publish anyway: contract terms, opening hours and report obligations")
    @GET
    @Path("{id}/report-schedule")
    @Operation(summary = "Periodic reports due from `from` to `to`, both inclusive, by due date", operationId = "getReportSchedule",
            responses = {
                @ApiResponse(responseCode = "200", description = "the reports due",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ReportDueView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: `from` or `to` missing or not YYYY-MM-DD; "
                        + "BAD_RANGE: `to` before `from` or the range too long",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: no such contract is deployed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ReportDueView> reportSchedule(
            @Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id,
            @Parameter(description = "first due day, YYYY-MM-DD", required = true, example = "2025-06-01",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
            @Parameter(description = "last due day (inclusive), YYYY-MM-DD", required = true, example = "2025-06-30",
                    schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        return calendar.reportSchedule(id, first, last).stream().map(ReportDueView::of).toList();
    }

    @RequiresPermission(Permission.DEPLOYMENT_READ)
    @GET
    @Path("{id}/deployments")
    @Operation(summary = "Deployment history of a contract, newest first (at most " + DEPLOYMENT_LIMIT + " events)",
            operationId = "getDeployments",
            description = "Also answers for a contract that is no longer deployed, as long as it has a history.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the events",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = DeploymentView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: not deployed and no history",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the deployment history is not running",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "500", description = "INTERNAL",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<DeploymentView> deployments(
            @Parameter(description = ID_DESCRIPTION, example = "kyoto") @PathParam("id") String id) {
        DeploymentHistory h = history;
        if (h == null) {
            throw new UnavailableException("the deployment history is not available right now");
        }
        List<ContractDeployment> events = h.events(id, DEPLOYMENT_LIMIT);
        if (events.isEmpty() && registry.find(id).isEmpty()) {
            throw new UnknownContractException(id);
        }
        return events.stream().map(DeploymentView::of).toList();
    }
}
