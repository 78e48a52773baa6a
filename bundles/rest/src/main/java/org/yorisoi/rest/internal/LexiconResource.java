package org.yorisoi.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.yorisoi.risk.LexiconStore;
import org.yorisoi.risk.LexiconVersion;
import org.yorisoi.risk.RiskDetector.LexiconText;
import org.yorisoi.security.Permission;

/**
 * The risk lexicon, one for the platform: any contract's lead reads its versions and publishes a new one, which the
 * risk detector matches against at once. The store validates and audits ({@code lexicon-published}).
 */
@Component(service = LexiconResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/risk/lexicon")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "risk", description = "The risk detector's lexicon (one for the platform, edited by leads)")
public class LexiconResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final LexiconStore store;

    @Activate
    public LexiconResource(@Reference LexiconStore store) {
        this.store = store;
    }

    @Schema(name = "Lexicon", description = "A lexicon version's text")
    public record LexiconView(@Schema(example = "2026-11-24.2") String version, int entries,
                              @Schema(description = "the lexicon file format: UTF-8, tab-separated, one entry per line "
                                      + "(id, category, severity, pattern [, notes]); # starts a comment") String text) {
        static LexiconView of(LexiconText t) {
            return new LexiconView(t.version(), t.entries(), t.text());
        }

        @Override
        public String toString() {
            return "Lexicon[" + version + ", " + entries + " entries]";
        }
    }

    @Schema(name = "LexiconVersion", description = "One published version of the lexicon")
    public record LexiconVersionView(@Schema(example = "2026-11-24.2") String version,
                                     @Schema(description = "the person who published it; `shipped` for the detector's own") String author,
                                     @Schema(format = "date-time") String at, int entries,
                                     @Schema(description = "why it was changed, in the author's words") String note) {
        static LexiconVersionView of(LexiconVersion v) {
            return new LexiconVersionView(v.version(), v.author(), SecurityDto.format(v.at()), v.entries(), v.note());
        }
    }

    @Schema(name = "LexiconPublish", description = "A new lexicon version")
    public record LexiconPublishRequest(@Schema(description = "the whole lexicon in the lexicon file format") String text,
                                        @Schema(description = "why it is changed (no consultation text)") String note) {
        @Override
        public String toString() {
            return "LexiconPublish[]";
        }
    }

    @GET
    @RequiresPermission(Permission.LEXICON_MANAGE)
    @Operation(summary = "The lexicon in force", operationId = "getLexicon",
            responses = @ApiResponse(responseCode = "200", description = "its version and text",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = LexiconView.class))))
    public LexiconView current() {
        return LexiconView.of(store.current());
    }

    @GET
    @Path("versions")
    @RequiresPermission(Permission.LEXICON_MANAGE)
    @Operation(summary = "Every published version, newest first; the shipped one last", operationId = "listLexiconVersions",
            responses = @ApiResponse(responseCode = "200", description = "the versions",
                    content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = LexiconVersionView.class)))))
    public List<LexiconVersionView> versions() {
        return store.history().stream().map(LexiconVersionView::of).toList();
    }

    @GET
    @Path("versions/{version}")
    @RequiresPermission(Permission.LEXICON_MANAGE)
    @Operation(summary = "The text of a published version", operationId = "getLexiconVersion",
            responses = {
                @ApiResponse(responseCode = "200", description = "its text",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = LexiconView.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such version",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public LexiconView version(@Parameter(description = "e.g. 2026-11-24.2") @PathParam("version") String version) {
        return store.text(version).map(LexiconView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEXICON_MANAGE)
    @Operation(summary = "Publish a new version: the detector matches against it at once", operationId = "publishLexicon",
            description = "The text is validated first; nothing changes when a line is invalid. A `# version:` line in "
                    + "the text is ignored: the platform numbers the versions. Audited `lexicon-published`.",
            responses = {
                @ApiResponse(responseCode = "201", description = "published",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = LexiconVersionView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: text missing, or not a valid lexicon: "
                        + "the message names the line and the field at fault",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response publish(LexiconPublishRequest body, @Context SecurityContext security) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new BadParameterException("text", "required, the lexicon in the lexicon file format");
        }
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        LexiconVersion published;
        try {
            published = store.publish(Callers.of(security), body.text(), note);
        } catch (IllegalArgumentException invalid) {
            // the store names the line and the field; said as a bad parameter so that the client knows which one
            throw new BadParameterException("text", invalid.getMessage());
        }
        return Response.status(201).entity(LexiconVersionView.of(published)).build();
    }
}
