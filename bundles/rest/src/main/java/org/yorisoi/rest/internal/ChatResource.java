package org.yorisoi.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.WebClient;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.rest.internal.ChatDto.ChatAttributeView;
import org.yorisoi.rest.internal.ChatDto.ChatAvailabilityView;
import org.yorisoi.rest.internal.ChatDto.ChatEventView;
import org.yorisoi.rest.internal.ChatDto.ChatIntakeView;
import org.yorisoi.rest.internal.ChatDto.ChatMessageRequest;
import org.yorisoi.rest.internal.ChatDto.ChatMessageView;
import org.yorisoi.rest.internal.ChatDto.ChatOpenRequest;
import org.yorisoi.rest.internal.ChatDto.ChatOpenedView;
import org.yorisoi.rest.internal.ChatDto.ChatReceivedView;

/**
 * The anonymous web chat of consulters. No account: opening a conversation hands out a random token, and every
 * later call must present it in {@value #TOKEN_HEADER}. A wrong or missing token gets the same 404 as an unknown
 * conversation, so nobody can learn that a conversation exists.
 */
@Component(service = ChatResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/chat/{contract}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chat", description = "Web chat for consulters (anonymous; the conversation token is the key)")
public class ChatResource {

    static final String TOKEN_HEADER = "X-Chat-Token";
    static final String TOKEN_REASON = "the consulter's own conversation only, behind its random token (" + TOKEN_HEADER
            + "); without the right token the conversation does not exist (404)";
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ChatService chat;
    private final ContractRegistry registry;
    private final ContractCalendar calendar;
    private final PlatformClock clock;

    @Activate
    public ChatResource(@Reference ChatService chat, @Reference ContractRegistry registry,
                        @Reference ContractCalendar calendar, @Reference PlatformClock clock) {
        this.chat = chat;
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A deployed contract that offers web chat; anything else is unknown to consulters. */
    private Contract webContract(String contractId) {
        Contract contract = registry.get(contractId);
        if (!contract.info().channels().contains(Channel.WEB)) {
            throw new org.yorisoi.platform.UnknownContractException(contractId);
        }
        return contract;
    }

    private Availability availabilityNow(String contractId) {
        return calendar.availability(contractId, clock.now().atOffset(Params.JST));
    }

    /** The conversation the token opens under this contract; 404 for a wrong token, conversation or contract alike. */
    private Conversation ownConversation(String contractId, String conversationId, String token) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException();
        }
        return chat.webConversation(conversationId, token).filter(c -> c.contractId().equals(contractId))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("intake")
    @PublicEndpoint("what the contract publishes anyway: its name, privacy notice, intake questions and opening hours")
    @Operation(summary = "What the consulter page shows before a conversation: name, notice, intake questions, availability",
            operationId = "getChatIntake",
            responses = {
                @ApiResponse(responseCode = "200", description = "the intake",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatIntakeView.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT: not deployed or without web chat",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ChatIntakeView intake(@PathParam("contract") String contractId) {
        Contract contract = webContract(contractId);
        List<ChatAttributeView> questions = contract.info().eligibility().attributes().stream()
                .map(ChatAttributeView::of).toList();
        return new ChatIntakeView(contractId, contract.info().nameJa(),
                contract.autoReplies().getOrDefault(AutoReply.WELCOME, ""), questions,
                ChatAvailabilityView.of(availabilityNow(contractId)));
    }

    @POST
    @Path("conversations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint("an anonymous consulter starts a conversation; the answer is the only key to it")
    @Operation(summary = "Open a conversation after the intake; answers with the token that is the consulter's only key",
            operationId = "openChatConversation",
            responses = {
                @ApiResponse(responseCode = "201", description = "opened",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatOpenedView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: no consent, unknown attribute or option",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response open(@PathParam("contract") String contractId, ChatOpenRequest body) {
        Contract contract = webContract(contractId);
        if (body == null || !body.consent()) {
            throw new BadParameterException("consent", "must be true: the consulter agreed to the privacy notice");
        }
        Map<String, String> attributes = ChatDto.intakeAttributes(contract.info().eligibility().attributes(),
                body.attributes());
        WebClient client = chat.openWeb(contractId, attributes);
        return Response.status(201).entity(opened(contractId, client)).build();
    }

    /**
     * The opening answer. {@link ChatService#openWeb} hands back only the key, so the situation is read from the
     * conversation and the calendar, and the replies are the automatic messages the opening stored; the exact queue
     * position comes with the first message.
     */
    private ChatOpenedView opened(String contractId, WebClient client) {
        Conversation conversation = chat.conversation(client.conversationId()).orElseThrow(
                () -> new IllegalStateException("conversation " + client.conversationId() + " vanished after opening"));
        List<ChatMessageView> replies = chat.events(client.conversationId(), 0, true).stream()
                .filter(e -> e.kind() == ChatEvent.Kind.MESSAGE && e.message() != null
                        && e.message().sender() == Sender.SYSTEM)
                .map(e -> ChatMessageView.of(e.message())).toList();
        return new ChatOpenedView(client.conversationId(), client.clientToken(),
                situation(conversation, availabilityNow(contractId)).name(), 0, replies);
    }

    static IntakeResult.Situation situation(Conversation conversation, Availability availability) {
        if (conversation.state() == ConversationState.ACTIVE) {
            return IntakeResult.Situation.ANSWERED;
        }
        if (!availability.receiving()) {
            return IntakeResult.Situation.OUTSIDE_TERM;
        }
        return availability.humanStaffed() ? IntakeResult.Situation.QUEUED : IntakeResult.Situation.OUT_OF_HOURS;
    }

    @POST
    @Path("conversations/{cid}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint(ChatResource.TOKEN_REASON)
    @Operation(summary = "Send a consulter's message; stored before the answer, idempotent per clientMessageId",
            operationId = "sendChatMessage",
            parameters = @Parameter(name = TOKEN_HEADER, in = ParameterIn.HEADER, required = true,
                    description = "the conversation's client token"),
            responses = {
                @ApiResponse(responseCode = "201", description = "stored, with the automatic replies",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatReceivedView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text empty or longer than " + ChatDto.MAX_TEXT,
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such conversation for this token",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: the conversation is closed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response send(@PathParam("contract") String contractId, @PathParam("cid") String conversationId,
                         @HeaderParam(TOKEN_HEADER) String token, ChatMessageRequest body) {
        Conversation conversation = ownConversation(contractId, conversationId, token);
        String text = ChatDto.text("text", body == null ? null : body.text());
        String clientMessageId = body.clientMessageId();
        if (clientMessageId != null && (clientMessageId.isBlank() || clientMessageId.length() > 64)) {
            throw new BadParameterException("clientMessageId", "1..64 characters");
        }
        IntakeResult result = chat.receive(conversation.id(), text, clientMessageId);
        return Response.status(201).entity(ChatReceivedView.of(result)).build();
    }

    @GET
    @Path("conversations/{cid}/events")
    @PublicEndpoint(ChatResource.TOKEN_REASON)
    @Operation(summary = "The conversation's events the consulter may see, after a sequence number (polling fallback of the event stream)",
            operationId = "listChatEvents",
            parameters = @Parameter(name = TOKEN_HEADER, in = ParameterIn.HEADER, required = true,
                    description = "the conversation's client token"),
            responses = {
                @ApiResponse(responseCode = "200", description = "the events in order",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ChatEventView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: after is not a number >= 0",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such conversation for this token",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ChatEventView> events(@PathParam("contract") String contractId, @PathParam("cid") String conversationId,
                                      @HeaderParam(TOKEN_HEADER) String token,
                                      @Parameter(description = "the last sequence number seen; default 0 (everything)")
                                      @QueryParam("after") String after) {
        long afterSeq = ChatDto.after(after);
        Conversation conversation = ownConversation(contractId, conversationId, token);
        return chat.events(conversation.id(), afterSeq, true).stream()
                .filter(ChatEvent::visibleToClient).map(ChatEventView::of).toList();
    }
}
