package org.yorisoi.core.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

/** Who is acting on this thread, for history and audit records. */
public final class Actors {

    private Actors() {
    }

    /** The Karaf user of the JAAS subject on this thread, or {@code system} when there is none. */
    @SuppressWarnings("removal")
    public static String current() {
        try {
            Subject subject = Subject.getSubject(AccessController.getContext());
            if (subject != null) {
                for (Principal p : subject.getPrincipals()) {
                    if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                        return p.getName();
                    }
                }
            }
        } catch (RuntimeException e) {
            // No subject on this thread: a start-up, the deploy folder or another system action.
        }
        return "system";
    }
}
