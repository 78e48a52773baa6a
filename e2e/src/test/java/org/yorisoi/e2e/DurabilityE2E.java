package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Nothing acknowledged is lost: a consulter sends messages over REST while the Karaf JVM is killed with SIGKILL;
 * after a restart every message answered with 201 before the kill is in the conversation, in the order sent,
 * exactly once, and the consulter can go on writing.
 */
public class DurabilityE2E {

    static final String CONTRACT = "kyoto";
    /** Acknowledged messages to wait for before pulling the plug. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    /** Upper bound of the sending loop: it normally ends at the kill, far earlier. */
    static final int MAXIMUM_SENDS = 2_000;
    static final int SENDS_AFTER_RESTART = 5;

    private Distribution distribution;

    /** A message the platform answered with 201. */
    record Acknowledged(String clientMessageId, String text, String messageId, long seq) {
    }

    @Before
    public void boot() throws Exception {
        distribution = Distribution.unpack("durability");
        distribution.awaitAlsoOnStart("/api/v1/chat/" + CONTRACT + "/intake");
        distribution.clockAt(DistributionE2E.KYOTO_FRIDAY_EVENING);
        distribution.start();
    }

    @After
    public void shutDown() throws Exception {
        if (distribution != null) {
            distribution.stop();
        }
    }

    @Test
    public void everyAcknowledgedMessageSurvivesKillNineInOrderExactlyOnce() throws Exception {
        Consulter consulter = Consulter.open(distribution.http(), CONTRACT);
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> inFlightClientMessageId = new AtomicReference<>();
        AtomicReference<String> inFlightText = new AtomicReference<>();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        AtomicInteger sent = new AtomicInteger();

        Thread sender = new Thread(() -> {
            try {
                for (int i = 0; i < MAXIMUM_SENDS; i++) {
                    String clientMessageId = "durability-" + i;
                    String text = "durability message " + i;
                    inFlightClientMessageId.set(clientMessageId);
                    inFlightText.set(text);
                    sent.incrementAndGet();
                    Http.Response r;
                    try {
                        r = consulter.send(text, clientMessageId);
                    } catch (IOException connectionLost) {
                        return; // the JVM is gone: this message was not acknowledged
                    }
                    if (r.status() != 201) {
                        if (distribution.isRunning()) {
                            unexpected.set(new AssertionError("message " + i + " refused while running: " + r));
                        }
                        return;
                    }
                    JsonNode message = r.json().path("message");
                    acknowledged.add(new Acknowledged(clientMessageId, text, message.path("id").asText(),
                            message.path("seq").asLong()));
                    inFlightClientMessageId.set(null);
                }
            } catch (RuntimeException | Error e) {
                unexpected.set(e);
            }
        }, "durability-sender");
        sender.start();

        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && sender.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (unexpected.get() != null) {
            throw new AssertionError("sending failed before the kill", unexpected.get());
        }
        assertTrue("only " + acknowledged.size() + " messages acknowledged before the kill",
                acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);

        distribution.kill9();
        sender.join(30_000);
        assertTrue("the sender stops once the JVM is gone", !sender.isAlive());
        if (unexpected.get() != null) {
            throw new AssertionError("sending failed", unexpected.get());
        }
        List<Acknowledged> beforeKill = List.copyOf(acknowledged);
        String interruptedClientMessageId = inFlightClientMessageId.get();
        String interruptedText = inFlightText.get();
        System.out.println("acknowledged before kill -9: " + beforeKill.size() + " of " + sent.get()
                + " sent; in flight at the kill: " + interruptedClientMessageId);

        distribution.start();

        List<JsonNode> afterRestart = clientMessages(consulter.eventsAfter(0));
        assertAllPresentInOrderOnce(beforeKill, afterRestart);

        // resending the message that was in flight (same clientMessageId) must not make it appear twice
        if (interruptedClientMessageId != null) {
            consulter.send(interruptedText, interruptedClientMessageId).expect(201, "resending the interrupted message");
        }
        List<Acknowledged> resumed = new ArrayList<>(beforeKill);
        for (int i = 0; i < SENDS_AFTER_RESTART; i++) {
            String clientMessageId = "after-restart-" + i;
            String text = "after restart message " + i;
            JsonNode message = consulter.send(text, clientMessageId).expect(201, "sending after the restart").json()
                    .path("message");
            resumed.add(new Acknowledged(clientMessageId, text, message.path("id").asText(),
                    message.path("seq").asLong()));
        }
        List<JsonNode> finalMessages = clientMessages(consulter.eventsAfter(0));
        assertAllPresentInOrderOnce(resumed, finalMessages);
        if (interruptedText != null) {
            assertEquals("the interrupted message is there exactly once after being resent", 1,
                    finalMessages.stream().filter(m -> interruptedText.equals(m.path("text").asText())).count());
        }
    }

    /** The consulter's messages among the events, in event order. */
    static List<JsonNode> clientMessages(List<JsonNode> events) {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode m = e.path("message");
            if (!m.isMissingNode() && !m.isNull() && "CLIENT".equals(m.path("sender").asText())) {
                messages.add(m);
            }
        }
        return messages;
    }

    static void assertAllPresentInOrderOnce(List<Acknowledged> acknowledged, List<JsonNode> stored) {
        Map<String, Integer> countByText = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode m : stored) {
            countByText.merge(m.path("text").asText(), 1, Integer::sum);
            if (!ids.add(m.path("id").asText())) {
                fail("message id " + m.path("id").asText() + " appears twice");
            }
        }
        countByText.forEach((text, count) -> assertEquals("copies of \"" + text + "\"", 1, (int) count));

        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            positionById.put(stored.get(i).path("id").asText(), i);
        }
        int previous = -1;
        long previousSeq = Long.MIN_VALUE;
        for (Acknowledged a : acknowledged) {
            Integer position = positionById.get(a.messageId());
            if (position == null) {
                fail("acknowledged message " + a.clientMessageId() + " (id " + a.messageId() + ", seq " + a.seq()
                        + ") is missing; " + stored.size() + " client messages stored");
            }
            JsonNode m = stored.get(position);
            assertEquals("text of " + a.clientMessageId(), a.text(), m.path("text").asText());
            assertEquals("seq of " + a.clientMessageId(), a.seq(), m.path("seq").asLong());
            assertTrue(a.clientMessageId() + " is out of order", position > previous && a.seq() > previousSeq);
            previous = position;
            previousSeq = a.seq();
        }
    }
}
