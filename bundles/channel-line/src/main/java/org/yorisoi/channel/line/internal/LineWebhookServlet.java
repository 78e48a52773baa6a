package org.yorisoi.channel.line.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.consultation.Message;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.platform.ContractRegistry;

/**
 * The LINE webhook of every contract: {@code POST /line/<contract>/webhook}. Only a body signed with the contract's
 * channel secret is read; anything else is refused and audited. Inbound messages are committed before the 200
 * goes back, so that LINE redelivers what the platform could not store; the answers to the consulter go out
 * afterwards, off the request thread, so LINE is answered quickly.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=yorisoi.line-webhook",
    "osgi.http.whiteboard.servlet.pattern=/line/*"
})
public class LineWebhookServlet extends HttpServlet {

    static final String REFUSED = "webhook-refused";
    static final String ACTOR = "line";
    /** LINE cannot show stickers, images or voice to a counselor here; the consulter is asked to write instead. */
    static final String TEXT_ONLY_REPLY = "ごめんなさい、スタンプや画像、音声はここでは受け取れません。文字で送ってください。";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LineWebhookServlet.class);
    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]{1,31})/webhook");
    /** Real webhook bodies are a few kilobytes; anything far larger is not LINE. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final transient ChatService chat;
    private final transient AuditLog audit;
    private final transient LineChannels channels;
    private final transient ContractRegistry contracts;
    private final transient Clock clock;
    private final transient ExecutorService answers;

    @Activate
    public LineWebhookServlet(@Reference ChatService chat, @Reference AuditLog audit, @Reference LineChannels channels,
                              @Reference ContractRegistry contracts) {
        this(chat, audit, channels, contracts, Clock.systemUTC());
    }

    LineWebhookServlet(ChatService chat, AuditLog audit, LineChannels channels, ContractRegistry contracts, Clock clock) {
        this.chat = chat;
        this.audit = audit;
        this.channels = channels;
        this.contracts = contracts;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        // when the queue is full the request thread sends the answers itself: slower for LINE, nothing dropped
        this.answers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), r -> {
            Thread t = new Thread(r, "yorisoi-line-answer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Deactivate
    void stop() throws InterruptedException {
        answers.shutdown();
        answers.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String contractId = path.group(1);
        byte[] rawBody = readBody(request);
        if (rawBody == null) {
            refuse(request, response, contractId, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
            return;
        }
        Optional<LineChannel> channel = channels.of(contractId);
        if (channel.isEmpty() || contracts.find(contractId).isEmpty()) {
            refuse(request, response, contractId, HttpServletResponse.SC_NOT_FOUND, "unknown contract");
            return;
        }
        if (!channel.get().connected()) {
            refuse(request, response, contractId, HttpServletResponse.SC_UNAUTHORIZED, "LINE channel not configured");
            return;
        }
        String signature = request.getHeader(LineSignature.HEADER);
        if (signature == null || signature.isBlank()) {
            refuse(request, response, contractId, HttpServletResponse.SC_UNAUTHORIZED, "signature missing");
            return;
        }
        if (!channel.get().signatureMatches(rawBody, signature)) {
            refuse(request, response, contractId, HttpServletResponse.SC_UNAUTHORIZED, "signature mismatch");
            return;
        }
        List<LineEvent> events;
        try {
            events = LineWebhookParser.parse(rawBody);
        } catch (IllegalArgumentException e) {
            LOG.warn("LINE webhook of contract {} signed but unreadable: {}", contractId, e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            for (LineEvent event : events) {
                handle(contractId, channel.get(), event);
            }
        } catch (RuntimeException e) {
            // not acknowledged: LINE redelivers, and receive() stores nothing twice
            LOG.error("LINE webhook of contract {} not stored: {}", contractId, e.getClass().getName(), e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
    }

    private void handle(String contractId, LineChannel channel, LineEvent event) {
        if (event.userId() == null) {
            LOG.info("LINE {} of contract {} has no user; ignored", event, contractId);
            return;
        }
        switch (event.type() == null ? "" : event.type()) {
            case "follow" -> {
                Conversation conversation = chat.conversationOf(contractId, Channel.LINE, event.userId(), Map.of());
                LOG.info("LINE {} of contract {}: conversation {}", event, contractId, conversation.id());
                contracts.find(contractId).map(c -> c.autoReplies().get(AutoReply.WELCOME))
                        .ifPresent(welcome -> answer(channel, event, List.of(welcome)));
            }
            case "unfollow" -> LOG.info("LINE {} of contract {}", event, contractId);
            case "message" -> {
                if (event.isTextMessage()) {
                    Conversation conversation = chat.conversationOf(contractId, Channel.LINE, event.userId(), Map.of());
                    IntakeResult result = chat.receive(conversation.id(), event.text(), event.messageId());
                    LOG.debug("LINE {} of contract {} stored in conversation {} ({})", event, contractId,
                            conversation.id(), result.situation());
                    List<String> replies = new ArrayList<>();
                    for (Message reply : result.replies()) {
                        replies.add(reply.text());
                    }
                    answer(channel, event, replies);
                } else {
                    answer(channel, event, List.of(TEXT_ONLY_REPLY));
                }
            }
            default -> LOG.debug("LINE {} of contract {} not handled", event, contractId);
        }
    }

    /** Sends the texts after the webhook is answered: by reply token while it is good, else by push. */
    private void answer(LineChannel channel, LineEvent event, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        answers.execute(() -> {
            try {
                ReplyRoute route = ReplyRoute.of(event.replyToken(), event.timestamp(), Instant.now(clock),
                        channel.replyTokenValidity());
                if (route == ReplyRoute.REPLY) {
                    channel.client().reply(event.replyToken(), texts);
                } else {
                    channel.client().push(event.userId(), texts);
                }
            } catch (RuntimeException e) {
                // the inbound message is stored either way; the counselor's answers go by push later
                LOG.error("LINE answer to {} of contract {} not delivered: {}", event, channel.contractId(),
                        e.getMessage());
            }
        });
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String contractId, int status,
                        String reason) throws IOException {
        LOG.warn("LINE webhook for contract {} from {} refused: {}", contractId, request.getRemoteAddr(), reason);
        try {
            audit.record(new AuditEvent(ACTOR, request.getRemoteAddr(), contractId, REFUSED, null,
                    AuditEvent.Outcome.DENIED, reason));
        } catch (RuntimeException e) {
            LOG.error("audit of a refused LINE webhook failed: {}", e.getClass().getName());
        }
        response.sendError(status);
    }

    /** The raw bytes exactly as signed, or null when larger than any webhook LINE sends. */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }
}
