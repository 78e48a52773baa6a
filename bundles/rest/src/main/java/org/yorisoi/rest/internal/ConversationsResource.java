package org.yorisoi.rest.internal;

import java.util.List;

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
import org.yorisoi.chat.Category;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.ConsultationRecord;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.Instruction;
import org.yorisoi.chat.Urgency;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.ContentAccess;
import org.yorisoi.security.Permission;
import org.yorisoi.rest.internal.ChatDto.ChatMessageView;
import org.yorisoi.rest.internal.ChatDto.ConversationCloseRequest;
import org.yorisoi.rest.internal.ChatDto.ConversationDetailView;
import org.yorisoi.rest.internal.ChatDto.ConversationEventView;
import org.yorisoi.rest.internal.ChatDto.ConversationInstructionView;
import org.yorisoi.rest.internal.ChatDto.ConversationNoteView;
import org.yorisoi.rest.internal.ChatDto.ConversationRecordView;
import org.yorisoi.rest.internal.ChatDto.ConversationRiskView;
import org.yorisoi.rest.internal.ChatDto.ConversationTextRequest;
import org.yorisoi.rest.internal.ChatDto.ConversationTransferRequest;
import org.yorisoi.rest.internal.ChatDto.ConversationView;

/**
 * Chat conversations of a contract for staff: counselors claim, answer, transfer and close; leads watch and leave
 * notes; municipal users record instructions that counselors send. The chat service checks holder and role rules
 * and audits its writes; this resource checks that the conversation belongs to the contract of the path (404
 * otherwise) and audits the transcript reads it serves itself.
 */
@Component(service = ConversationsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations", description = "Chat conversations for counselors, leads and municipal users (content: audited)")
public class ConversationsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String NOT_FOUND = "NOT_FOUND: no such conversation under the contract";

    private final ChatService chat;
    private final ContentAccess access;
    private final AuditLog audit;
    private final ContractRegistry registry;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public ConversationsResource(@Reference ChatService chat, @Reference ContentAccess access,
                                 @Reference AuditLog audit, @Reference ContractRegistry registry) {
        this.chat = chat;
        this.access = access;
        this.audit = audit;
        this.registry = registry;
    }

    private String origin() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }

    private Conversation conversation(String contractId, String conversationId) {
        registry.get(contractId);
        return chat.conversation(conversationId).filter(c -> c.contractId().equals(contractId))
                .orElseThrow(NotFoundException::new);
    }

    /** The conversation if the caller may read its content; a refusal is audited like any denied content read. */
    private Conversation readable(Caller caller, String contractId, String conversationId) {
        Conversation c = conversation(contractId, conversationId);
        if (!access.maySee(caller, contractId, c.attributes())) {
            audit.record(new AuditEvent(caller.login(), origin(), contractId, AuditActions.CONTENT_READ, c.id(),
                    AuditEvent.Outcome.DENIED, "not routed to the caller's organisation"));
            throw new AccessDeniedException("this conversation is not routed to your organisation");
        }
        return c;
    }

    private void auditRead(Caller caller, Conversation c, String detail) {
        audit.record(new AuditEvent(caller.login(), origin(), c.contractId(), AuditActions.CONTENT_READ, c.id(),
                AuditEvent.Outcome.SUCCESS, detail));
    }

    @GET
    @Path("mine")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "The caller's own live conversations", operationId = "listMyConversations",
            responses = {
                @ApiResponse(responseCode = "200", description = "the conversations",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationView> mine(@PathParam("id") String contractId, @Context SecurityContext security) {
        registry.get(contractId);
        return chat.mine(Callers.of(security), contractId).stream().map(ConversationView::of).toList();
    }

    @GET
    @Path("live")
    @RequiresPermission(Permission.CHAT_SUPERVISE)
    @Operation(summary = "Every waiting or active conversation of the contract (leads)", operationId = "listLiveConversations",
            responses = {
                @ApiResponse(responseCode = "200", description = "the conversations",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationView> live(@PathParam("id") String contractId, @Context SecurityContext security) {
        registry.get(contractId);
        return chat.live(Callers.of(security), contractId).stream().map(ConversationView::of).toList();
    }

    @GET
    @Path("{cid}")
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "A conversation with its whole transcript, staff-only events and notes (audited as content-read)",
            operationId = "getConversation",
            responses = {
                @ApiResponse(responseCode = "200", description = "the conversation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationDetailView.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: not routed to the viewer's organisation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationDetailView get(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                      @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Conversation c = readable(caller, contractId, conversationId);
        // audited before the content leaves: no audit entry, no content
        auditRead(caller, c, "transcript");
        List<ConversationEventView> events = chat.events(c.id(), 0, false).stream()
                .map(ConversationEventView::of).toList();
        return new ConversationDetailView(ConversationView.of(c), events, notesIfAllowed(caller, c.id()));
    }

    /** Notes are for the holder and the leads; a municipal viewer reading the transcript gets none. */
    private List<ConversationNoteView> notesIfAllowed(Caller caller, String conversationId) {
        try {
            return chat.notes(caller, conversationId).stream().map(ConversationNoteView::of).toList();
        } catch (AccessDeniedException notForThisCaller) {
            return List.of();
        }
    }

    @GET
    @Path("{cid}/events")
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "The conversation's events after a sequence number, staff-only ones included (a read from 0 is audited)",
            operationId = "listConversationEvents",
            responses = {
                @ApiResponse(responseCode = "200", description = "the events in order",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationEventView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: after is not a number >= 0",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: not routed to the viewer's organisation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationEventView> events(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                              @Parameter(description = "the last sequence number seen; default 0 (everything)")
                                              @QueryParam("after") String after,
                                              @Context SecurityContext security) {
        long afterSeq = ChatDto.after(after);
        Caller caller = Callers.of(security);
        Conversation c = readable(caller, contractId, conversationId);
        if (afterSeq == 0) {
            // a read from the start is a transcript read; the increments that follow it are the same read going on
            auditRead(caller, c, "transcript");
        }
        return chat.events(c.id(), afterSeq, false).stream().map(ConversationEventView::of).toList();
    }

    @GET
    @Path("{cid}/risk")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "The conversation's risk and the risk detector's hits on its messages, in message order",
            operationId = "getConversationRisk",
            description = "Each mark gives the message and the UTF-16 offsets `start`/`end` of the hit in its text (the "
                    + "console highlights them), the lexicon entry, category and severity; never the words. Negated hits "
                    + "do not count towards the risk; reported ones (someone else's words) count one level lower.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the risk and its marks",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationRiskView.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationRiskView risk(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                     @Context SecurityContext security) {
        Conversation c = conversation(contractId, conversationId);
        return ConversationRiskView.of(c.risk(), chat.riskMarks(Callers.of(security), c.id()));
    }

    @POST
    @Path("{cid}/claim")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Claim a waiting conversation (refused above the counselor's capacity)", operationId = "claimConversation",
            responses = {
                @ApiResponse(responseCode = "200", description = "claimed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationView.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already claimed, closed, or at capacity",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationView claim(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                  @Context SecurityContext security) {
        Conversation c = conversation(contractId, conversationId);
        return ConversationView.of(chat.claim(Callers.of(security), c.id()));
    }

    @POST
    @Path("{cid}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Answer in a conversation the caller holds", operationId = "sendConversationMessage",
            responses = {
                @ApiResponse(responseCode = "201", description = "stored and delivered",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatMessageView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text empty or longer than " + ChatDto.MAX_TEXT,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller does not hold the conversation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response send(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                         ConversationTextRequest body, @Context SecurityContext security) {
        String text = ChatDto.text("text", body == null ? null : body.text());
        Conversation c = conversation(contractId, conversationId);
        return Response.status(201).entity(ChatMessageView.of(chat.send(Callers.of(security), c.id(), text))).build();
    }

    @POST
    @Path("{cid}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Pass the conversation to another counselor or the lead", operationId = "transferConversation",
            responses = {
                @ApiResponse(responseCode = "200", description = "transferred",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: toPersonId missing or not staff of the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: neither holder nor lead",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: closed, or the receiver is at capacity",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationView transfer(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                     ConversationTransferRequest body, @Context SecurityContext security) {
        if (body == null || body.toPersonId() == null || body.toPersonId().isBlank()) {
            throw new BadParameterException("toPersonId", "required");
        }
        Conversation c = conversation(contractId, conversationId);
        return ConversationView.of(chat.transfer(Callers.of(security), c.id(), body.toPersonId().strip()));
    }

    @POST
    @Path("{cid}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Close with the record (主訴, 助言内容, category, attributes, urgency); start and duration are filled in",
            operationId = "closeConversation",
            responses = {
                @ApiResponse(responseCode = "200", description = "closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: a field missing or unknown",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: neither holder nor lead",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationView close(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                  ConversationCloseRequest body, @Context SecurityContext security) {
        ConsultationRecord record = record(body);
        Conversation c = conversation(contractId, conversationId);
        return ConversationView.of(chat.close(Callers.of(security), c.id(), record));
    }

    static ConsultationRecord record(ConversationCloseRequest body) {
        if (body == null) {
            throw new BadParameterException("body", "mainComplaint, advice, category, attributes, urgency");
        }
        String mainComplaint = ChatDto.text("mainComplaint", body.mainComplaint());
        String advice = ChatDto.text("advice", body.advice());
        Category category = ChatDto.enumValue("category", body.category(), Category.class);
        Urgency urgency = ChatDto.enumValue("urgency", body.urgency(), Urgency.class);
        return ConsultationRecord.of(mainComplaint, advice, category, body.attributes(), urgency);
    }

    @GET
    @Path("{cid}/record")
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "The record of a closed conversation (audited as content-read)", operationId = "getConversationRecord",
            responses = {
                @ApiResponse(responseCode = "200", description = "the record",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationRecordView.class))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: not routed to the viewer's organisation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND + ", or not closed yet",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ConversationRecordView record(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                         @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Conversation c = readable(caller, contractId, conversationId);
        ConsultationRecord record = chat.record(c.id()).orElseThrow(NotFoundException::new);
        auditRead(caller, c, "record");
        return ConversationRecordView.of(record);
    }

    @POST
    @Path("{cid}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CHAT_SUPERVISE)
    @Operation(summary = "A lead's note to the counselor (never shown to the consulter)", operationId = "addConversationNote",
            responses = {
                @ApiResponse(responseCode = "201", description = "stored",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationNoteView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text empty or longer than " + ChatDto.MAX_TEXT,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response note(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                         ConversationTextRequest body, @Context SecurityContext security) {
        String text = ChatDto.text("text", body == null ? null : body.text());
        Conversation c = conversation(contractId, conversationId);
        return Response.status(201).entity(ConversationNoteView.of(chat.note(Callers.of(security), c.id(), text))).build();
    }

    @GET
    @Path("{cid}/notes")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "The lead's notes on a conversation (holder and leads)", operationId = "listConversationNotes",
            responses = {
                @ApiResponse(responseCode = "200", description = "the notes",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationNoteView.class)))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: neither holder nor lead",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationNoteView> notes(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                            @Context SecurityContext security) {
        Conversation c = conversation(contractId, conversationId);
        return chat.notes(Callers.of(security), c.id()).stream().map(ConversationNoteView::of).toList();
    }

    @POST
    @Path("{cid}/instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.INSTRUCTION_WRITE)
    @Operation(summary = "A municipal user records a message for the consulter's thread (Asahikawa 7(2)オ)",
            operationId = "recordConversationInstruction",
            responses = {
                @ApiResponse(responseCode = "201", description = "recorded",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ConversationInstructionView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text empty or longer than " + ChatDto.MAX_TEXT,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response instruct(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                             ConversationTextRequest body, @Context SecurityContext security) {
        String text = ChatDto.text("text", body == null ? null : body.text());
        Conversation c = conversation(contractId, conversationId);
        Instruction instruction = chat.instruct(Callers.of(security), c.id(), text);
        return Response.status(201).entity(ConversationInstructionView.of(instruction)).build();
    }

    @GET
    @Path("{cid}/instructions")
    @RequiresPermission(Permission.CONTENT_READ)
    @Operation(summary = "The instructions recorded for a thread, sent or not", operationId = "listConversationInstructions",
            responses = {
                @ApiResponse(responseCode = "200", description = "the instructions",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationInstructionView.class)))),
                @ApiResponse(responseCode = "403", description = "FORBIDDEN: not routed to the viewer's organisation",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationInstructionView> instructions(@PathParam("id") String contractId,
                                                          @PathParam("cid") String conversationId,
                                                          @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Conversation c = readable(caller, contractId, conversationId);
        return chat.instructions(caller, c.id()).stream().map(ConversationInstructionView::of).toList();
    }

    @POST
    @Path("{cid}/instructions/{iid}/send")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "A counselor sends a recorded instruction to the consulter", operationId = "sendConversationInstruction",
            responses = {
                @ApiResponse(responseCode = "201", description = "sent: the message it became",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatMessageView.class))),
                @ApiResponse(responseCode = "404", description = NOT_FOUND + ", or no such instruction in it",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already sent, or the conversation is closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response sendInstruction(@PathParam("id") String contractId, @PathParam("cid") String conversationId,
                                    @PathParam("iid") String instructionId, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Conversation c = conversation(contractId, conversationId);
        boolean inThread = chat.instructions(caller, c.id()).stream().anyMatch(i -> i.id().equals(instructionId));
        if (!inThread) {
            throw new NotFoundException();
        }
        return Response.status(201).entity(ChatMessageView.of(chat.sendInstruction(caller, instructionId))).build();
    }
}
