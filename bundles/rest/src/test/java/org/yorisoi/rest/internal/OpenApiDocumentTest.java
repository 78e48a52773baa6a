package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI document shipped in the bundle describes every GET endpoint the resource classes declare. */
public class OpenApiDocumentTest {

    private final JsonNode doc = read();

    private static JsonNode read() {
        try {
            return JsonProvider.mapper().readTree(OpenApiResource.load());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every class of the bundle's package that carries @Path, found on disk so a new resource cannot be forgotten. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Paths.get(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/yorisoi/rest/internal");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class")) {
                    Class<?> c = Class.forName("org.yorisoi.rest.internal." + name.substring(0, name.length() - 6));
                    if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }

    private static String join(String base, javax.ws.rs.Path sub) {
        String path = "/" + base.replaceAll("^/|/$", "");
        return sub == null ? path : path + "/" + sub.value().replaceAll("^/|/$", "");
    }

    @Test
    public void everyGetEndpointIsInTheDocumentWithItsQueryParametersAndErrors() throws Exception {
        List<Class<?>> classes = resourceClasses();
        assertTrue("found the resources: " + classes, classes.size() >= 2);
        int endpoints = 0;
        for (Class<?> c : classes) {
            String base = c.getAnnotation(javax.ws.rs.Path.class).value();
            for (Method m : c.getMethods()) {
                if (!m.isAnnotationPresent(GET.class)) {
                    continue;
                }
                endpoints++;
                String path = join(base, m.getAnnotation(javax.ws.rs.Path.class));
                JsonNode op = doc.path("paths").path(path).path("get");
                assertFalse("missing from openapi.json: GET " + path, op.isMissingNode());
                assertNotNull(path + " 200", op.path("responses").get("200"));
                for (Parameter p : m.getParameters()) {
                    QueryParam q = p.getAnnotation(QueryParam.class);
                    if (q != null) {
                        boolean listed = false;
                        for (JsonNode dp : op.path("parameters")) {
                            listed |= q.value().equals(dp.path("name").asText()) && "query".equals(dp.path("in").asText());
                        }
                        assertTrue(path + " lacks query parameter " + q.value(), listed);
                        assertNotNull(path + " 400", op.path("responses").get("400"));
                    }
                }
                if (path.contains("{id}")) {
                    assertNotNull(path + " 404", op.path("responses").get("404"));
                }
            }
        }
        assertTrue("GET endpoints: " + endpoints, endpoints >= 7);
    }

    @Test
    public void theIssuesPathsAreThere() {
        for (String p : List.of("/v1/contracts", "/v1/contracts/{id}", "/v1/contracts/{id}/availability",
                "/v1/contracts/{id}/calendar", "/v1/contracts/{id}/report-schedule", "/v1/contracts/{id}/deployments",
                "/v1/openapi.json")) {
            assertTrue(p, doc.path("paths").has(p));
        }
        assertEquals("/api", doc.path("servers").get(0).path("url").asText());
        assertTrue(doc.path("openapi").asText().startsWith("3."));
    }

    @Test
    public void theDocumentSaysHowToLogIn() {
        assertTrue(doc.path("info").path("description").asText().contains("POST /api/v1/sessions"));
    }

    @Test
    public void errorsAndFieldNamesAreDescribed() {
        JsonNode schemas = doc.path("components").path("schemas");
        assertTrue(schemas.path("Error").path("properties").has("code"));
        assertTrue(schemas.path("Error").path("properties").has("message"));
        for (String f : List.of("contract", "at", "receiving", "humanStaffed", "aiAvailable", "appointmentWindow", "nextHumanOpening")) {
            assertTrue(f, schemas.path("AvailabilityView").path("properties").has(f));
        }
        for (String f : List.of("report", "nameJa", "periodStart", "periodEnd", "due", "recipients", "recipientIds", "clause")) {
            assertTrue(f, schemas.path("ReportDueView").path("properties").has(f));
        }
        assertEquals("#/components/schemas/Error", doc.path("paths").path("/v1/contracts/{id}").path("get")
                .path("responses").path("404").path("content").path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    public void theResourceServesTheShippedDocument() {
        assertTrue(new String(new OpenApiResource().openApi(), java.nio.charset.StandardCharsets.UTF_8).contains("\"/v1/contracts\""));
    }

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS = List.of(GET.class,
            javax.ws.rs.POST.class, javax.ws.rs.PUT.class, javax.ws.rs.DELETE.class);

    @Test
    public void everyEndpointDeclaresExactlyOneAccessRule() throws Exception {
        for (Class<?> c : resourceClasses()) {
            for (Method m : c.getMethods()) {
                if (HTTP_METHODS.stream().noneMatch(m::isAnnotationPresent)) {
                    continue;
                }
                int rules = (m.isAnnotationPresent(PublicEndpoint.class) ? 1 : 0)
                        + (m.isAnnotationPresent(SignedIn.class) ? 1 : 0)
                        + (m.isAnnotationPresent(RequiresPermission.class) ? 1 : 0);
                assertEquals(c.getSimpleName() + "." + m.getName() + " access rules", 1, rules);
            }
        }
    }

    @Test
    public void everyResourceWaitsForTheAuthorizationFilter() throws Exception {
        // the component descriptions bnd generated: the whiteboard serves a resource only once the filter is there
        Path classes = Paths.get(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Class<?> c : resourceClasses()) {
            String xml = Files.readString(classes.resolve("OSGI-INF/" + c.getName() + ".xml"));
            assertTrue(c.getSimpleName() + " selects the authorization filter", xml.contains(AuthorizationFilter.SELECT));
        }
    }

    @Test
    public void servedDocumentStatesEachOperationsRequiredRoles() throws Exception {
        JsonNode served = JsonProvider.mapper().readTree(OpenApiResource.withPermissions(OpenApiResource.load(),
                resourceClasses()));
        int operations = 0;
        for (JsonNode path : served.path("paths")) {
            for (JsonNode op : path) {
                operations++;
                String access = op.path("x-yorisoi-access").asText();
                assertFalse(op.path("operationId").asText() + " has an access rule", access.isEmpty() || "none".equals(access));
                if (!"public".equals(access) && !"signed-in".equals(access)) {
                    assertTrue(op.path("operationId").asText() + " lists roles", op.path("x-yorisoi-roles").size() > 0);
                    assertTrue(op.path("description").asText().startsWith("**Requires " + access));
                }
            }
        }
        assertTrue(operations > 10);
        assertEquals("AUDIT_READ", served.path("paths").path("/v1/audit").path("get").path("x-yorisoi-access").asText());
        assertEquals("[\"SYSTEM_MANAGER\",\"ADMIN\"]",
                served.path("paths").path("/v1/audit").path("get").path("x-yorisoi-roles").toString());
        assertEquals("public", served.path("paths").path("/v1/contracts").path("get").path("x-yorisoi-access").asText());
    }
}
