package org.yorisoi.core.internal.security;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.LoginOutcome;
import org.yorisoi.security.LoginResult;

/**
 * The login module of the {@code yorisoi} realm (SSH, JMX, any JAAS login): checks name and password with
 * {@link Credentials} — so lockout, expiry and audit apply as over the API — and on success gives the subject a
 * {@link UserPrincipal} and the {@link RealmRoles}. Created by Karaf's {@code ProxyLoginModule} from this bundle,
 * one instance per login; the credentials service arrives in the options ({@link YorisoiRealm}).
 */
public class YorisoiLoginModule implements LoginModule {

    /** Generic on purpose: the client learns nothing about which names exist or why. */
    static final String REFUSED = "login refused";

    private Subject subject;
    private CallbackHandler handler;
    private Credentials credentials;
    private Caller caller;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.handler = callbackHandler;
        Object service = options == null ? null : options.get(YorisoiRealm.CREDENTIALS_OPTION);
        this.credentials = service instanceof Credentials c ? c : null;
    }

    @Override
    public boolean login() throws LoginException {
        if (credentials == null) {
            throw new LoginException("the yorisoi realm is not available");
        }
        if (handler == null) {
            throw new LoginException("no callback handler to ask for name and password");
        }
        NameCallback name = new NameCallback("Login: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (UnsupportedCallbackException e) {
            // e.g. an SSH public-key attempt: this realm knows passwords only; not a failed password either
            throw new FailedLoginException(REFUSED);
        } catch (IOException e) {
            throw new LoginException("could not read name and password: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        LoginResult result;
        try {
            if (name.getName() == null || secret == null) {
                throw new FailedLoginException(REFUSED);
            }
            result = credentials.authenticate(name.getName(), secret, origin(subject));
        } finally {
            password.clearPassword();
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        if (result.outcome() == LoginOutcome.PASSWORD_EXPIRED) {
            throw new FailedLoginException("the password has expired or is temporary: change it first");
        }
        if (result.outcome() != LoginOutcome.OK) {
            throw new FailedLoginException(REFUSED);
        }
        caller = result.caller();
        return true;
    }

    @Override
    public boolean commit() {
        if (caller == null) {
            return false;
        }
        added.add(new UserPrincipal(caller.login()));
        for (String role : RealmRoles.of(caller.grants())) {
            added.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        boolean hadLogin = caller != null;
        removePrincipals();
        return hadLogin;
    }

    @Override
    public boolean logout() {
        removePrincipals();
        return true;
    }

    private void removePrincipals() {
        if (subject != null && !subject.isReadOnly()) {
            subject.getPrincipals().removeAll(added);
        }
        added.clear();
        caller = null;
    }

    /** {@code ssh:<address>} (Karaf's SSH server puts a client principal into the subject), else {@code jaas}. */
    static String origin(Subject subject) {
        if (subject != null) {
            for (ClientPrincipal client : subject.getPrincipals(ClientPrincipal.class)) {
                String address = client.getAddress() == null ? "" : client.getAddress();
                return client.getMethod() + ":" + (address.startsWith("/") ? address.substring(1) : address);
            }
        }
        return "jaas";
    }
}
