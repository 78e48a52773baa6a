package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The risk, case, alert, lexicon, acknowledgement and clock endpoints of docs/emergencies.md are in the served document with their access rule. */
public class EmergencyApiDocumentTest {

    private static JsonNode served() throws Exception {
        List<Class<?>> resources = List.of(ConversationsResource.class, CasesResource.class, AlertsResource.class,
                LexiconResource.class, AcknowledgementsResource.class, ClockResource.class);
        return JsonProvider.mapper().readTree(OpenApiResource.withPermissions(OpenApiResource.load(), resources));
    }

    @Test
    public void everyOperationOfTheContractStatesItsAccessRule() throws Exception {
        JsonNode paths = served().path("paths");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("get /v1/contracts/{id}/conversations/{cid}/risk", "CHAT_ANSWER"),
                Map.entry("post /v1/contracts/{id}/cases", "CASE_DECLARE"),
                Map.entry("get /v1/contracts/{id}/cases", "CASE_WORK"),
                Map.entry("get /v1/contracts/{id}/cases/{caseId}", "CASE_WORK"),
                Map.entry("post /v1/contracts/{id}/cases/{caseId}/steps/{index}/done", "CASE_WORK"),
                Map.entry("post /v1/contracts/{id}/cases/{caseId}/steps/{index}/owner", "CASE_SUPERVISE"),
                Map.entry("post /v1/contracts/{id}/cases/{caseId}/close", "CASE_WORK"),
                Map.entry("get /v1/contracts/{id}/cases/{caseId}/timeline", "CASE_SUPERVISE"),
                Map.entry("get /v1/contracts/{id}/alerts", "CASE_SUPERVISE"),
                Map.entry("post /v1/contracts/{id}/alerts/{alertId}/seen", "CASE_SUPERVISE"),
                Map.entry("get /v1/risk/lexicon", "LEXICON_MANAGE"),
                Map.entry("put /v1/risk/lexicon", "LEXICON_MANAGE"),
                Map.entry("get /v1/risk/lexicon/versions", "LEXICON_MANAGE"),
                Map.entry("get /v1/risk/lexicon/versions/{version}", "LEXICON_MANAGE"),
                Map.entry("post /v1/acknowledgements/{noticeId}/{token}", "public"),
                Map.entry("get /v1/clock", "signed-in"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String[] methodPath = e.getKey().split(" ");
            JsonNode op = paths.path(methodPath[1]).path(methodPath[0]);
            assertFalse("missing: " + e.getKey(), op.isMissingNode());
            assertEquals(e.getKey(), e.getValue(), op.path("x-yorisoi-access").asText());
        }
    }

    @Test
    public void theLexiconIsForTheLeadOfAnyContractAndTheAcknowledgementSaysWhyItIsPublic() throws Exception {
        JsonNode paths = served().path("paths");
        JsonNode publish = paths.path("/v1/risk/lexicon").path("put");
        assertEquals("[\"LEAD\"]", publish.path("x-yorisoi-roles").toString());
        assertTrue(publish.path("description").asText(), publish.path("description").asText().contains("under any contract"));
        assertEquals("201", publish.path("responses").fieldNames().next());
        JsonNode ack = paths.path("/v1/acknowledgements/{noticeId}/{token}").path("post");
        assertTrue(ack.path("description").asText().startsWith("**Public**: the notice's token is the key"));
        assertEquals(0, ack.path("security").size());
    }

    @Test
    public void theShapesOfTheContractAreDescribed() throws Exception {
        JsonNode schemas = served().path("components").path("schemas");
        Map<String, List<String>> fields = Map.of(
                "Case", List.of("id", "contractId", "conversationId", "trigger", "origin", "state", "openedBy", "openedAt",
                        "clause", "nextDue", "closedAt", "closedBy", "steps", "notices"),
                "CaseStep", List.of("index", "kind", "descriptionJa", "clause", "needsConsent", "automatic", "recipientIds",
                        "ownerId", "due", "doneAt", "doneBy", "record"),
                "CaseNotice", List.of("id", "stepIndex", "recipientId", "recipientNameJa", "channel", "address", "attempts",
                        "firstSentAt", "lastSentAt", "delivered", "lastDetail", "acknowledgeBy", "acknowledgedAt",
                        "renotifiedAt"),
                "LeadAlert", List.of("id", "contractId", "kind", "caseId", "conversationId", "stepIndex", "noticeId", "at",
                        "seenAt", "seenBy"),
                "ConversationRisk", List.of("risk", "marks"),
                "ConversationRiskMark", List.of("messageId", "entryId", "category", "severity", "start", "end", "negated",
                        "reported", "lexiconVersion"),
                "Lexicon", List.of("version", "entries", "text"),
                "LexiconVersion", List.of("version", "author", "at", "entries", "note"),
                "Acknowledgement", List.of("noticeId", "caseId", "contractNameJa", "recipientNameJa", "emergency", "sentAt",
                        "acknowledgedAt"),
                "Clock", List.of("now"));
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            JsonNode properties = schemas.path(e.getKey()).path("properties");
            assertEquals(e.getKey(), e.getValue().size(), properties.size());
            for (String f : e.getValue()) {
                assertTrue(e.getKey() + "." + f, properties.has(f));
            }
        }
        assertTrue(schemas.path("Conversation").path("properties").has("risk"));
        assertTrue(schemas.path("ConversationQueueEntry").path("properties").has("risk"));
    }
}
