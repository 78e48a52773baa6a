package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.lang.reflect.Proxy;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.rest.internal.AcknowledgementsResource.AcknowledgementView;

import com.fasterxml.jackson.databind.JsonNode;

public class AcknowledgementsResourceTest {

    private final EmergencyFakes.Cases cases = new EmergencyFakes.Cases();
    private final AcknowledgementsResource resource = new AcknowledgementsResource(cases);
    private String noticeId;
    private String token;

    @Before
    public void setUp() {
        resource.servletRequest = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRemoteAddr")) {
                        return "203.0.113.7";
                    }
                    throw new AssertionError("unexpected " + method.getName());
                });
        cases.conversation("c1", "testcity").rule("testcity", Trigger.EMERGENCY);
        EmergencyCase c = cases.open(Callers.of(EmergencyFakes.counselor("testcity")), "c1", Trigger.EMERGENCY,
                CaseOrigin.DECLARED);
        noticeId = c.notices().get(0).id();
        token = cases.tokens.get(noticeId);
    }

    @Test
    public void theRightTokenAcknowledgesOnceFromTheClientsAddress() {
        Response r = RestCalls.call(() -> resource.acknowledge(noticeId, token));

        assertEquals(200, r.getStatus());
        JsonNode ack = RestCalls.json(r);
        assertEquals(7, ack.size());
        assertEquals(noticeId, ack.path("noticeId").asText());
        assertEquals("case-1", ack.path("caseId").asText());
        assertEquals("テスト市SNS相談", ack.path("contractNameJa").asText());
        assertEquals("テスト市教育委員会", ack.path("recipientNameJa").asText());
        assertEquals(true, ack.path("emergency").asBoolean());
        assertEquals("2026-11-24T10:01:00+09:00", ack.path("sentAt").asText());
        String first = ack.path("acknowledgedAt").asText();
        assertEquals("2026-11-24T10:02:00+09:00", first);
        assertEquals(List.of("203.0.113.7"), cases.acknowledgedFrom);

        AcknowledgementView again = resource.acknowledge(noticeId, token);
        assertEquals("idempotent: the first time stays", first, again.acknowledgedAt());
    }

    @Test
    public void aWrongTokenAndAnUnknownNoticeGetTheSame404() {
        Response wrongToken = RestCalls.call(() -> resource.acknowledge(noticeId, "token-guess"));
        Response unknownNotice = RestCalls.call(() -> resource.acknowledge("notice-404", token));
        Response noToken = RestCalls.call(() -> resource.acknowledge(noticeId, ""));

        for (Response r : List.of(wrongToken, unknownNotice, noToken)) {
            assertEquals(404, r.getStatus());
            assertEquals(RestCalls.json(wrongToken), RestCalls.json(r));
        }
        assertEquals("NOT_FOUND", ((ApiError) wrongToken.getEntity()).code());
        assertEquals(List.of(), cases.acknowledgedFrom);
        assertEquals(null, cases.cases.get("case-1").notices().get(0).acknowledgedAt());
    }

    @Test
    public void withoutTheCaseServiceTheAnswerIs503NotANotFound() {
        Response r = RestCalls.call(() -> new AcknowledgementsResource().acknowledge(noticeId, token));
        assertEquals(503, r.getStatus());
        assertNotNull(((ApiError) r.getEntity()).message());
    }
}
