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
import org.yorisoi.chat.ChatService;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.chat.Callback;
import org.yorisoi.rest.internal.ChatDto.ChatCallbackView;

/** A contract's call-back list for its counselors. */
@Component(service = ChatCallbacksResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations")
public class ChatCallbacksResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ChatService chat;
    private final ContractRegistry registry;

    @Activate
    public ChatCallbacksResource(@Reference ChatService chat, @Reference ContractRegistry registry) {
        this.chat = chat;
        this.registry = registry;
    }

    @GET
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "The call-back list: out-of-hours contacts to call back in a staffed session (Kyoto 6(5)ア(イ))",
            operationId = "listChatCallbacks",
            responses = {
                @ApiResponse(responseCode = "200", description = "the call-backs",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ChatCallbackView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: open is not true or false",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ChatCallbackView> callbacks(@PathParam("id") String contractId,
                                            @Parameter(description = "true (default): only those not yet called back")
                                            @QueryParam("open") String open,
                                            @Context SecurityContext security) {
        boolean openOnly = openOnly(open);
        registry.get(contractId);
        return chat.callbacks(Callers.of(security), contractId, openOnly).stream().map(ChatCallbackView::of).toList();
    }

    static boolean openOnly(String open) {
        if (open == null || open.isBlank() || "true".equalsIgnoreCase(open.strip())) {
            return true;
        }
        if ("false".equalsIgnoreCase(open.strip())) {
            return false;
        }
        throw new BadParameterException("open", "true or false");
    }

    @POST
    @Path("{callbackId}/done")
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Mark a call-back done", operationId = "markChatCallbackDone",
            responses = {
                @ApiResponse(responseCode = "200", description = "done",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ChatCallbackView.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such open call-back under the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: already done",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ChatCallbackView done(@PathParam("id") String contractId, @PathParam("callbackId") String callbackId,
                                 @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        registry.get(contractId);
        // the id must be one of this contract's: a grant under one contract never reaches another's call-backs
        boolean underContract = chat.callbacks(caller, contractId, false).stream()
                .map(Callback::id).anyMatch(callbackId::equals);
        if (!underContract) {
            throw new NotFoundException();
        }
        return ChatCallbackView.of(chat.callbackDone(caller, callbackId));
    }
}
