package org.yorisoi.rest.internal;

import java.time.temporal.ChronoUnit;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.platform.PlatformClock;

/** The platform's clock, which may run at a configured instant: consoles count down to due times by it. */
@Component(service = ClockResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meta")
public class ClockResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final PlatformClock clock;

    @Activate
    public ClockResource(@Reference PlatformClock clock) {
        this.clock = clock;
    }

    @Schema(name = "Clock")
    public record ClockView(@Schema(format = "date-time", example = "2026-11-24T10:00:00+09:00",
            description = "the platform's time, to the second") String now) {
    }

    @GET
    @SignedIn
    @Operation(summary = "The platform's time now (for countdowns to due times)", operationId = "getClock",
            responses = {
                @ApiResponse(responseCode = "200", description = "now",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ClockView.class))),
                @ApiResponse(responseCode = "401", description = "UNAUTHENTICATED",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public ClockView now() {
        return new ClockView(SecurityDto.format(clock.now().truncatedTo(ChronoUnit.SECONDS)));
    }
}
