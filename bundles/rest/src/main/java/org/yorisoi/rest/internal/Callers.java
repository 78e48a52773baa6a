package org.yorisoi.rest.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.yorisoi.security.Caller;

/** The authenticated caller of a request, as put into the {@link SecurityContext} by {@link AuthorizationFilter}. */
final class Callers {

    private Callers() {
    }

    /** The principal carrying the caller. */
    record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.login();
        }
    }

    /**
     * The caller of a request to a {@link RequiresPermission} method.
     *
     * @throws SecurityException when there is none: the method is not guarded, a programming error
     */
    static Caller of(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        if (p instanceof CallerPrincipal cp) {
            return cp.caller();
        }
        throw new SecurityException("no authenticated caller: resource method not guarded by @RequiresPermission");
    }
}
