package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
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
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.ConsultationStore;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.ContentAccess;
import org.yorisoi.security.Permission;

/**
 * Consultations of a contract, for its counselors, leads, contract managers and, scoped by the contract's routing,
 * municipal viewers. Every read of content and every write is audited with ids only.
 */
@Component(service = ConsultationsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consultations", description = "Consultations and their messages (content: audited)")
public class ConsultationsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    static final int MAX_TEXT = 10_000;

    private final ConsultationStore store;
    private final ContentAccess access;
    private final AuditLog audit;
    private final ContractRegistry registry;
    private final PlatformClock clock;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public ConsultationsResource(@Reference ConsultationStore store, @Reference ContentAccess access,
                                 @Reference AuditLog audit, @Reference ContractRegistry registry,
                                 @Reference PlatformClock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.registry = registry;
        this.clock = clock;
    }

    public record ConsultationView(String id, String contractId, String channel, Map<String, String> attributes,
                                   @Schema(format = "date-time") String openedAt,
                                   @Schema(format = "date-time") String closedAt) {
        static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id(), c.contractId(), c.channel().name(), c.attributes(),
                    SecurityDto.format(c.openedAt()), SecurityDto.format(c.closedAt()));
        }
    }

    public record MessageView(String id, int seq, String sender, String authorId,
                              @Schema(format = "date-time") String at, String text) {
        static MessageView of(Message m) {
            return new MessageView(m.id(), m.seq(), m.sender().name(), m.authorId(), SecurityDto.format(m.at()), m.text());
        }

        @Override
        public String toString() {
            return "MessageView[id=" + id + "]";
        }
    }

    public record ConsultationDetail(ConsultationView consultation, List<MessageView> messages) {
    }

    public record Reply(String text) {
        @Override
        public String toString() {
            return "Reply[]";
        }
    }

    private String origin() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }

    @GET
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "Consultations opened in a span, oldest first (metadata only, no messages)",
            operationId = "listConsultations",
            description = "A municipal viewer sees only the consultations the contract routes to its organisation.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the consultations",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConsultationView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConsultationView> list(@PathParam("id") String contractId,
                                       @Parameter(description = "opened at or after (ISO-8601 with offset); default 31 days ago")
                                       @QueryParam("from") String from,
                                       @Parameter(description = "opened before (ISO-8601 with offset); default now")
                                       @QueryParam("to") String to,
                                       @Context SecurityContext security) {
        registry.get(contractId);
        Caller caller = Callers.of(security);
        Instant end = to == null ? clock.now() : Params.dateTime("to", to).toInstant();
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(31)) : Params.dateTime("from", from).toInstant();
        return store.list(contractId, start, end, 1000).stream()
                .filter(c -> access.maySee(caller, contractId, c.attributes()))
                .map(ConsultationView::of).toList();
    }

    private Consultation consultation(String contractId, String consultationId) {
        return store.find(consultationId).filter(c -> c.contractId().equals(contractId))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{consultationId}")
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "One consultation with its messages (audited as content-read)", operationId = "getConsultation",
            responses = {
                @ApiResponse(responseCode = "200", description = "the consultation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConsultationDetail.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: not routed to the viewer's organisation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consultation under the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConsultationDetail get(@PathParam("id") String contractId, @PathParam("consultationId") String consultationId,
                                  @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Consultation c = consultation(contractId, consultationId);
        if (!access.maySee(caller, contractId, c.attributes())) {
            audit.record(new AuditEvent(caller.login(), origin(), contractId, AuditActions.CONTENT_READ, c.id(),
                    AuditEvent.Outcome.DENIED, "not routed to the caller's organisation"));
            throw new AccessDeniedException("this consultation is not routed to your organisation");
        }
        // audited before the content leaves: no audit entry, no content
        audit.record(new AuditEvent(caller.login(), origin(), contractId, AuditActions.CONTENT_READ, c.id(),
                AuditEvent.Outcome.SUCCESS, null));
        return new ConsultationDetail(ConsultationView.of(c),
                store.messages(c.id()).stream().map(MessageView::of).toList());
    }

    @POST
    @Path("{consultationId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CONTENT_WRITE)
    @Operation(summary = "Answer in a consultation (as the counselor logged in)", operationId = "postMessage",
            responses = {
                @ApiResponse(responseCode = "201", description = "stored",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = MessageView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text empty or longer than " + MAX_TEXT,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response reply(@PathParam("id") String contractId, @PathParam("consultationId") String consultationId,
                          Reply body, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (body == null || body.text() == null || body.text().isBlank() || body.text().length() > MAX_TEXT) {
            throw new BadParameterException("text", "1.." + MAX_TEXT + " characters");
        }
        Consultation c = consultation(contractId, consultationId);
        Message m = store.append(c.id(), Sender.COUNSELOR, caller.personId(), body.text());
        audit.record(new AuditEvent(caller.login(), origin(), contractId, AuditActions.WRITE, m.id(),
                AuditEvent.Outcome.SUCCESS, "consultation=" + c.id()));
        return Response.status(201).entity(MessageView.of(m)).build();
    }
}
