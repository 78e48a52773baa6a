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
import org.yorisoi.protection.DataErasure;
import org.yorisoi.protection.ErasureRecord;
import org.yorisoi.security.Permission;

/** Erasure of a contract's consultation data at the end of its term, and the written records of it. */
@Component(service = ErasuresResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/contracts/{id}/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "erasures", description = "Erasing a contract's consultation data, and the erasure records")
public class ErasuresResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final DataErasure erasure;

    @Activate
    public ErasuresResource(@Reference DataErasure erasure) {
        this.erasure = erasure;
    }

    public record ErasureView(String id, String contractId, long consultations, long messages,
                              @Schema(format = "date-time") String oldestData,
                              @Schema(format = "date-time") String newestData, boolean keyDestroyed, String method,
                              @Schema(format = "date-time") String erasedAt, String erasedBy, boolean beforeTermEnd) {
        static ErasureView of(ErasureRecord r) {
            return new ErasureView(r.id(), r.contractId(), r.consultations(), r.messages(),
                    SecurityDto.format(r.oldestData()), SecurityDto.format(r.newestData()), r.keyDestroyed(),
                    r.method(), SecurityDto.format(r.erasedAt()), r.erasedBy(), r.beforeTermEnd());
        }
    }

    @POST
    @RequiresPermission(Permission.DATA_ERASE)
    @Operation(summary = "Erase the contract's consultation data: destroy its key, delete and compact its rows",
            operationId = "eraseContractData",
            description = "Irreversible. Refused before the term's last day unless `force=true`. Audited.",
            responses = {
                @ApiResponse(responseCode = "201", description = "erased; the record",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ErasureView.class))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "CONFLICT: the term has not ended (use force=true)",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response erase(@PathParam("id") String contractId,
                          @Parameter(description = "erase before the term's last day") @QueryParam("force") boolean force,
                          @Context SecurityContext security) {
        ErasureRecord r = erasure.erase(contractId, force, Callers.of(security).login());
        return Response.status(201).entity(ErasureView.of(r)).build();
    }

    @GET
    @RequiresPermission(Permission.ERASURE_RECORD_READ)
    @Operation(summary = "The contract's erasure records, newest first", operationId = "listErasures",
            responses = {
                @ApiResponse(responseCode = "200", description = "the records",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ErasureView.class)))),
                @ApiResponse(responseCode = "404", description = "UNKNOWN_CONTRACT",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<ErasureView> list(@PathParam("id") String contractId) {
        return erasure.records(contractId).stream().map(ErasureView::of).toList();
    }

    @GET
    @Path("{erasureId}")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @RequiresPermission(Permission.ERASURE_RECORD_READ)
    @Operation(summary = "An erasure record as a printable document (データ消去報告書)", operationId = "printErasure",
            responses = {
                @ApiResponse(responseCode = "200", description = "the document",
                        content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such record under the contract",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public String print(@PathParam("id") String contractId, @PathParam("erasureId") String erasureId) {
        erasure.record(erasureId).filter(r -> r.contractId().equals(contractId)).orElseThrow(NotFoundException::new);
        return erasure.printable(erasureId);
    }
}
