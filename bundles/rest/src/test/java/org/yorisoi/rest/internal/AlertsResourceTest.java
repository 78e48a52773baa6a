package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.rest.internal.EmergencyDto.LeadAlertView;

import com.fasterxml.jackson.databind.JsonNode;

public class AlertsResourceTest {

    private final EmergencyFakes.Cases cases = new EmergencyFakes.Cases();
    private final SecurityContext lead = EmergencyFakes.lead("testcity");
    private AlertsResource resource;
    private LeadAlert highRisk;
    private LeadAlert overdue;
    private LeadAlert elsewhere;

    @Before
    public void setUp() {
        resource = new AlertsResource(cases, new TestPlatform.Registry(new TestPlatform.TestContract("testcity", Channel.WEB),
                new TestPlatform.TestContract("othercity", Channel.WEB)));
        highRisk = cases.alert("testcity", LeadAlert.Kind.HIGH_RISK_MESSAGE, null, "c1");
        overdue = cases.alert("testcity", LeadAlert.Kind.STEP_OVERDUE, "case-7", "c1");
        elsewhere = cases.alert("othercity", LeadAlert.Kind.NOTICE_UNDELIVERED, "case-8", "c9");
    }

    @Test
    public void alertsAreNewestFirstInTheDocumentedShape() {
        List<LeadAlertView> alerts = resource.list("testcity", null, lead);

        assertEquals(List.of(overdue.id(), highRisk.id()), alerts.stream().map(LeadAlertView::id).toList());
        JsonNode json = RestCalls.json(alerts.get(1));
        assertEquals(10, json.size());
        assertEquals("HIGH_RISK_MESSAGE", json.path("kind").asText());
        assertEquals("a high-risk message before any case", true, json.path("caseId").isNull());
        assertEquals(-1, json.path("stepIndex").asInt());
        assertEquals("2026-11-24T10:01:00+09:00", json.path("at").asText());
        assertEquals(true, json.path("seenAt").isNull());
    }

    @Test
    public void markingSeenRecordsWhoAndUnseenLeavesItOut() {
        LeadAlertView seen = resource.seen("testcity", highRisk.id(), lead);

        assertEquals("id-lead", seen.seenBy());
        assertEquals(List.of(overdue.id()), resource.list("testcity", "true", lead).stream().map(LeadAlertView::id).toList());
        assertEquals(2, resource.list("testcity", "false", lead).size());
        Response bad = RestCalls.call(() -> resource.list("testcity", "unseen", lead));
        assertEquals(400, bad.getStatus());
        assertEquals("unseen: true or false", ((ApiError) bad.getEntity()).message());
    }

    @Test
    public void anAlertOfAnotherContractIsNotFoundAndStaysUnseen() {
        SecurityContext everywhere = EmergencyFakes.as("chief", "*", org.yorisoi.contract.spi.Role.LEAD);
        for (SecurityContext caller : List.of(lead, everywhere)) {
            assertEquals(404, RestCalls.call(() -> resource.seen("testcity", elsewhere.id(), caller)).getStatus());
        }
        assertEquals(404, RestCalls.call(() -> resource.seen("testcity", "alert-404", lead)).getStatus());
        assertNull(cases.alerts.get(elsewhere.id()).seenAt());
    }
}
