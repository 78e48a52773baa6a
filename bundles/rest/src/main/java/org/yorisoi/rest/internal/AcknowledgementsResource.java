package org.yorisoi.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseService;

/**
 * The acknowledgement of a notice by a machine (the recipient's system following the link of a notice). The notice id
 * and its token are the key; a wrong token and an unknown notice get the same 404, so that neither can be probed.
 */
@Component(service = AcknowledgementsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
public class AcknowledgementsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    /**
     * Optional and dynamic: the cases live in the database, which may restart. Without the service this endpoint
     * answers 503 (try again) rather than disappearing, because a 404 here means "no such notice" to the recipient.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CaseService cases;

    @Context
    HttpServletRequest servletRequest;

    public AcknowledgementsResource() {
    }

    AcknowledgementsResource(CaseService cases) {
        this.cases = cases;
    }

    @Schema(name = "Acknowledgement", description = "The notice as its recipient may see it: nothing of the consultation")
    public record AcknowledgementView(String noticeId, String caseId,
                                      @Schema(example = "京都市SNS相談") String contractNameJa,
                                      @Schema(example = "京都市教育委員会") String recipientNameJa,
                                      @Schema(description = "true for an emergency, false for information sharing") boolean emergency,
                                      @Schema(format = "date-time", description = "when it was first sent") String sentAt,
                                      @Schema(format = "date-time", description = "when it was acknowledged (the first time)") String acknowledgedAt) {
        static AcknowledgementView of(Acknowledgement a) {
            return new AcknowledgementView(a.noticeId(), a.caseId(), a.contractNameJa(), a.recipientNameJa(),
                    a.emergency(), SecurityDto.format(a.sentAt()), SecurityDto.format(a.acknowledgedAt()));
        }
    }

    @POST
    @Path("{noticeId}/{token}")
    @PublicEndpoint("the notice's token is the key: only the recipient of the notice has the link; a wrong token "
            + "and an unknown notice get the same 404, and the answer holds nothing of the consultation")
    @Operation(summary = "Acknowledge a notice (idempotent: a second confirmation answers the first one's time)",
            operationId = "acknowledgeNotice",
            description = "For machines; people follow the link in the notice to a confirmation page. Audited "
                    + "`notice-acknowledged` with the client's address.",
            responses = {
                @ApiResponse(responseCode = "200", description = "acknowledged",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = AcknowledgementView.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such notice, or a wrong token (the same answer)",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the case service is not running; try again",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public AcknowledgementView acknowledge(@Parameter(description = "the notice id, from the link") @PathParam("noticeId") String noticeId,
                                           @Parameter(description = "the notice's token, from the link") @PathParam("token") String token) {
        CaseService service = cases;
        if (service == null) {
            throw new UnavailableException("acknowledgements are not available right now; try again shortly");
        }
        try {
            return AcknowledgementView.of(service.acknowledge(noticeId, token,
                    servletRequest == null ? null : servletRequest.getRemoteAddr()));
        } catch (IllegalArgumentException unknownNoticeOrWrongToken) {
            throw new NotFoundException();
        }
    }
}
