package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.SecurityContext;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.risk.Category;
import org.yorisoi.risk.Severity;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.staff.RoleGrant;

import com.fasterxml.jackson.databind.JsonNode;

public class ConversationsResourceTest {

    private final List<AuditEvent> audited = new ArrayList<>();
    private final ChatFakes.Fake fake = new ChatFakes.Fake();
    private boolean routedToViewer = true;
    private ConversationsResource resource;
    private final Caller counselor = new Caller("p1", "k.tanaka", "田中", List.of(
            new RoleGrant("p1", "testcity", Role.COUNSELOR, LocalDate.of(2025, 1, 1), null)), null);

    private SecurityContext as(Caller caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new Callers.CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    @Before
    public void setUp() {
        AuditLog audit = (AuditLog) Proxy.newProxyInstance(AuditLog.class.getClassLoader(), new Class<?>[] {AuditLog.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("record")) {
                        audited.add((AuditEvent) args[0]);
                        return null;
                    }
                    throw new AssertionError(method.getName());
                });
        resource = new ConversationsResource(fake.service(), (caller, contractId, attributes) -> routedToViewer, audit,
                new TestPlatform.Registry(new TestPlatform.TestContract("testcity", Channel.WEB),
                        new TestPlatform.TestContract("othercity", Channel.WEB)));
        fake.on("conversation", args -> "c1".equals(args[0])
                ? Optional.of(ChatFakes.conversation("c1", "testcity", ConversationState.ACTIVE)) : Optional.empty());
        fake.on("events", args -> List.of(new ChatEvent("c1", 1, ChatEvent.Kind.NOTE,
                Instant.parse("2025-06-02T09:00:00Z"), null, null, false)));
        fake.on("notes", args -> List.of());
    }

    @Test
    public void theTranscriptReadIsAuditedWithStaffOnlyEvents() {
        ChatDto.ConversationDetailView detail = resource.get("testcity", "c1", as(counselor));
        assertEquals(1, detail.events().size());
        assertEquals(false, detail.events().get(0).visibleToClient());
        assertEquals(1, audited.size());
        assertEquals(AuditActions.CONTENT_READ, audited.get(0).action());
        assertEquals(AuditEvent.Outcome.SUCCESS, audited.get(0).outcome());
        assertEquals("c1", audited.get(0).target());
    }

    @Test
    public void incrementalEventReadsAreAuditedOnlyFromTheStart() {
        resource.events("testcity", "c1", null, as(counselor));
        resource.events("testcity", "c1", "1", as(counselor));
        resource.events("testcity", "c1", "2", as(counselor));
        assertEquals(1, audited.size());
    }

    @Test
    public void aConversationOfAnotherContractIsNotFound() {
        try {
            resource.get("othercity", "c1", as(counselor));
            fail();
        } catch (NotFoundException expected) {
            assertEquals(List.of(), audited);
        }
    }

    @Test
    public void aViewerOutsideTheRoutingIsRefusedAndTheRefusalAudited() {
        routedToViewer = false;
        try {
            resource.get("testcity", "c1", as(counselor));
            fail();
        } catch (AccessDeniedException expected) {
            assertEquals(AuditEvent.Outcome.DENIED, audited.get(0).outcome());
        }
    }

    @Test
    public void aCallbackOfAnotherContractCannotBeMarkedDone() {
        fake.on("callbacks", args -> List.of());
        ChatCallbacksResource callbacks = new ChatCallbacksResource(fake.service(),
                new TestPlatform.Registry(new TestPlatform.TestContract("testcity", Channel.WEB)));
        try {
            callbacks.done("testcity", "cb-of-othercity", as(counselor));
            fail();
        } catch (NotFoundException expected) {
            assertEquals(false, fake.calls.contains("callbackDone"));
        }
        assertEquals(true, ChatCallbacksResource.openOnly(null));
        assertEquals(false, ChatCallbacksResource.openOnly("false"));
    }

    @Test
    public void conversationViewsCarryTheHighestCountedRiskSoFar() {
        fake.mark("c1", ChatFakes.mark("m1", Category.SELF_HARM, Severity.MEDIUM, 0, 3, false))
                .mark("c1", ChatFakes.mark("m2", Category.SUICIDAL_IDEATION, Severity.HIGH, 2, 5, true));
        fake.on("mine", args -> List.of(ChatFakes.conversation("c1", "testcity", ConversationState.ACTIVE),
                ChatFakes.conversation("c2", "testcity", ConversationState.ACTIVE)));
        fake.on("live", args -> List.of(ChatFakes.conversation("c1", "testcity", ConversationState.ACTIVE)));

        assertEquals("MEDIUM", resource.get("testcity", "c1", as(counselor)).conversation().risk());
        List<ChatDto.ConversationView> mine = resource.mine("testcity", as(counselor));
        assertEquals(List.of("MEDIUM", "NONE"), mine.stream().map(ChatDto.ConversationView::risk).toList());
        assertEquals("MEDIUM", resource.live("testcity", as(counselor)).get(0).risk());
    }

    @Test
    public void theRiskNamesWhereEachHitIsButNeverTheWords() {
        fake.mark("c1", ChatFakes.mark("m1", Category.SELF_HARM, Severity.MEDIUM, 4, 9, false))
                .mark("c1", ChatFakes.mark("m2", Category.SUICIDAL_IDEATION, Severity.HIGH, 0, 2, true));

        JsonNode risk = RestCalls.json(resource.risk("testcity", "c1", as(counselor)));

        assertEquals("a negated hit does not count", "MEDIUM", risk.path("risk").asText());
        assertEquals(2, risk.path("marks").size());
        JsonNode first = risk.path("marks").get(0);
        for (String field : List.of("messageId", "entryId", "category", "severity", "start", "end", "negated",
                "reported", "lexiconVersion")) {
            assertTrue(field, first.has(field));
        }
        assertEquals(9, first.size());
        assertEquals("m1", first.path("messageId").asText());
        assertEquals("SELF_HARM", first.path("category").asText());
        assertEquals(4, first.path("start").asInt());
        assertEquals(9, first.path("end").asInt());
        assertEquals(true, risk.path("marks").get(1).path("negated").asBoolean());
        assertEquals("2026-11-24.1", first.path("lexiconVersion").asText());
    }

    @Test
    public void theRiskOfAConversationOfAnotherContractIsNotFound() {
        assertEquals(404, RestCalls.call(() -> resource.risk("othercity", "c1", as(counselor))).getStatus());
        assertEquals(404, RestCalls.call(() -> resource.risk("testcity", "nope", as(counselor))).getStatus());
        assertEquals(false, fake.calls.contains("riskMarks"));
    }
}
