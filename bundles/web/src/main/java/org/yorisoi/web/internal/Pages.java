package org.yorisoi.web.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.servlet.http.HttpServletResponse;

/** Serving the bundle's HTML pages with the headers every page gets. */
final class Pages {

    /** Scripts and styles come from {@link StaticResources} only: no inline code, no third-party origin. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Pages() {
    }

    static void serve(HttpServletResponse response, String page) throws IOException {
        try (InputStream in = Pages.class.getResourceAsStream("/static/" + page)) {
            if (in == null) {
                throw new IOException("page " + page + " missing from the bundle");
            }
            byte[] html = in.readAllBytes();
            headers(response);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    static void notFound(HttpServletResponse response) throws IOException {
        headers(response);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void headers(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
