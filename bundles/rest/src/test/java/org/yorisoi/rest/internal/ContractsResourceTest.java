package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.rest.internal.TestPlatform.Calendar;
import org.yorisoi.rest.internal.TestPlatform.Registry;
import org.yorisoi.rest.internal.TestPlatform.TestContract;

import com.fasterxml.jackson.databind.JsonNode;

public class ContractsResourceTest {

    private Registry registry;
    private Calendar calendar;
    private ContractsResource resource;

    @Before
    public void setUp() {
        registry = new Registry(new TestContract("zeta", Channel.LINE), new TestContract("testcity", Channel.LINE, Channel.WEB, Channel.AI));
        calendar = new Calendar(registry);
        // 2025-06-02T09:30:00Z = 18:30 in Tokyo
        resource = new ContractsResource(registry, calendar, TestPlatform.clockAt("2025-06-02T09:30:00.123Z"));
    }

    // --- what JAX-RS does around a resource method: 200 with the entity, or the mapper's response ---

    private static Response call(Supplier<Object> method) {
        try {
            return Response.ok(method.get(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (UnknownContractException e) {
            return new ErrorMappers.UnknownContract().toResponse(e);
        } catch (BadParameterException e) {
            return new ErrorMappers.BadParameter().toResponse(e);
        } catch (UnavailableException e) {
            return new ErrorMappers.Unavailable().toResponse(e);
        } catch (IllegalArgumentException e) {
            return new ErrorMappers.BadRange().toResponse(e);
        } catch (WebApplicationException e) {
            return new ErrorMappers.Http().toResponse(e);
        } catch (RuntimeException e) {
            return new ErrorMappers.Internal().toResponse(e);
        }
    }

    /** Serialises the entity through the real provider, as the runtime would. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonNode json(Response response) {
        try {
            Object entity = response.getEntity();
            JsonProvider provider = new JsonProvider();
            assertTrue(provider.isWriteable(entity.getClass(), entity.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            provider.writeTo(entity, (Class) entity.getClass(), entity.getClass(), new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
            return JsonProvider.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertError(Response r, int status, String code, String messageStart) {
        assertEquals(status, r.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, r.getMediaType());
        JsonNode body = json(r);
        assertEquals(2, body.size());
        assertEquals(code, body.get("code").asText());
        assertTrue(body.get("message").asText(), body.get("message").asText().startsWith(messageStart));
    }

    // --- GET /v1/contracts ---

    @Test
    public void contractsAreSortedByIdWithTheFieldsTheIssueNames() {
        Response r = call(resource::contracts);
        assertEquals(200, r.getStatus());
        JsonNode list = json(r);
        assertEquals(2, list.size());
        assertEquals("testcity", list.get(0).get("id").asText());
        assertEquals("zeta", list.get(1).get("id").asText());
        JsonNode c = list.get(0);
        assertEquals("Test City chat counseling", c.get("name").asText());
        assertEquals("テスト市SNS相談", c.get("nameJa").asText());
        assertEquals("テスト市", c.get("municipality").asText());
        assertEquals("2025-04-01", c.get("term").get("start").asText());
        assertEquals("2026-03-31", c.get("term").get("end").asText());
        assertEquals("2025-12-29", c.get("term").get("pauses").get(0).get("start").asText());
        assertEquals("2026-01-03", c.get("term").get("pauses").get(0).get("end").asText());
        assertEquals("[\"WEB\",\"LINE\",\"AI\"]", c.get("channels").toString());
    }

    // --- GET /v1/contracts/{id} ---

    @Test
    public void contractDetailHasRecipientsParametersAndReports() {
        JsonNode c = json(call(() -> resource.contract("testcity")));
        assertEquals("testcity", c.get("id").asText());
        assertEquals("テスト市教育委員会", c.get("recipients").get(0).get("nameJa").asText());
        assertEquals("testcity-office", c.get("recipients").get(1).get("id").asText());
        JsonNode p = c.get("parameters").get(0);
        assertEquals("humanEnd", p.get("key").asText());
        assertEquals("22:00", p.get("value").asText());
        assertEquals("相談員対応の終了時刻", p.get("descriptionJa").asText());
        assertEquals("test 6(1)", p.get("clause").asText());
        JsonNode report = c.get("reports").get(0);
        assertEquals("monthly", report.get("id").asText());
        assertEquals("月次報告書", report.get("nameJa").asText());
        assertEquals("MONTHLY", report.get("period").asText());
        assertEquals("test 10(2)", report.get("clause").asText());
        assertEquals("市内在住の中学生", c.get("eligibility").get("populationJa").asText());
    }

    @Test
    public void unknownContractIs404UnknownContract() {
        assertError(call(() -> resource.contract("nara")), 404, "UNKNOWN_CONTRACT", "no contract 'nara' is deployed");
    }

    // --- GET /v1/contracts/{id}/availability ---

    @Test
    public void availabilityEchoesAtAtPlusNineAndFormatsNextOpeningAtPlusNine() {
        Response r = call(() -> resource.availability("testcity", "2025-06-02T12:00:00Z"));
        assertEquals(200, r.getStatus());
        JsonNode a = json(r);
        assertEquals("testcity", a.get("contract").asText());
        assertEquals("2025-06-02T21:00:00+09:00", a.get("at").asText());
        assertTrue(a.get("receiving").asBoolean());
        assertTrue(a.get("humanStaffed").asBoolean());
        assertFalse(a.get("aiAvailable").asBoolean());
        assertTrue("appointmentWindow present as null", a.has("appointmentWindow") && a.get("appointmentWindow").isNull());
        assertEquals("2025-06-03T17:00:00+09:00", a.get("nextHumanOpening").asText());
    }

    @Test
    public void availabilityDefaultsToNowOnThePlatformClock() {
        JsonNode a = json(call(() -> resource.availability("testcity", null)));
        assertEquals("2025-06-02T18:30:00+09:00", a.get("at").asText());
        assertEquals(Instant.parse("2025-06-02T09:30:00Z"), calendar.lastAvailabilityAt.toInstant());
    }

    @Test
    public void availabilityAcceptsAnUnencodedPlusThatArrivedAsASpace() {
        JsonNode a = json(call(() -> resource.availability("testcity", "2025-06-02T10:00:00 09:00")));
        assertEquals("2025-06-02T10:00:00+09:00", a.get("at").asText());
        assertFalse(a.get("humanStaffed").asBoolean());
    }

    @Test
    public void availabilityWithoutOffsetIs400NamingAt() {
        assertError(call(() -> resource.availability("testcity", "2025-06-02T10:00:00")), 400, "BAD_PARAMETER", "at: expected");
        assertError(call(() -> resource.availability("testcity", "tomorrow")), 400, "BAD_PARAMETER", "at: expected");
    }

    @Test
    public void availabilityOfUnknownContractIs404() {
        assertError(call(() -> resource.availability("nara", null)), 404, "UNKNOWN_CONTRACT", "no contract 'nara'");
    }

    // --- GET /v1/contracts/{id}/calendar ---

    @Test
    public void calendarListsOpeningsWithStartEndKindAtPlusNine() {
        Response r = call(() -> resource.calendar("testcity", "2025-06-01", "2025-06-02"));
        assertEquals(200, r.getStatus());
        JsonNode list = json(r);
        assertEquals(2, list.size());
        assertEquals("2025-06-01T17:00:00+09:00", list.get(0).get("start").asText());
        assertEquals("2025-06-01T22:00:00+09:00", list.get(0).get("end").asText());
        assertEquals("HUMAN", list.get(0).get("kind").asText());
        assertEquals(3, list.get(0).size());
    }

    @Test
    public void calendarMissingOrMalformedDatesAre400NamingTheParameter() {
        assertError(call(() -> resource.calendar("testcity", null, "2025-06-02")), 400, "BAD_PARAMETER", "from: required, expected YYYY-MM-DD");
        assertError(call(() -> resource.calendar("testcity", "2025-06-01", "")), 400, "BAD_PARAMETER", "to: required");
        assertError(call(() -> resource.calendar("testcity", "2025/06/01", "2025-06-02")), 400, "BAD_PARAMETER", "from: expected YYYY-MM-DD");
        assertError(call(() -> resource.calendar("testcity", "2025-06-01", "2025-02-30")), 400, "BAD_PARAMETER", "to: expected YYYY-MM-DD");
    }

    @Test
    public void calendarRangeRejectedByTheServiceIs400BadRange() {
        assertError(call(() -> resource.calendar("testcity", "2025-06-02", "2025-06-01")), 400, "BAD_RANGE", "to 2025-06-01 is before");
        assertError(call(() -> resource.calendar("testcity", "2020-01-01", "2025-06-01")), 400, "BAD_RANGE", "range longer");
    }

    @Test
    public void calendarOfUnknownContractIs404() {
        assertError(call(() -> resource.calendar("nara", "2025-06-01", "2025-06-02")), 404, "UNKNOWN_CONTRACT", "no contract");
    }

    // --- GET /v1/contracts/{id}/report-schedule ---

    @Test
    public void reportScheduleHasRecipientNamesAndIds() {
        Response r = call(() -> resource.reportSchedule("testcity", "2025-06-01", "2025-07-31"));
        assertEquals(200, r.getStatus());
        JsonNode list = json(r);
        assertEquals(2, list.size());
        JsonNode d = list.get(0);
        assertEquals("monthly", d.get("report").asText());
        assertEquals("月次報告書", d.get("nameJa").asText());
        assertEquals("2025-05-01", d.get("periodStart").asText());
        assertEquals("2025-05-31", d.get("periodEnd").asText());
        assertEquals("2025-06-10T23:59:59+09:00", d.get("due").asText());
        assertEquals("[\"テスト市教育委員会\",\"テスト市役所\"]", d.get("recipients").toString());
        assertEquals("[\"testcity-board\",\"testcity-office\"]", d.get("recipientIds").toString());
        assertEquals("test 10(2)", d.get("clause").asText());
    }

    @Test
    public void reportScheduleBadDatesAndRanges() {
        assertError(call(() -> resource.reportSchedule("testcity", "2025-06-01", null)), 400, "BAD_PARAMETER", "to: ");
        assertError(call(() -> resource.reportSchedule("testcity", "2025-07-01", "2025-06-01")), 400, "BAD_RANGE", "to ");
        assertError(call(() -> resource.reportSchedule("nara", "2025-06-01", "2025-06-30")), 404, "UNKNOWN_CONTRACT", "no contract");
    }

    // --- GET /v1/contracts/{id}/deployments ---

    @Test
    public void deploymentsAre503WhenTheHistoryIsAbsent() {
        assertError(call(() -> resource.deployments("testcity")), 503, "UNAVAILABLE", "the deployment history");
    }

    @Test
    public void deploymentsListTheHistoryAtPlusNine() {
        List<Object> asked = new ArrayList<>();
        resource.history = (id, limit) -> {
            asked.add(id);
            asked.add(limit);
            return List.of(new ContractDeployment(id, "org.yorisoi.contract.testcity", "1.0.0",
                    ContractDeployment.Action.DEPLOYED, Instant.parse("2025-04-01T00:00:00Z"), "system"));
        };
        JsonNode list = json(call(() -> resource.deployments("testcity")));
        assertEquals(List.of("testcity", 100), asked);
        JsonNode e = list.get(0);
        assertEquals("testcity", e.get("contractId").asText());
        assertEquals("org.yorisoi.contract.testcity", e.get("bundle").asText());
        assertEquals("1.0.0", e.get("version").asText());
        assertEquals("DEPLOYED", e.get("action").asText());
        assertEquals("2025-04-01T09:00:00+09:00", e.get("at").asText());
        assertEquals("system", e.get("by").asText());
    }

    @Test
    public void deploymentsOfAContractNeverSeenAre404() {
        resource.history = (id, limit) -> List.of();
        assertError(call(() -> resource.deployments("nara")), 404, "UNKNOWN_CONTRACT", "no contract 'nara'");
        assertEquals(200, call(() -> resource.deployments("testcity")).getStatus());
    }

    // --- mappers for everything else ---

    @Test
    public void unexpectedExceptionsAre500WithAGenericMessage() {
        Response r = call(() -> {
            throw new IllegalStateException("secret detail from deep inside");
        });
        assertError(r, 500, "INTERNAL", "internal error (id ");
        assertFalse(json(r).get("message").asText().contains("secret"));
    }

    @Test
    public void jaxRsErrorsKeepTheirStatusWithAJsonBody() {
        assertError(call(() -> {
            throw new NotFoundException();
        }), 404, "NOT_FOUND", "Not Found");
        Response r = call(() -> {
            throw new NotAllowedException("GET");
        });
        assertError(r, 405, "METHOD_NOT_ALLOWED", "Method Not Allowed");
        assertNotNull(r.getHeaderString("Allow"));
    }

    @Test
    public void dateTimesAreAlwaysShownAtPlusNine() {
        assertEquals("2025-06-02T09:00:00+09:00", Params.format(java.time.OffsetDateTime.parse("2025-06-02T00:00:00Z")));
        assertEquals("2025-06-02T09:00:00+09:00", Params.format(java.time.OffsetDateTime.parse("2025-06-01T16:00:00-08:00")));
    }
}
