package org.yorisoi.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

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
import org.yorisoi.rest.internal.ChatDto.ConversationQueueEntryView;

/** A contract's chat queue for its counselors. */
@Component(service = ChatQueueResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations")
public class ChatQueueResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ChatService chat;
    private final ContractRegistry registry;

    @Activate
    public ChatQueueResource(@Reference ChatService chat, @Reference ContractRegistry registry) {
        this.chat = chat;
        this.registry = registry;
    }

    @GET
    @RequiresPermission(Permission.CHAT_ANSWER)
    @Operation(summary = "Waiting conversations, highest risk first, then longest waiting, with their risk and waiting time", operationId = "listChatQueue",
            responses = {
                @ApiResponse(responseCode = "200", description = "the queue",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ConversationQueueEntryView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ConversationQueueEntryView> queue(@PathParam("id") String contractId, @Context SecurityContext security) {
        registry.get(contractId);
        return chat.queue(Callers.of(security), contractId).stream().map(ConversationQueueEntryView::of).toList();
    }
}
