package org.yorisoi.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
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
import org.yorisoi.security.Permission;
import org.yorisoi.rest.internal.ChatDto.ChatCannedResponseView;

/** A contract's canned responses for its counselors (from the contract bundle). */
@Component(service = ChatCannedResponsesResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations")
public class ChatCannedResponsesResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ChatService chat;
    private final ContractRegistry registry;

    @Activate
    public ChatCannedResponsesResource(@Reference ChatService chat, @Reference ContractRegistry registry) {
        this.chat = chat;
        this.registry = registry;
    }

    @GET
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "The contract's canned responses, in order", operationId = "listChatCannedResponses",
            responses = {
                @ApiResponse(responseCode = "200", description = "title and text of each",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ChatCannedResponseView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ChatCannedResponseView> cannedResponses(@PathParam("id") String contractId) {
        registry.get(contractId);
        return chat.cannedResponses(contractId).entrySet().stream()
                .map(e -> new ChatCannedResponseView(e.getKey(), e.getValue())).toList();
    }
}
