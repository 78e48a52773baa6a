package org.yorisoi.rest.internal;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;

import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.security.AccessDeniedException;

import com.fasterxml.jackson.databind.JsonNode;

/** What JAX-RS does around a resource method, for the resource tests: the mappers' answers and the JSON written. */
final class RestCalls {

    private RestCalls() {
    }

    /** The method's response (200 with its entity unless it built one), or the response of the mapper JAX-RS picks. */
    static Response call(Supplier<Object> method) {
        try {
            Object result = method.get();
            return result instanceof Response r ? r : Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (UnknownContractException e) {
            return new ErrorMappers.UnknownContract().toResponse(e);
        } catch (BadParameterException e) {
            return new ErrorMappers.BadParameter().toResponse(e);
        } catch (UnavailableException e) {
            return new ErrorMappers.Unavailable().toResponse(e);
        } catch (AccessDeniedException e) {
            return new ErrorMappers.AccessDenied().toResponse(e);
        } catch (IllegalArgumentException e) {
            return new ErrorMappers.BadRange().toResponse(e);
        } catch (IllegalStateException e) {
            return new ErrorMappers.Conflict().toResponse(e);
        } catch (WebApplicationException e) {
            return new ErrorMappers.Http().toResponse(e);
        } catch (RuntimeException e) {
            return new ErrorMappers.Internal().toResponse(e);
        }
    }

    /** The response's entity serialised through the real provider, as the runtime would, and read back. */
    static JsonNode json(Response response) {
        return json(response.getEntity());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static JsonNode json(Object entity) {
        try {
            JsonProvider provider = new JsonProvider();
            assertTrue(provider.isWriteable(entity.getClass(), entity.getClass(), new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            provider.writeTo(entity, (Class) entity.getClass(), entity.getClass(), new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
            return JsonProvider.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
