package org.yorisoi.rest.internal;

import java.util.Arrays;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
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
import org.yorisoi.rest.internal.SecurityDto.AccountView;
import org.yorisoi.rest.internal.SecurityDto.PasswordSet;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.Permission;

/** Administrators' side of accounts: state, passwords, unlocking. */
@Component(service = AccountsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/accounts/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Credentials of staff accounts (administrators)")
public class AccountsResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final Credentials credentials;

    @Activate
    public AccountsResource(@Reference Credentials credentials) {
        this.credentials = credentials;
    }

    @GET
    @RequiresPermission(Permission.STAFF_READ)
    @Operation(summary = "The account's state: password age and expiry, failures, lock", operationId = "getAccount",
            responses = {
                @ApiResponse(responseCode = "200", description = "the state (never the password or its hash)",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_RANGE: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public AccountView account(@PathParam("personId") String personId) {
        return AccountView.of(credentials.status(personId));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Set the person's password (temporary by default: to be changed at first login)",
            operationId = "setPassword",
            description = "Hand the temporary password to the person by a separate, safe way. Ends the person's "
                    + "sessions and lifts a lock. Audited (never the password).",
            responses = {
                @ApiResponse(responseCode = "200", description = "the account's new state",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER / BAD_RANGE: missing, or against the policy",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public AccountView setPassword(@PathParam("personId") String personId, PasswordSet body,
                                   @Context SecurityContext security) {
        if (body == null || body.password() == null) {
            throw new BadParameterException("password", "required");
        }
        char[] password = body.password().toCharArray();
        try {
            return AccountView.of(credentials.setPassword(personId, password,
                    body.temporary() == null || body.temporary(), Callers.of(security).login()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @POST
    @Path("unlock")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Lift a lock after too many failed logins", operationId = "unlockAccount",
            responses = {
                @ApiResponse(responseCode = "200", description = "the account's new state",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountView.class)))})
    public AccountView unlock(@PathParam("personId") String personId, @Context SecurityContext security) {
        return AccountView.of(credentials.unlock(personId, Callers.of(security).login()));
    }
}
