package org.yorisoi.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.security.Sessions;

/**
 * Authentication and authorisation of every API request, deny by default. The session token comes as
 * {@code Authorization: Bearer <token>} or, for the web console, the {@value #COOKIE} cookie; with the cookie,
 * unsafe methods also need the {@value #CSRF_HEADER} header, which a cross-site form cannot send. Then the resource
 * method decides: {@link PublicEndpoint} lets anybody in; {@link SignedIn} needs a live session; {@link
 * RequiresPermission} needs the permission under the contract of the path (401 without a live session, 403 and an
 * {@code access-denied} audit entry without the permission); a method with none of them is refused to everybody.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(AuthorizationFilter.NAME)
@JaxrsExtensionSelect(JsonProvider.SELECT)
public class AuthorizationFilter implements ContainerRequestFilter {

    static final String NAME = "yorisoi.authorization";
    /** Filter with which resources wait for this filter: no resource is served unguarded. */
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    static final String COOKIE = "yorisoi_session";
    static final String CSRF_HEADER = "X-Yorisoi-Request";
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    /*
     * Dynamic: sessions and the audit log live on the database, whose persistence unit can be rebuilt (at boot, or
     * when the database restarts). Every resource waits for this filter, so the filter must not go away with them:
     * public endpoints keep answering and protected ones say 503 until the services are back.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Sessions sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    public AuthorizationFilter() {
    }

    AuthorizationFilter(Sessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the runtime answers 404
        }
        String origin = servletRequest == null ? null : servletRequest.getRemoteAddr();
        Credential credential = credential(request);
        if (credential.viaCookie() && !SAFE_METHODS.contains(request.getMethod())
                && request.getHeaderString(CSRF_HEADER) == null) {
            request.abortWith(ErrorMappers.error(403, "CSRF", "a request authenticated by cookie needs the "
                    + CSRF_HEADER + " header"));
            return;
        }
        Sessions live = sessions;
        AuditLog log = audit;
        boolean open = method.isAnnotationPresent(PublicEndpoint.class);
        if (!open && (live == null || log == null)) {
            request.abortWith(ErrorMappers.error(503, "UNAVAILABLE", "sign-in is not available at the moment (the "
                    + "database is starting or restarting); try again shortly"));
            return;
        }
        Caller caller = credential.token() == null || live == null ? null
                : live.use(credential.token(), origin).orElse(null);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        if (caller != null) {
            request.setSecurityContext(new CallerContext(caller, secure));
        }
        if (open) {
            return;
        }
        SignedIn signedIn = method.getAnnotation(SignedIn.class);
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (signedIn == null && required == null) {
            // deny by default: a method nobody declared open is open to nobody
            request.abortWith(ErrorMappers.error(403, "FORBIDDEN", "this endpoint is not open to any role"));
            return;
        }
        if (caller == null) {
            request.abortWith(unauthenticated(credential.token() != null));
            return;
        }
        if (required == null) {
            return;
        }
        Permission permission = required.value();
        String contractId = permission.scope() == Permission.Scope.CONTRACT
                ? request.getUriInfo().getPathParameters().getFirst(required.contract()) : null;
        if (!caller.may(permission, contractId)) {
            log.record(new AuditEvent(caller.login(), origin, contractId, AuditActions.ACCESS_DENIED,
                    request.getMethod() + " /" + request.getUriInfo().getPath(), AuditEvent.Outcome.DENIED,
                    "permission=" + permission));
            request.abortWith(ErrorMappers.error(403, "FORBIDDEN", denial(permission, contractId)));
        }
    }

    static String denial(Permission permission, String contractId) {
        return "requires " + permission + (permission.scope() == Permission.Scope.CONTRACT
                ? " under contract '" + contractId + "'"
                : permission.scope() == Permission.Scope.ANY_CONTRACT ? " under some contract" : " under every contract") + " (roles " + permission.roles() + ")";
    }

    static Response unauthenticated(boolean hadToken) {
        Response r = ErrorMappers.error(401, "UNAUTHENTICATED", hadToken
                ? "the session has ended (logged out, idle too long, or the account changed): log in again"
                : "log in first: POST /api/v1/sessions, then send Authorization: Bearer <token>");
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"yorisoi\"").build();
    }

    record Credential(String token, boolean viaCookie) {
    }

    static Credential credential(ContainerRequestContext request) {
        Map<String, Cookie> cookies = request.getCookies();
        Cookie cookie = cookies == null ? null : cookies.get(COOKIE);
        return token(request.getHeaderString(HttpHeaders.AUTHORIZATION), cookie == null ? null : cookie.getValue());
    }

    /** The bearer token of the Authorization header, else the session cookie's. */
    static Credential token(String authorization, String cookie) {
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Credential(authorization.substring(BEARER.length()).strip(), false);
        }
        if (cookie != null && !cookie.isBlank()) {
            return new Credential(cookie, true);
        }
        return new Credential(null, false);
    }

    /** The security context of an authenticated request: its principal carries the caller. */
    record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new Callers.CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.grants().stream().anyMatch(g -> g.role().name().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
