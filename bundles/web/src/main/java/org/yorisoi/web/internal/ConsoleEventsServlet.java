package org.yorisoi.web.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.security.Sessions;

/**
 * The counselor console's live events: {@code GET /console-events/<contract>}, authenticated by the console's
 * session cookie, for callers who may answer chat under the contract. Every event of the contract's conversations
 * comes through (ids {@code <conversation>:<seq>}); message texts only of conversations the caller holds, or of all
 * for a lead. On reconnection, the conversation named by Last-Event-ID is replayed from the store; the console
 * re-reads its lists and open transcripts through the REST API for the rest.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/console-events/*",
    "osgi.http.whiteboard.servlet.name=yorisoi-console-events",
    "osgi.http.whiteboard.servlet.asyncSupported:Boolean=true"})
public class ConsoleEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The cookie the REST API's login sets (AuthorizationFilter.COOKIE in the REST bundle). */
    static final String SESSION_COOKIE = "yorisoi_session";

    private final transient ChatService chat;
    private final transient Sessions sessions;
    private final transient ContractRegistry registry;
    private final transient AuditLog audit;
    private final transient EventStreams streams;

    @Activate
    public ConsoleEventsServlet(@Reference ChatService chat, @Reference Sessions sessions,
                                @Reference ContractRegistry registry, @Reference AuditLog audit) {
        this.chat = chat;
        this.sessions = sessions;
        this.registry = registry;
        this.audit = audit;
        this.streams = new EventStreams("yorisoi-console-events");
    }

    @Deactivate
    void deactivate() {
        streams.shutdown();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = EventStreams.segments(request);
        if (path.length != 1 || registry.find(path[0]).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String contractId = path[0];
        String origin = request.getRemoteAddr();
        Optional<Caller> signedIn = sessionToken(request).flatMap(token -> sessions.use(token, origin));
        if (signedIn.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Caller caller = signedIn.get();
        if (!caller.may(Permission.CHAT_ANSWER, contractId)) {
            audit.record(new AuditEvent(caller.login(), origin, contractId, AuditActions.ACCESS_DENIED,
                    "GET /console-events/" + contractId, AuditEvent.Outcome.DENIED, "permission=" + Permission.CHAT_ANSWER));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean supervises = caller.may(Permission.CHAT_SUPERVISE, contractId);
        SseConnection connection = streams.open(request, response, contractId + " console of " + caller.personId());
        EventRelay relay = new EventRelay((cid, afterSeq) -> chat.events(cid, afterSeq, false),
                e -> connection.send(SseFrames.event(e.conversationId() + ":" + e.seq(),
                        EventJson.forStaff(e, supervises || holds(caller, e)))));
        connection.closeWith(chat.subscribeContract(contractId, relay::live));
        LastEventId.parse(request.getHeader("Last-Event-ID"))
                .filter(last -> chat.conversation(last.conversationId()).map(Conversation::contractId)
                        .filter(contractId::equals).isPresent())
                .ifPresent(last -> relay.replay(last.conversationId(), last.seq()));
        relay.goLive();
    }

    private boolean holds(Caller caller, ChatEvent event) {
        return caller.personId().equals(event.counselorId()) || chat.conversation(event.conversationId())
                .map(Conversation::counselorId).filter(caller.personId()::equals).isPresent();
    }

    static Optional<String> sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (SESSION_COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** A console event id, {@code <conversation>:<seq>}. */
    record LastEventId(String conversationId, long seq) {
        static Optional<LastEventId> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            int colon = value.lastIndexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            long seq = EventStreams.sequence(value.substring(colon + 1));
            return seq < 0 ? Optional.empty() : Optional.of(new LastEventId(value.substring(0, colon), seq));
        }
    }
}
