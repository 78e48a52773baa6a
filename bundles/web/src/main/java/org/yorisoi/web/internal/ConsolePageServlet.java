package org.yorisoi.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The counselor console, a single page at {@code /console/}, and the lead's board at {@code /console/board}; both log
 * in and read everything through the API (the API decides who may see what; the pages hold nothing).
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/console/*",
    "osgi.http.whiteboard.servlet.name=yorisoi-console-page"})
public class ConsolePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null) {
            // relative asset and API paths of the page assume the trailing slash
            response.sendRedirect("/console/");
            return;
        }
        if ("/".equals(info) || "/index.html".equals(info)) {
            Pages.serve(response, "console.html");
        } else if ("/board".equals(info) || "/board/".equals(info)) {
            Pages.serve(response, "board.html");
        } else {
            Pages.notFound(response);
        }
    }
}
