package org.yorisoi.rest.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * HTTPS only: a plain-HTTP request is answered with a permanent redirect to the same URL over HTTPS and
 * nothing else; every HTTPS response carries HSTS and the usual protective headers. Applies to every web
 * context of the platform (the REST API now, the chat pages and console later).
 *
 * <p>The HTTPS port is read from the same configuration the TLS bootstrap uses ({@code org.yorisoi.tls}).
 */
@Component(service = Filter.class, configurationPid = "org.yorisoi.tls", property = {
    "osgi.http.whiteboard.filter.name=yorisoi.transport-security",
    "osgi.http.whiteboard.filter.pattern=/*",
    // the chat and console event streams are asynchronous; a filter without this would make Jetty refuse them
    "osgi.http.whiteboard.filter.asyncSupported:Boolean=true",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
    "service.ranking:Integer=1000"
})
public class TransportSecurityFilter implements Filter {

    /** The subset of {@code org.yorisoi.tls} this filter needs. */
    public @interface Config {
        int port() default 8443;
    }

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private volatile int httpsPort = 8443;

    @Activate
    @Modified
    void configure(Config config) {
        httpsPort = config.port();
    }

    @Override
    public void init(FilterConfig filterConfig) {
        // nothing to initialise
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!request.isSecure()) {
            response.setStatus(308);
            response.setHeader("Location", httpsUrl(request.getServerName(), httpsPort, request.getRequestURI(),
                    request.getQueryString()));
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(0);
            return;
        }
        protect(response);
        chain.doFilter(req, res);
    }

    static String httpsUrl(String host, int port, String path, String query) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "https://" + h + (port == 443 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }

    static void protect(HttpServletResponse response) {
        response.setHeader("Strict-Transport-Security", HSTS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Counseling data must not linger in shared caches or on school tablets' disks.
        response.setHeader("Cache-Control", "no-store");
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
