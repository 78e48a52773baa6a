package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.rest.internal.EmergencyDto.CaseOpenRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseStepDoneRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseStepOwnerRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseView;

import com.fasterxml.jackson.databind.JsonNode;

public class CasesResourceTest {

    private final EmergencyFakes.Cases cases = new EmergencyFakes.Cases();
    private final ChatFakes.Fake chat = new ChatFakes.Fake();
    private CasesResource resource;
    private final SecurityContext counselor = EmergencyFakes.counselor("testcity");
    private final SecurityContext lead = EmergencyFakes.lead("testcity");

    @Before
    public void setUp() {
        cases.conversation("c1", "testcity").conversation("c2", "testcity").conversation("c9", "othercity")
                .rule("testcity", Trigger.EMERGENCY).rule("othercity", Trigger.EMERGENCY);
        chat.on("conversation", args -> Optional.ofNullable(cases.conversations.get((String) args[0]))
                .map(contract -> ChatFakes.conversation((String) args[0], contract, ConversationState.ACTIVE)));
        resource = new CasesResource(cases, chat.service(), new TestPlatform.Registry(
                new TestPlatform.TestContract("testcity", Channel.WEB), new TestPlatform.TestContract("othercity", Channel.WEB)));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CaseView open(String conversationId) {
        return (CaseView) resource.open("testcity", new CaseOpenRequest(conversationId, "EMERGENCY", "DECLARED"), counselor)
                .getEntity();
    }

    /** A case of othercity, opened by othercity's counselor. */
    private String otherContractsCase() {
        return cases.open(Callers.of(EmergencyFakes.counselor("othercity")), "c9", Trigger.EMERGENCY,
                org.yorisoi.emergency.CaseOrigin.DECLARED).id();
    }

    @Test
    public void openingAnswers201WithTheLocationAndTheCaseInTheDocumentedShape() {
        Response r = RestCalls.call(() -> resource.open("testcity",
                new CaseOpenRequest("c1", "emergency", "detection_confirmed"), counselor));

        assertEquals(201, r.getStatus());
        assertTrue(r.getLocation().toString(), r.getLocation().toString().endsWith("v1/contracts/testcity/cases/case-1"));
        JsonNode c = RestCalls.json(r);
        assertEquals(new TreeSet<>(List.of("id", "contractId", "conversationId", "trigger", "origin", "state", "openedBy",
                "openedAt", "clause", "nextDue", "closedAt", "closedBy", "steps", "notices")), fields(c));
        assertEquals(new TreeSet<>(List.of("index", "kind", "descriptionJa", "clause", "needsConsent", "automatic",
                "recipientIds", "ownerId", "due", "doneAt", "doneBy", "record")), fields(c.path("steps").get(0)));
        assertEquals(new TreeSet<>(List.of("id", "stepIndex", "recipientId", "recipientNameJa", "channel", "address",
                "attempts", "firstSentAt", "lastSentAt", "delivered", "lastDetail", "acknowledgeBy", "acknowledgedAt",
                "renotifiedAt")), fields(c.path("notices").get(0)));
        assertEquals("DETECTION_CONFIRMED", c.path("origin").asText());
        assertEquals("OPEN", c.path("state").asText());
        assertEquals("2026-11-24T10:01:00+09:00", c.path("openedAt").asText());
        assertEquals("the automatic notice is done: next due is the identification", "2026-11-24T11:01:00+09:00",
                c.path("nextDue").asText());
        assertTrue(c.path("closedAt").isNull());
    }

    @Test
    public void aConversationOfAnotherContractIsABadParameterAndOpensNothing() {
        for (String conversationId : List.of("c9", "nope")) {
            Response r = RestCalls.call(() -> resource.open("testcity",
                    new CaseOpenRequest(conversationId, "EMERGENCY", "DECLARED"), counselor));
            assertEquals(400, r.getStatus());
            assertEquals("conversationId: no such conversation under the contract",
                    ((ApiError) r.getEntity()).message());
        }
        assertTrue(cases.cases.isEmpty());
    }

    @Test
    public void aSecondOpenCaseOfTheSameTriggerOnTheConversationIsAConflict() {
        open("c1");
        Response r = RestCalls.call(() -> resource.open("testcity", new CaseOpenRequest("c1", "EMERGENCY", "DECLARED"), lead));
        assertEquals(409, r.getStatus());
        assertEquals("CONFLICT", ((ApiError) r.getEntity()).code());
    }

    @Test
    public void aTriggerTheContractHasNoRuleForIsRefusedWith400() {
        Response r = RestCalls.call(() -> resource.open("testcity",
                new CaseOpenRequest("c1", "INFORMATION_SHARING", "DECLARED"), counselor));
        assertEquals(400, r.getStatus());
    }

    @Test
    public void aMissingOrUnknownFieldOfTheOpeningIsNamed() {
        assertEquals("conversationId: required", message(() -> resource.open("testcity",
                new CaseOpenRequest(" ", "EMERGENCY", "DECLARED"), counselor)));
        assertEquals("trigger: one of [EMERGENCY, INFORMATION_SHARING]", message(() -> resource.open("testcity",
                new CaseOpenRequest("c1", "FIRE", "DECLARED"), counselor)));
        assertEquals("origin: one of [DECLARED, DETECTION_CONFIRMED]", message(() -> resource.open("testcity",
                new CaseOpenRequest("c1", "EMERGENCY", null), counselor)));
        assertTrue(message(() -> resource.open("testcity", null, counselor)).startsWith("body:"));
    }

    private static String message(java.util.function.Supplier<Object> call) {
        Response r = RestCalls.call(call);
        assertEquals(400, r.getStatus());
        return ((ApiError) r.getEntity()).message();
    }

    @Test
    public void aCaseOfAnotherContractIsNotFoundWhateverTheCallersGrants() {
        String other = otherContractsCase();
        SecurityContext everywhere = EmergencyFakes.as("chief", "*", Role.LEAD);
        for (SecurityContext caller : List.of(counselor, lead, everywhere)) {
            List<java.util.function.Supplier<Object>> calls = List.of(
                    () -> resource.get("testcity", other, caller),
                    () -> resource.completeStep("testcity", other, "1", new CaseStepDoneRequest("電話した"), caller),
                    () -> resource.assignStep("testcity", other, "1", new CaseStepOwnerRequest("id-lead"), caller),
                    () -> resource.close("testcity", other, caller),
                    () -> resource.timeline("testcity", other, caller));
            for (java.util.function.Supplier<Object> call : calls) {
                Response r = RestCalls.call(call);
                assertEquals(404, r.getStatus());
                assertEquals("NOT_FOUND", ((ApiError) r.getEntity()).code());
            }
        }
        assertEquals(CaseState.OPEN, cases.cases.get(other).state());
        assertEquals(null, cases.cases.get(other).steps().get(1).doneAt());
        assertEquals(404, RestCalls.call(() -> resource.get("testcity", "case-404", counselor)).getStatus());
        assertEquals("UNKNOWN_CONTRACT", ((ApiError) RestCalls.call(() -> resource.get("nara", other, counselor))
                .getEntity()).code());
    }

    @Test
    public void theListIsNewestFirstAndFiltersByStateAndConversationOfTheContract() {
        String first = open("c1").id();
        String second = open("c2").id();
        otherContractsCase();
        resource.close("testcity", first, lead);

        assertEquals(List.of(second, first), ids(resource.list("testcity", null, null, counselor)));
        assertEquals(List.of(second, first), ids(resource.list("testcity", "false", "", counselor)));
        assertEquals(List.of(second), ids(resource.list("testcity", "true", null, counselor)));
        assertEquals(List.of(first), ids(resource.list("testcity", null, "c1", counselor)));
        assertEquals(List.of(), ids(resource.list("testcity", "true", "c1", counselor)));
        assertEquals("a conversation of another contract has none here", List.of(),
                ids(resource.list("testcity", null, "c9", counselor)));
        assertEquals("open: true or false", message(() -> resource.list("testcity", "yes", null, counselor)));
    }

    private static List<String> ids(List<CaseView> views) {
        List<String> ids = new ArrayList<>();
        views.forEach(v -> ids.add(v.id()));
        return ids;
    }

    @Test
    public void aStepIsDoneWithItsRecordAndAStepNotInTheCaseIsNotFound() {
        String id = open("c1").id();

        CaseView done = resource.completeStep("testcity", id, "1", new CaseStepDoneRequest("学校名を確認した"), counselor);

        assertEquals("id-counselor", done.steps().get(1).doneBy());
        assertEquals("学校名を確認した", done.steps().get(1).record());
        assertEquals("2026-11-25T10:01:00+09:00", done.nextDue());
        for (String index : List.of("3", "-1", "x", "")) {
            assertEquals(index, 404, RestCalls.call(() -> resource.completeStep("testcity", id, index,
                    new CaseStepDoneRequest(null), counselor)).getStatus());
        }
        assertEquals("an automatic notice is the platform's", 409, RestCalls.call(() -> resource.completeStep("testcity",
                id, "0", null, counselor)).getStatus());
        assertEquals("already done", 409, RestCalls.call(() -> resource.completeStep("testcity", id, "1", null,
                counselor)).getStatus());
        assertEquals("record: at most 2000 characters", message(() -> resource.completeStep("testcity", id, "2",
                new CaseStepDoneRequest("あ".repeat(2001)), counselor)));
        assertEquals("someone else's step", 403, RestCalls.call(() -> resource.completeStep("testcity", id, "2",
                null, EmergencyFakes.as("other", "testcity", Role.COUNSELOR))).getStatus());
    }

    @Test
    public void aStepIsGivenToTheNamedPerson() {
        String id = open("c1").id();
        assertEquals("personId: required", message(() -> resource.assignStep("testcity", id, "1",
                new CaseStepOwnerRequest(" "), lead)));

        CaseView assigned = resource.assignStep("testcity", id, "1", new CaseStepOwnerRequest(" id-sato "), lead);

        assertEquals("id-sato", assigned.steps().get(1).ownerId());
        assertEquals(404, RestCalls.call(() -> resource.assignStep("testcity", id, "9",
                new CaseStepOwnerRequest("id-sato"), lead)).getStatus());
    }

    @Test
    public void closingWithStepsLeftIsForLeadsAndClosingTwiceIsAConflict() {
        String id = open("c1").id();
        assertEquals(403, RestCalls.call(() -> resource.close("testcity", id, counselor)).getStatus());

        CaseView closed = resource.close("testcity", id, lead);

        assertEquals("CLOSED", closed.state());
        assertEquals("id-lead", closed.closedBy());
        assertEquals(409, RestCalls.call(() -> resource.close("testcity", id, lead)).getStatus());
    }

    @Test
    public void theTimelineIsTheCasesAuditEntriesOldestFirst() {
        String id = open("c1").id();
        resource.completeStep("testcity", id, "1", null, counselor);
        open("c2");

        List<AuditResource.EntryView> timeline = resource.timeline("testcity", id, lead);

        assertEquals(List.of(AuditActions.CASE_OPENED, AuditActions.NOTICE_SENT, AuditActions.CASE_STEP_DONE),
                timeline.stream().map(AuditResource.EntryView::action).toList());
        assertTrue(timeline.stream().allMatch(e -> id.equals(e.target())));
        assertEquals("2026-11-24T10:01:00+09:00", timeline.get(0).at());
    }
}
