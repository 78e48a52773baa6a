package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The staff, staffing and roster endpoints are in the served OpenAPI document with the permission each needs. */
public class StaffApiDocumentTest {

    private static JsonNode served() throws Exception {
        List<Class<?>> resources = List.of(StaffResource.class, StaffShiftsResource.class, StaffEligibilityResource.class,
                StaffingCheckResource.class, RosterResource.class, RosterCsvResource.class, RosterXlsxResource.class);
        return JsonProvider.mapper().readTree(OpenApiResource.withPermissions(OpenApiResource.load(), resources));
    }

    @Test
    public void everyOperationStatesItsPermission() throws Exception {
        JsonNode paths = served().path("paths");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("get /v1/staff", "STAFF_READ"),
                Map.entry("post /v1/staff", "STAFF_MANAGE"),
                Map.entry("get /v1/staff/{personId}", "STAFF_READ"),
                Map.entry("get /v1/staff/{personId}/history", "STAFF_READ"),
                Map.entry("post /v1/staff/{personId}/deactivation", "STAFF_MANAGE"),
                Map.entry("post /v1/staff/{personId}/grants", "STAFF_MANAGE"),
                Map.entry("delete /v1/staff/{personId}/grants/{contractId}/{role}", "STAFF_MANAGE"),
                Map.entry("post /v1/staff/{personId}/qualifications", "STAFF_MANAGE"),
                Map.entry("post /v1/staff/{personId}/qualifications/{type}/verification", "STAFF_MANAGE"),
                Map.entry("post /v1/staff/{personId}/experience", "STAFF_MANAGE"),
                Map.entry("post /v1/staff/{personId}/approvals", "STAFF_MANAGE"),
                Map.entry("get /v1/contracts/{id}/eligibility", "STAFFING_READ"),
                Map.entry("get /v1/contracts/{id}/shifts", "STAFFING_READ"),
                Map.entry("post /v1/contracts/{id}/shifts", "SHIFT_MANAGE"),
                Map.entry("delete /v1/contracts/{id}/shifts/{shiftId}", "SHIFT_MANAGE"),
                Map.entry("get /v1/contracts/{id}/staffing-check", "STAFFING_READ"),
                Map.entry("get /v1/contracts/{id}/roster", "ROSTER_EXPORT"),
                Map.entry("get /v1/contracts/{id}/roster.csv", "ROSTER_EXPORT"),
                Map.entry("get /v1/contracts/{id}/roster.xlsx", "ROSTER_EXPORT"),
                Map.entry("post /v1/contracts/{id}/roster/submissions", "ROSTER_SUBMIT"),
                Map.entry("get /v1/contracts/{id}/roster/submissions", "ROSTER_EXPORT"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String[] methodPath = e.getKey().split(" ");
            JsonNode op = paths.path(methodPath[1]).path(methodPath[0]);
            assertFalse("missing: " + e.getKey(), op.isMissingNode());
            assertEquals(e.getKey(), e.getValue(), op.path("x-yorisoi-access").asText());
        }
    }

    @Test
    public void theDownloadsAreDescribedAsFiles() throws Exception {
        JsonNode paths = served().path("paths");
        assertTrue(paths.path("/v1/contracts/{id}/roster.csv").path("get").path("responses").path("200")
                .path("content").has("text/csv"));
        assertTrue(paths.path("/v1/contracts/{id}/roster.xlsx").path("get").path("responses").path("200")
                .path("content").has(RosterDownload.XLSX));
    }

    @Test
    public void requestBodiesNameTheirFields() throws Exception {
        JsonNode schemas = served().path("components").path("schemas");
        for (String f : List.of("contractId", "role", "from", "until", "organisation")) {
            assertTrue(f, schemas.path("GrantRequest").path("properties").has(f));
        }
        for (String f : List.of("personId", "role", "start", "end")) {
            assertTrue(f, schemas.path("ShiftRequest").path("properties").has(f));
        }
        for (String f : List.of("mark", "markJa", "grants", "qualifications", "experience", "approvals", "categories")) {
            assertTrue(f, schemas.path("RosterRowView").path("properties").has(f));
        }
    }
}
