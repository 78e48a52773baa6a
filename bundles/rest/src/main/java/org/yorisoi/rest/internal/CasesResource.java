package org.yorisoi.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
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
import org.yorisoi.chat.ChatService;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.rest.internal.AuditResource.EntryView;
import org.yorisoi.rest.internal.EmergencyDto.CaseOpenRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseStepDoneRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseStepOwnerRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseView;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;

/**
 * Emergency and information-sharing cases of a contract: counselors and leads open them on a conversation and do
 * their steps; leads re-assign steps, close with steps left and read a case's audit timeline. The case service checks
 * the rules, sends the notices and audits; this resource checks that the case (and the conversation it is opened on)
 * belongs to the contract of the path: a case of another contract is not found (404).
 */
@Component(service = CasesResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Emergency and information-sharing cases, their steps and notices (see docs/emergencies.md)")
public class CasesResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String NOT_FOUND = "NOT_FOUND: no such case under the contract";
    private static final String CASE_ID = "the case id";
    private static final String STEP_INDEX = "the step's index in the case: 0, 1, ...";

    private final CaseService cases;
    private final ChatService chat;
    private final ContractRegistry registry;

    @Context
    UriInfo uriInfo;

    @Activate
    public CasesResource(@Reference CaseService cases, @Reference ChatService chat,
                         @Reference ContractRegistry registry) {
        this.cases = cases;
        this.chat = chat;
        this.registry = registry;
    }

    /**
     * The case if it belongs to the contract. The authorization filter has checked the caller's permission under the
     * path's contract, so a refusal by the case service means the case lies under another contract: not found, like
     * an unknown id, so that ids of other contracts' cases cannot be probed.
     */
    private EmergencyCase caseOf(Caller caller, String contractId, String caseId) {
        registry.get(contractId);
        try {
            return cases.find(caller, caseId).filter(c -> c.contractId().equals(contractId))
                    .orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException otherContract) {
            throw new NotFoundException();
        }
    }

    /** A step index of the case, else 404 like an unknown case. */
    private static int stepIndex(EmergencyCase c, String index) {
        try {
            int i = Integer.parseInt(index == null ? "" : index.strip());
            if (i >= 0 && i < c.steps().size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an index out of range
        }
        throw new NotFoundException();
    }

    /** true, false, or absent (then {@code absent}); else 400 naming the parameter. */
    static boolean flag(String name, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if ("true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        if ("false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        throw new BadParameterException(name, "true or false");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CASE_DECLARE)
    @Operation(summary = "Open a case on a conversation: declare it, or confirm a detection as one", operationId = "openCase",
            description = "Lays out the contract's escalation steps for the trigger and sends the notices to the "
                    + "routed recipients at once. Audited `case-opened`.",
            responses = {
                @ApiResponse(responseCode = "201", description = "opened; Location names the case",
                        headers = @Header(name = "Location", description = "the case's URL", schema = @Schema(type = "string")),
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CaseView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: conversationId, trigger or origin missing "
                        + "or unknown, or the conversation is not one of the contract's; BAD_RANGE: the contract has no "
                        + "rule for the trigger",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: an open case of that trigger exists on the conversation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response open(@PathParam("id") String contractId, CaseOpenRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw new BadParameterException("body", "conversationId, trigger, origin");
        }
        if (body.conversationId() == null || body.conversationId().isBlank()) {
            throw new BadParameterException("conversationId", "required");
        }
        Trigger trigger = ChatDto.enumValue("trigger", body.trigger(), Trigger.class);
        CaseOrigin origin = ChatDto.enumValue("origin", body.origin(), CaseOrigin.class);
        registry.get(contractId);
        String conversationId = body.conversationId().strip();
        if (chat.conversation(conversationId).filter(c -> c.contractId().equals(contractId)).isEmpty()) {
            throw new BadParameterException("conversationId", "no such conversation under the contract");
        }
        CaseView opened = CaseView.of(cases.open(Callers.of(security), conversationId, trigger, origin));
        return Response.created(location(contractId, opened.id())).entity(opened).build();
    }

    private URI location(String contractId, String caseId) {
        return uriInfo == null
                ? URI.create("v1/contracts/" + contractId + "/cases/" + caseId)
                : uriInfo.getBaseUriBuilder().path(CasesResource.class).segment(caseId).build(contractId);
    }

    @GET
    @RequiresPermission(Permission.CASE_WORK)
    @Operation(summary = "The contract's cases, newest first", operationId = "listCases",
            responses = {
                @ApiResponse(responseCode = "200", description = "the cases",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = CaseView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: open is not true or false",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<CaseView> list(@PathParam("id") String contractId,
                               @Parameter(description = "true: only open cases; false (default): every case")
                               @QueryParam("open") String open,
                               @Parameter(description = "only the cases opened on this conversation (none when it is "
                                       + "not one of the contract's)")
                               @QueryParam("conversation") String conversation,
                               @Context SecurityContext security) {
        boolean openOnly = flag("open", open, false);
        registry.get(contractId);
        Caller caller = Callers.of(security);
        List<EmergencyCase> found;
        if (conversation == null || conversation.isBlank()) {
            found = cases.cases(caller, contractId, openOnly);
        } else {
            String conversationId = conversation.strip();
            if (chat.conversation(conversationId).filter(c -> c.contractId().equals(contractId)).isEmpty()) {
                return List.of();
            }
            found = cases.casesOf(caller, conversationId).stream()
                    .filter(c -> c.contractId().equals(contractId))
                    .filter(c -> !openOnly || c.state() == CaseState.OPEN)
                    .toList();
        }
        return found.stream().map(CaseView::of).toList();
    }

    @GET
    @Path("{caseId}")
    @RequiresPermission(Permission.CASE_WORK)
    @Operation(summary = "A case with its steps and notices", operationId = "getCase",
            responses = {
                @ApiResponse(responseCode = "200", description = "the case",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CaseView.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public CaseView get(@PathParam("id") String contractId,
                        @Parameter(description = CASE_ID) @PathParam("caseId") String caseId,
                        @Context SecurityContext security) {
        return CaseView.of(caseOf(Callers.of(security), contractId, caseId));
    }

    @POST
    @Path("{caseId}/steps/{index}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CASE_WORK)
    @Operation(summary = "Record a step as done, with what was done (the step's owner or a lead)", operationId = "completeCaseStep",
            description = "A report step routed to recipients sends its notice when it is done. Automatic notice steps "
                    + "are done by the platform. Audited `case-step-done`.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the case",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CaseView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: record longer than " + ChatDto.MAX_TEXT
                        + " characters; BAD_RANGE: the service refuses the record",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: neither the step's owner nor a lead",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND + ", or no such step in it",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already done, automatic, or the case is closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public CaseView completeStep(@PathParam("id") String contractId,
                                 @Parameter(description = CASE_ID) @PathParam("caseId") String caseId,
                                 @Parameter(description = STEP_INDEX) @PathParam("index") String index,
                                 CaseStepDoneRequest body, @Context SecurityContext security) {
        String record = body == null || body.record() == null || body.record().isBlank() ? null : body.record();
        if (record != null && record.length() > ChatDto.MAX_TEXT) {
            throw new BadParameterException("record", "at most " + ChatDto.MAX_TEXT + " characters");
        }
        Caller caller = Callers.of(security);
        EmergencyCase c = caseOf(caller, contractId, caseId);
        return CaseView.of(cases.completeStep(caller, c.id(), stepIndex(c, index), record));
    }

    @POST
    @Path("{caseId}/steps/{index}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CASE_SUPERVISE)
    @Operation(summary = "Give a step to another counselor or lead of the contract", operationId = "assignCaseStep",
            description = "Audited `case-step-assigned`.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the case",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CaseView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: personId missing; BAD_RANGE: not a "
                        + "counselor or lead of the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND + ", or no such step in it",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: the step is done or the case is closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public CaseView assignStep(@PathParam("id") String contractId,
                               @Parameter(description = CASE_ID) @PathParam("caseId") String caseId,
                               @Parameter(description = STEP_INDEX) @PathParam("index") String index,
                               CaseStepOwnerRequest body, @Context SecurityContext security) {
        if (body == null || body.personId() == null || body.personId().isBlank()) {
            throw new BadParameterException("personId", "required");
        }
        Caller caller = Callers.of(security);
        EmergencyCase c = caseOf(caller, contractId, caseId);
        return CaseView.of(cases.assignStep(caller, c.id(), stepIndex(c, index), body.personId().strip()));
    }

    @POST
    @Path("{caseId}/close")
    @RequiresPermission(Permission.CASE_WORK)
    @Operation(summary = "Close the case", operationId = "closeCase",
            description = "With every step done, any counselor or lead of the contract; with steps left only a lead "
                    + "(CASE_SUPERVISE), and the steps are recorded as left undone. Audited `case-closed`.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the case, closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CaseView.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: steps left and the caller is no lead",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public CaseView close(@PathParam("id") String contractId,
                          @Parameter(description = CASE_ID) @PathParam("caseId") String caseId,
                          @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        EmergencyCase c = caseOf(caller, contractId, caseId);
        return CaseView.of(cases.close(caller, c.id()));
    }

    @GET
    @Path("{caseId}/timeline")
    @RequiresPermission(Permission.CASE_SUPERVISE)
    @Operation(summary = "Everything the audit log holds about the case, oldest first", operationId = "getCaseTimeline",
            description = "The entries whose target is the case: opening, notices sent, failed and acknowledged, steps "
                    + "done and re-assigned, alerts, closing. Entries as in GET /v1/audit.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the audit entries",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = EntryView.class)))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<EntryView> timeline(@PathParam("id") String contractId,
                                    @Parameter(description = CASE_ID) @PathParam("caseId") String caseId,
                                    @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        EmergencyCase c = caseOf(caller, contractId, caseId);
        return cases.timeline(caller, c.id()).stream().map(EntryView::of).toList();
    }
}
