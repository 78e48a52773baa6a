package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.WebClient;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.rest.internal.ChatDto.ChatEventView;
import org.yorisoi.rest.internal.ChatDto.ChatIntakeView;
import org.yorisoi.rest.internal.ChatDto.ChatMessageRequest;
import org.yorisoi.rest.internal.ChatDto.ChatOpenRequest;
import org.yorisoi.rest.internal.ChatDto.ChatOpenedView;
import org.yorisoi.rest.internal.ChatDto.ChatReceivedView;

public class ChatResourceTest {

    private static final String TOKEN = "secret-token";
    private final ChatFakes.Fake fake = new ChatFakes.Fake();
    private ChatResource resource;

    @Before
    public void setUp() {
        TestPlatform.Registry registry = new TestPlatform.Registry(new TestPlatform.TestContract("testcity", Channel.WEB),
                new TestPlatform.TestContract("lineonly", Channel.LINE));
        // 18:30 in Japan: staffed by the test calendar
        resource = new ChatResource(fake.service(), registry, new TestPlatform.Calendar(registry),
                TestPlatform.clockAt("2025-06-02T09:30:00Z"));
        fake.on("webConversation", args -> TOKEN.equals(args[1]) && "c1".equals(args[0])
                ? Optional.of(ChatFakes.conversation("c1", "testcity", ConversationState.WAITING)) : Optional.empty());
    }

    @Test
    public void intakeNamesTheContractAndSaysACounselorIsThere() {
        ChatIntakeView intake = resource.intake("testcity");
        assertEquals("testcity", intake.contract());
        assertTrue(intake.availability().humanStaffed());
        assertEquals("2025-06-03T17:00:00+09:00", intake.availability().nextHumanOpening());
    }

    @Test(expected = UnknownContractException.class)
    public void aContractWithoutWebChatHasNoChatPage() {
        resource.intake("lineonly");
    }

    @Test
    public void openingNeedsConsent() {
        try {
            resource.open("testcity", new ChatOpenRequest(Map.of(), false));
            fail();
        } catch (BadParameterException e) {
            assertTrue(e.getMessage().startsWith("consent:"));
        }
        assertFalse(fake.calls.contains("openWeb"));
    }

    @Test
    public void openingAnswersWithTheTokenAndTheAutomaticReplies() {
        Message welcome = new Message("m1", "c1", 1, Sender.SYSTEM, null, Instant.parse("2025-06-02T09:30:00Z"), "ようこそ");
        fake.on("openWeb", args -> new WebClient("c1", TOKEN))
                .on("conversation", args -> Optional.of(ChatFakes.conversation("c1", "testcity", ConversationState.WAITING)))
                .on("events", args -> List.of(new ChatEvent("c1", 1, ChatEvent.Kind.MESSAGE, welcome.at(), welcome, null, true)));
        Response r = resource.open("testcity", new ChatOpenRequest(Map.of(), true));
        assertEquals(201, r.getStatus());
        ChatOpenedView opened = (ChatOpenedView) r.getEntity();
        assertEquals(TOKEN, opened.clientToken());
        assertEquals("QUEUED", opened.situation());
        assertEquals("ようこそ", opened.replies().get(0).text());
        assertFalse("no token in logs", opened.toString().contains(TOKEN));
    }

    @Test
    public void aWrongOrMissingTokenLooksLikeNoConversation() {
        for (String token : new String[] {null, "", "guess"}) {
            try {
                resource.events("testcity", "c1", token, null);
                fail("token " + token);
            } catch (NotFoundException expected) {
                // the same answer as for an unknown conversation
            }
        }
        try {
            resource.events("othercity", "c1", TOKEN, null);
            fail("the right token under another contract");
        } catch (NotFoundException expected) {
            // a conversation is reachable only under its own contract
        }
    }

    @Test
    public void sendingStoresTheMessageWithItsClientId() {
        Message stored = new Message("m2", "c1", 2, Sender.CLIENT, null, Instant.parse("2025-06-02T09:31:00Z"), "たすけて");
        fake.on("receive", args -> {
            assertEquals("uuid-1", args[2]);
            return new IntakeResult(ChatFakes.conversation("c1", "testcity", ConversationState.WAITING), stored,
                    List.of(), IntakeResult.Situation.QUEUED, 1);
        });
        Response r = resource.send("testcity", "c1", TOKEN, new ChatMessageRequest("たすけて", "uuid-1"));
        ChatReceivedView received = (ChatReceivedView) r.getEntity();
        assertEquals(2, received.message().seq());
        assertEquals(1, received.queuePosition());
    }

    @Test
    public void theConsulterNeverSeesStaffOnlyEvents() {
        fake.on("events", args -> List.of(
                new ChatEvent("c1", 2, ChatEvent.Kind.CLAIMED, Instant.parse("2025-06-02T09:32:00Z"), null, "p1", true),
                new ChatEvent("c1", 3, ChatEvent.Kind.NOTE, Instant.parse("2025-06-02T09:33:00Z"), null, null, false)));
        List<ChatEventView> events = resource.events("testcity", "c1", TOKEN, "1");
        assertEquals(1, events.size());
        assertEquals("CLAIMED", events.get(0).kind());
    }
}
