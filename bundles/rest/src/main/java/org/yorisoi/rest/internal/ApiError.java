package org.yorisoi.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every error response: a stable machine code and a human message. */
@Schema(name = "Error", description = "Every error response has this body; never a stack trace.")
public record ApiError(
        @Schema(description = "stable code", allowableValues = {"UNKNOWN_CONTRACT", "BAD_PARAMETER", "BAD_RANGE",
                "UNAVAILABLE", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "INTERNAL"}, example = "UNKNOWN_CONTRACT")
        String code,
        @Schema(description = "what went wrong, for people", example = "no contract 'nara' is deployed")
        String message) {
}
