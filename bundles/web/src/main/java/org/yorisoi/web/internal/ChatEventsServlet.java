package org.yorisoi.web.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;

/**
 * The consulter's live events: {@code GET /chat-events/<contract>/<conversation>?token=…}. The token travels in the
 * query because EventSource cannot set headers; a wrong token, conversation or contract is one and the same 404.
 * Replays what came after Last-Event-ID (or {@code after}), then streams live; only events the consulter may see.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/chat-events/*",
    "osgi.http.whiteboard.servlet.name=yorisoi-chat-events",
    "osgi.http.whiteboard.servlet.asyncSupported:Boolean=true"})
public class ChatEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ChatService chat;
    private final transient EventStreams streams;

    @Activate
    public ChatEventsServlet(@Reference ChatService chat) {
        this.chat = chat;
        this.streams = new EventStreams("yorisoi-chat-events");
    }

    @Deactivate
    void deactivate() {
        streams.shutdown();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = EventStreams.segments(request);
        Optional<Conversation> conversation = path.length != 2 ? Optional.empty()
                : own(path[0], path[1], request.getParameter("token"));
        if (conversation.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String conversationId = conversation.get().id();
        long after = EventStreams.sequence(request.getHeader("Last-Event-ID"));
        if (after < 0) {
            after = Math.max(0, EventStreams.sequence(request.getParameter("after")));
        }
        SseConnection connection = streams.open(request, response, path[0] + "/" + conversationId);
        EventRelay relay = new EventRelay((cid, afterSeq) -> chat.events(cid, afterSeq, true), e -> {
            // the store answers visible events only; checked again so that no staff-only kind can ever slip through
            if (EventJson.visibleToClient(e)) {
                connection.send(SseFrames.event(Long.toString(e.seq()), EventJson.forClient(e)));
            }
        });
        // subscribed before the replay, so nothing committed in between is missed; the relay drops what came twice
        connection.closeWith(chat.subscribe(conversationId, e -> {
            if (EventJson.visibleToClient(e)) {
                relay.live(e);
            }
        }));
        relay.replay(conversationId, after);
        relay.goLive();
    }

    private Optional<Conversation> own(String contractId, String conversationId, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return chat.webConversation(conversationId, token).filter(c -> c.contractId().equals(contractId));
    }

    int openStreams() {
        return streams.openCount();
    }

}
