package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.Test;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.rest.internal.LexiconResource.LexiconPublishRequest;
import org.yorisoi.rest.internal.LexiconResource.LexiconVersionView;
import org.yorisoi.rest.internal.LexiconResource.LexiconView;

import com.fasterxml.jackson.databind.JsonNode;

public class LexiconResourceTest {

    private static final String VALID = "# a comment\nv-1\tVIOLENCE\tMEDIUM\t殴る\n\ns-2\tSELF_HARM\tHIGH\t切る\n";

    private final EmergencyFakes.Lexicon store = new EmergencyFakes.Lexicon();
    private final LexiconResource resource = new LexiconResource(store);
    /** A lead of one contract edits the platform's lexicon. */
    private final SecurityContext lead = EmergencyFakes.lead("testcity");

    @Test
    public void publishingAnswers201WithTheNewVersionWhichIsThenInForce() {
        Response r = RestCalls.call(() -> resource.publish(new LexiconPublishRequest(VALID, " 殴る を追加 "), lead));

        assertEquals(201, r.getStatus());
        JsonNode v = RestCalls.json(r);
        assertEquals(Set.of("version", "author", "at", "entries", "note"), names(v));
        assertEquals("2026-11-24.1", v.path("version").asText());
        assertEquals("id-lead", v.path("author").asText());
        assertEquals("2026-11-24T10:01:00+09:00", v.path("at").asText());
        assertEquals(2, v.path("entries").asInt());
        assertEquals("殴る を追加", v.path("note").asText());
        LexiconView current = resource.current();
        assertEquals("2026-11-24.1", current.version());
        assertEquals(VALID, current.text());
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void anInvalidLexiconIsRefusedWith400NamingTheLineAndNothingIsPublished() {
        Response r = RestCalls.call(() -> resource.publish(new LexiconPublishRequest(VALID + "broken line\n", null), lead));

        assertEquals(400, r.getStatus());
        ApiError error = (ApiError) r.getEntity();
        assertEquals("BAD_PARAMETER", error.code());
        assertEquals("text: risk lexicon line 5: expected id, category, severity and pattern separated by tabs",
                error.message());
        assertEquals("shipped", resource.current().version());
        assertEquals(1, resource.versions().size());
    }

    @Test
    public void aMissingTextIsNamedAndABlankNoteIsNone() {
        for (LexiconPublishRequest body : new LexiconPublishRequest[] {null, new LexiconPublishRequest(" \n", "x")}) {
            Response r = RestCalls.call(() -> resource.publish(body, lead));
            assertEquals(400, r.getStatus());
            assertEquals("text: required, the lexicon in the lexicon file format", ((ApiError) r.getEntity()).message());
        }
        assertNull(((LexiconVersionView) resource.publish(new LexiconPublishRequest(VALID, " "), lead).getEntity()).note());
    }

    @Test
    public void versionsAreNewestFirstAndEachTextCanBeRead() {
        resource.publish(new LexiconPublishRequest(VALID, "first"), lead);
        resource.publish(new LexiconPublishRequest(VALID + "x-3\tABUSE\tLOW\t叩く\n", "second"),
                EmergencyFakes.as("lead2", "othercity", Role.LEAD));

        assertEquals(List.of("2026-11-24.2", "2026-11-24.1", "shipped"),
                resource.versions().stream().map(LexiconVersionView::version).toList());
        assertEquals("id-lead2", resource.versions().get(0).author());
        LexiconView shipped = resource.version("shipped");
        assertEquals(EmergencyFakes.Lexicon.SHIPPED, shipped.text());
        assertEquals(1, shipped.entries());
        assertEquals(Set.of("version", "entries", "text"), names(RestCalls.json(shipped)));
        assertFalse("no lexicon text in logs", shipped.toString().contains("死ぬ"));
    }

    @Test
    public void anUnknownVersionIsNotFound() {
        Response r = RestCalls.call(() -> resource.version("1999-01-01.1"));
        assertEquals(404, r.getStatus());
        assertEquals("NOT_FOUND", ((ApiError) r.getEntity()).code());
    }
}
