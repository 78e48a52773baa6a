package org.yorisoi.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.platform.ContractRegistry;

/**
 * The consulter page, {@code /chat/<contract>}, for every deployed contract that offers web chat; 404 for any other
 * path. The page is the same for every contract: its script reads the contract from the address and asks the API.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/chat/*",
    "osgi.http.whiteboard.servlet.name=yorisoi-chat-page"})
public class ChatPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ContractRegistry registry;

    @Activate
    public ChatPageServlet(@Reference ContractRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = EventStreams.segments(request);
        boolean offered = path.length == 1 && registry.find(path[0])
                .filter(c -> c.info().channels().contains(Channel.WEB)).isPresent();
        if (!offered) {
            Pages.notFound(response);
            return;
        }
        Pages.serve(response, "chat.html");
    }
}
