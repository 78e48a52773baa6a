package org.yorisoi.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.yorisoi.security.Permission;
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
                description = "The Yorisoi platform API: deployed municipal counseling contracts (public: terms, "
                        + "calendars, availability, report schedules), and behind a login: sessions, staff, accounts, "
                        + "consultations, chat, emergency cases and lead alerts, the risk lexicon, audit and data erasure.\n\n"
                        + "**Access**: log in with POST /api/v1/sessions and send `Authorization: Bearer <token>`. Every "
                        + "operation states its rule (`x-yorisoi-access`, `x-yorisoi-roles`): public, any login, or a "
                        + "permission held through a role granted under the contract in the path. Deny by default.\n\n"
                        + "Instants are ISO-8601 strings at +09:00 (Asia/Tokyo); dates are YYYY-MM-DD. "
                        + "Errors are JSON `{\"code\",\"message\"}` with a stable code.",
                license = @License(name = "see the project's LICENSE")),
        servers = @Server(url = "/api", description = "the JAX-RS whiteboard's default application"),
        security = {})
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/openapi.json")
@Tag(name = "meta", description = "About the API itself")
public class OpenApiResource {

    /** Where swagger-maven-plugin writes the document, relative to this class. */
    static final String DOCUMENT = "openapi.json";

    private volatile byte[] document;

    @PublicEndpoint("describes the API; holds no data")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This OpenAPI 3 document", operationId = "getOpenApi",
            responses = @ApiResponse(responseCode = "200", description = "the OpenAPI document",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"))))
    public byte[] openApi() {
        byte[] d = document;
        if (d == null) {
            d = withPermissions(load(), bundleResources());
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

    /** The resource classes of this bundle, found in the bundle so that a new resource cannot be left out. */
    static List<Class<?>> bundleResources() {
        Bundle bundle = FrameworkUtil.getBundle(OpenApiResource.class);
        List<Class<?>> found = new ArrayList<>();
        Enumeration<URL> entries = bundle == null ? null
                : bundle.findEntries(OpenApiResource.class.getPackageName().replace('.', '/'), "*.class", false);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".class".length());
            try {
                Class<?> c = bundle.loadClass(OpenApiResource.class.getPackageName() + "." + name);
                if (c.isAnnotationPresent(Path.class)) {
                    found.add(c);
                }
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // a class needing an optional import (swagger) that is absent: not a resource
            }
        }
        return found;
    }

    /**
     * The document with each operation's access rule from the resource method's annotation: the extension
     * {@code x-yorisoi-access} ({@code public}, {@code signed-in} or the permission), {@code x-yorisoi-roles},
     * a {@code security} requirement, and a sentence at the head of the description.
     */
    static byte[] withPermissions(byte[] document, List<Class<?>> resources) {
        // keyed by "get /v1/contracts/{id}": the swagger annotations are not there at run time, JAX-RS's are
        Map<String, Method> byOperation = new HashMap<>();
        for (Class<?> c : resources) {
            String base = c.getAnnotation(Path.class).value();
            for (Method m : c.getMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    byOperation.put(verb + " " + join(base, sub == null ? null : sub.value()), m);
                }
            }
        }
        try {
            ObjectMapper mapper = JsonProvider.mapper();
            ObjectNode root = (ObjectNode) mapper.readTree(document);
            ObjectNode schemes = root.with("components").with("securitySchemes");
            schemes.putObject("bearer").put("type", "http").put("scheme", "bearer")
                    .put("description", "the token from POST /api/v1/sessions");
            schemes.putObject("cookie").put("type", "apiKey").put("in", "cookie").put("name", AuthorizationFilter.COOKIE)
                    .put("description", "set by POST /api/v1/sessions; unsafe methods also need the "
                            + AuthorizationFilter.CSRF_HEADER + " header");
            root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                if (!(entry.getValue() instanceof ObjectNode op)) {
                    return;
                }
                Method m = byOperation.get(entry.getKey() + " " + path.getKey());
                String rule = m == null ? "Open to nobody (no access rule declared)." : describe(m, op);
                String description = op.path("description").asText("");
                op.put("description", description.isEmpty() ? rule : rule + "\n\n" + description);
            }));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String verb(Method m) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(javax.ws.rs.GET.class, javax.ws.rs.POST.class,
                javax.ws.rs.PUT.class, javax.ws.rs.DELETE.class, javax.ws.rs.PATCH.class)) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The document's path of a resource method: "/" + class path + "/" + method path, without doubled slashes. */
    static String join(String base, String sub) {
        String path = "/" + base.replaceAll("^/|/$", "");
        return sub == null || sub.isBlank() ? path : path + "/" + sub.replaceAll("^/|/$", "");
    }

    private static String describe(Method m, ObjectNode op) {
        PublicEndpoint open = m.getAnnotation(PublicEndpoint.class);
        if (open != null) {
            op.put("x-yorisoi-access", "public");
            op.putArray("security");
            return "**Public**: " + open.value() + ".";
        }
        ArrayNode security = op.putArray("security");
        security.addObject().putArray("bearer");
        security.addObject().putArray("cookie");
        if (m.isAnnotationPresent(SignedIn.class)) {
            op.put("x-yorisoi-access", "signed-in");
            return "**Requires a login** (any role).";
        }
        RequiresPermission required = m.getAnnotation(RequiresPermission.class);
        if (required == null) {
            op.put("x-yorisoi-access", "none");
            return "Open to nobody (no access rule declared).";
        }
        Permission p = required.value();
        op.put("x-yorisoi-access", p.name());
        ArrayNode roles = op.putArray("x-yorisoi-roles");
        p.roles().forEach(r -> roles.add(r.name()));
        return "**Requires " + p.name() + "**: role " + p.roles().stream().map(Enum::name).collect(Collectors.joining(", "))
                + (p.scope() == Permission.Scope.CONTRACT
                        ? " under the contract `{" + required.contract() + "}` (or under every contract)"
                        : p.scope() == Permission.Scope.ANY_CONTRACT ? " under any contract"
                        : " under every contract (`*`)")
                + ". 401 without a live session, 403 without the role.";
    }
}
