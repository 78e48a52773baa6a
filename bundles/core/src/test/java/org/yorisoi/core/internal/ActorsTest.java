package org.yorisoi.core.internal;

import static org.junit.Assert.assertEquals;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.Set;

import javax.security.auth.Subject;

import org.junit.Test;

public class ActorsTest {

    @Test
    public void actorIsSystemWithoutSubject() {
        assertEquals("system", Actors.current());
    }

    /** Named like Karaf's principal class: the lookup goes by simple class name. */
    static final class UserPrincipal implements Principal {
        private final String name;

        UserPrincipal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    static final class RolePrincipal implements Principal {
        @Override
        public String getName() {
            return "admin";
        }
    }

    @SuppressWarnings("removal")
    private static String actorAs(Principal... principals) {
        Subject subject = new Subject(true, Set.of(principals), Set.of(), Set.of());
        return Subject.doAs(subject, (PrivilegedAction<String>) Actors::current);
    }

    @Test
    public void actorIsTheUserOfTheSubject() {
        assertEquals("karaf", actorAs(new RolePrincipal(), new UserPrincipal("karaf")));
    }

    @Test
    public void actorIsSystemWhenTheSubjectHasNoUser() {
        assertEquals("system", actorAs(new RolePrincipal()));
    }
}
