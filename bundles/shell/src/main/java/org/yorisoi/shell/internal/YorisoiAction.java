package org.yorisoi.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.RoleGrant;

/**
 * Base of the commands: every command first checks its permission for the user of the console session, and turns
 * what the operator can correct into a one-line message on stderr instead of a stack trace. Commands return
 * {@code null}: their output is what they print.
 *
 * <p>Who the user is: over SSH the {@code yorisoi} realm authenticated a person of the staff directory, whose
 * account is re-checked at every command (a revoked account's session stops working at its next command). The
 * local console of the host (started by {@code bin/karaf}) has no login: whoever can start the platform on the
 * host owns it, so a session whose user is not in the staff directory but holds Karaf's {@code admin} role from
 * {@code localRoles} acts as platform administrator. That is the trust anchor the first-admin set-up relies on.
 */
abstract class YorisoiAction implements Action {

    /** Origin recorded for commands from the host's own console. */
    static final String LOCAL_CONSOLE = "console";

    @Reference
    Credentials credentials;

    @Reference
    AuditLog audit;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
        } catch (AccessDeniedException e) {
            System.err.println(e.getMessage());
        } catch (UnknownContractException e) {
            // the contract went away between our check and the call
            System.err.println("No contract '" + e.contractId() + "' is deployed.");
        } catch (IllegalArgumentException e) {
            // the services reject a range or value they cannot serve; their message says which
            System.err.println(e.getMessage());
        }
        return null;
    }

    abstract void run() throws Exception;

    /**
     * The caller, after checking the permission under the contract (ignored for platform permissions). A refusal
     * is audited and ends the command with a message naming the permission.
     */
    Caller require(Permission permission, String contractId) {
        Caller caller = caller();
        if (!caller.may(permission, contractId)) {
            audit.record(new AuditEvent(caller.login(), caller.origin(), contractId, AuditActions.ACCESS_DENIED,
                    commandName(), AuditEvent.Outcome.DENIED, "permission=" + permission));
            throw new AccessDeniedException("Permission denied: " + permission + " is needed"
                    + (permission.scope() == Permission.Scope.CONTRACT && contractId != null
                            ? " under contract '" + contractId + "'" : "")
                    + " (roles " + permission.roles() + ").");
        }
        return caller;
    }

    /** The user of this console session. */
    Caller caller() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = subject == null ? null : principal(subject, UserPrincipal.class).map(Principal::getName).orElse(null);
        if (user == null) {
            throw new AccessDeniedException("Permission denied: this console session has no user.");
        }
        Optional<Caller> person = credentials.callerOf(user, origin(subject));
        if (person.isPresent()) {
            return person.get();
        }
        boolean localAdmin = subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> "admin".equals(r.getName()))
                && !isRemote(subject);
        if (localAdmin) {
            return new Caller("console:" + user, user, user,
                    List.of(new RoleGrant("console:" + user, RoleGrant.EVERY_CONTRACT, Role.ADMIN,
                            java.time.LocalDate.MIN, null)),
                    LOCAL_CONSOLE);
        }
        throw new AccessDeniedException("Permission denied: account '" + user
                + "' is not in good standing (deactivated, locked, password expired or no role in effect).");
    }

    private String commandName() {
        org.apache.karaf.shell.api.action.Command c = getClass().getAnnotation(org.apache.karaf.shell.api.action.Command.class);
        return c == null ? getClass().getSimpleName() : c.scope() + ":" + c.name();
    }

    /** Remote sessions are authenticated by a realm: the realm's login module adds the {@code ssh} marker role. */
    private static boolean isRemote(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> "yorisoi".equals(r.getName()));
    }

    private static String origin(Subject subject) {
        return isRemote(subject) ? "ssh" : LOCAL_CONSOLE;
    }

    private static <P extends Principal> Optional<P> principal(Subject subject, Class<P> type) {
        return subject.getPrincipals(type).stream().findFirst();
    }
}
