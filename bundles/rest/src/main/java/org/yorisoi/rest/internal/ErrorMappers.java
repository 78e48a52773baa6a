package org.yorisoi.rest.internal;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.platform.UnknownContractException;

/** Exception mappers: every error leaves as a JSON {@link ApiError}, never as a stack trace. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message)).build();
    }

    /** 404 UNKNOWN_CONTRACT. */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.unknown-contract")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class UnknownContract implements ExceptionMapper<UnknownContractException> {
        @Override
        public Response toResponse(UnknownContractException e) {
            return error(404, "UNKNOWN_CONTRACT", "no contract '" + e.contractId() + "' is deployed");
        }
    }

    /** 400 BAD_PARAMETER: a query parameter is missing or malformed; the message names it. */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.bad-parameter")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException e) {
            return error(400, "BAD_PARAMETER", e.getMessage());
        }
    }

    /** 400 BAD_RANGE: the services reject a range (to before from, too long). */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.bad-range")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class BadRange implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            String message = e.getMessage();
            return error(400, "BAD_RANGE", message == null || message.isBlank() ? "bad range" : message);
        }
    }

    /** 503 UNAVAILABLE: an optional platform service is not running. */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.unavailable")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class Unavailable implements ExceptionMapper<UnavailableException> {
        @Override
        public Response toResponse(UnavailableException e) {
            return error(503, "UNAVAILABLE", e.getMessage());
        }
    }

    /** JAX-RS' own errors (unknown path, wrong method, unacceptable type) keep their status, with a JSON body. */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.http")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original == null ? 500 : original.getStatus();
            if (status >= 500) {
                return Internal.logged(e);
            }
            Response.Status known = Response.Status.fromStatusCode(status);
            String code = known == null ? "HTTP_" + status : known.name();
            String message = known == null ? "HTTP " + status : known.getReasonPhrase();
            Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(code, message));
            String allow = original.getHeaderString("Allow");
            if (allow != null) {
                builder.header("Allow", allow);
            }
            return builder.build();
        }
    }

    /** 500 INTERNAL: anything else. Logged with an id the caller can quote; the body stays generic. */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.internal")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class Internal implements ExceptionMapper<Exception> {
        private static final Logger LOG = LoggerFactory.getLogger(Internal.class);

        @Override
        public Response toResponse(Exception e) {
            return logged(e);
        }

        static Response logged(Throwable e) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            // the exception only: never the request or its body
            LOG.error("REST request failed, error id {}", id, e);
            return error(500, "INTERNAL", "internal error (id " + id + ")");
        }
    }

    /** 403 FORBIDDEN: a permission check inside a resource (e.g. one consultation a viewer may not read). */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.access-denied")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class AccessDenied implements ExceptionMapper<org.yorisoi.security.AccessDeniedException> {
        @Override
        public Response toResponse(org.yorisoi.security.AccessDeniedException e) {
            return error(403, "FORBIDDEN", e.getMessage());
        }
    }

    /** 409 CONFLICT: the request is valid but the state forbids it now (erasure before the term ends, data erased). */
    @Component(service = ExceptionMapper.class)
    @JaxrsExtension
    @JaxrsName("yorisoi.error.conflict")
    @JaxrsExtensionSelect(JsonProvider.SELECT)
    public static class Conflict implements ExceptionMapper<IllegalStateException> {
        @Override
        public Response toResponse(IllegalStateException e) {
            String message = e.getMessage();
            return error(409, "CONFLICT", message == null || message.isBlank() ? "conflict" : message);
        }
    }
}
