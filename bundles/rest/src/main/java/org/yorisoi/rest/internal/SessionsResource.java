package org.yorisoi.rest.internal;

import java.util.Arrays;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.CookieParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.rest.internal.SecurityDto.CallerView;
import org.yorisoi.rest.internal.SecurityDto.LoginRequest;
import org.yorisoi.rest.internal.SecurityDto.PasswordChange;
import org.yorisoi.rest.internal.SecurityDto.SessionView;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.LoginResult;
import org.yorisoi.security.Session;
import org.yorisoi.security.Sessions;

/** Logging in and out, and changing one's own password. */
@Component(service = SessionsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Login, logout and password change")
public class SessionsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final Credentials credentials;
    private final Sessions sessions;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public SessionsResource(@Reference Credentials credentials, @Reference Sessions sessions) {
        this.credentials = credentials;
        this.sessions = sessions;
    }

    private String origin() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint("logging in")
    @Operation(summary = "Log in: open a session", operationId = "login",
            description = "Answers the session token (send it as `Authorization: Bearer <token>`) and sets the "
                    + "HttpOnly, Secure, SameSite=Strict cookie `" + AuthorizationFilter.COOKIE + "` for the web "
                    + "console. A session ends after the idle time-out, at logout, or as soon as the account is "
                    + "deactivated, locked, loses its roles or has its password reset. Every attempt is audited.",
            responses = {
                @ApiResponse(responseCode = "201", description = "logged in",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = SessionView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: login or password missing",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "401", description = "LOGIN_FAILED (wrong name or password, or no access), "
                        + "ACCOUNT_LOCKED (too many failures: wait or ask an administrator), PASSWORD_EXPIRED (change it "
                        + "with POST /api/v1/password first)",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response login(LoginRequest body) {
        if (body == null || body.login() == null || body.login().isBlank() || body.password() == null) {
            throw new BadParameterException(body == null || body.login() == null || body.login().isBlank() ? "login" : "password", "required");
        }
        char[] password = body.password().toCharArray();
        LoginResult result;
        try {
            result = credentials.authenticate(body.login().strip(), password, origin());
        } finally {
            Arrays.fill(password, '\0');
        }
        switch (result.outcome()) {
            case OK -> {
                Session session = sessions.open(result.caller());
                return Response.status(201).entity(SessionView.of(session))
                        .header(HttpHeaders.SET_COOKIE, cookie(session.token())).build();
            }
            case LOCKED -> {
                return ErrorMappers.error(401, "ACCOUNT_LOCKED",
                        "too many failed logins: the account is locked for a while; an administrator can unlock it");
            }
            case PASSWORD_EXPIRED -> {
                return ErrorMappers.error(401, "PASSWORD_EXPIRED",
                        "the password has expired or is temporary: change it with POST /api/v1/password");
            }
            default -> {
                return ErrorMappers.error(401, "LOGIN_FAILED", "wrong login name or password, or no access");
            }
        }
    }

    static String cookie(String token) {
        return AuthorizationFilter.COOKIE + "=" + token + "; Path=/; Secure; HttpOnly; SameSite=Strict";
    }

    @GET
    @Path("sessions/current")
    @SignedIn
    @Operation(summary = "Who is logged in, with the role grants in effect today", operationId = "currentSession",
            responses = {
                @ApiResponse(responseCode = "200", description = "the caller",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = CallerView.class))),
                @ApiResponse(responseCode = "401", description = "UNAUTHENTICATED",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public CallerView current(@Context SecurityContext security) {
        return CallerView.of(Callers.of(security));
    }

    @DELETE
    @Path("sessions/current")
    @SignedIn
    @Operation(summary = "Log out: end this session", operationId = "logout",
            responses = {
                @ApiResponse(responseCode = "204", description = "logged out; the cookie is cleared"),
                @ApiResponse(responseCode = "401", description = "UNAUTHENTICATED",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @CookieParam(AuthorizationFilter.COOKIE) String cookie) {
        String token = AuthorizationFilter.token(authorization, cookie).token();
        sessions.close(token, origin());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, AuthorizationFilter.COOKIE
                + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict").build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicEndpoint("changing one's own password, also when it has expired; the old password is the credential")
    @Operation(summary = "Change one's own password", operationId = "changePassword",
            description = "Needs the current password; the new one must meet the password policy (length, not the "
                    + "login name, not one of the last passwords). Ends the person's other sessions.",
            responses = {
                @ApiResponse(responseCode = "204", description = "changed"),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER / BAD_RANGE: the new password does "
                        + "not meet the policy (the message says why) or a field is missing",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response changePassword(PasswordChange body) {
        if (body == null || body.login() == null || body.oldPassword() == null || body.newPassword() == null) {
            throw new BadParameterException("login, oldPassword, newPassword", "all three are required");
        }
        char[] old = body.oldPassword().toCharArray();
        char[] fresh = body.newPassword().toCharArray();
        try {
            credentials.changePassword(body.login().strip(), old, fresh, origin());
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
        }
        return Response.noContent().build();
    }
}
