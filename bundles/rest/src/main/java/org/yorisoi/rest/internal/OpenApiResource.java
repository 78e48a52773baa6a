package org.yorisoi.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Serves the OpenAPI document generated at build time from the resource classes (swagger-maven-plugin);
 * the document ships inside the bundle, nothing is scanned at runtime.
 */
@OpenAPIDefinition(
        info = @Info(title = "Yorisoi public API", version = "1",
                description = "Read-only information about the deployed municipal counseling contracts: their terms, "
                        + "calendars, availability, report schedules and deployment history.\n\n"
                        + "**These endpoints are public: no login, no authentication, no cookies.** They expose no "
                        + "consultation data.\n\n"
                        + "Instants are ISO-8601 strings at +09:00 (Asia/Tokyo); dates are YYYY-MM-DD. "
                        + "Errors are JSON `{\"code\",\"message\"}` with a stable code.",
                license = @License(name = "see the project's LICENSE")),
        servers = @Server(url = "/api", description = "the JAX-RS whiteboard's default application"),
        security = {})
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsExtensionSelect(JsonProvider.SELECT)
@Path("v1/openapi.json")
@Tag(name = "meta", description = "About the API itself")
public class OpenApiResource {

    /** Where swagger-maven-plugin writes the document, relative to this class. */
    static final String DOCUMENT = "openapi.json";

    private volatile byte[] document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This OpenAPI 3 document", operationId = "getOpenApi",
            responses = @ApiResponse(responseCode = "200", description = "the OpenAPI document",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"))))
    public byte[] openApi() {
        byte[] d = document;
        if (d == null) {
            d = load();
            document = d;
        }
        return d;
    }

    static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its OpenAPI document " + DOCUMENT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
