package org.yorisoi.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@code org.yorisoi.security}: the password policy, lockout, session time-out, first administrator. */
@ObjectClassDefinition(name = "Yorisoi security",
        description = "Password policy, lockout after failed logins, idle session time-out, first administrator")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Fewest characters of a password (8..256)")
    int minLength() default 12;

    @AttributeDefinition(description = "How long a password stays valid after it was set, ISO-8601 (P90D)")
    String passwordValidity() default "P90D";

    @AttributeDefinition(description = "How many of a person's previous passwords may not be reused (0..24)")
    int history() default 5;

    @AttributeDefinition(description = "Failed logins within failureWindow that lock the account (1..100)")
    int maxFailures() default 5;

    @AttributeDefinition(description = "The span over which failed logins are counted, ISO-8601 (PT15M)")
    String failureWindow() default "PT15M";

    @AttributeDefinition(description = "How long a lock lasts, ISO-8601 (PT15M)")
    String lockout() default "PT15M";

    @AttributeDefinition(description = "A session unused this long ends, ISO-8601 (PT15M)")
    String idleTimeout() default "PT15M";

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes (100000..10000000); older "
            + "hashes are upgraded at the next successful login")
    int pbkdf2Iterations() default 310_000;

    @AttributeDefinition(description = "Login name of the administrator created when nobody holds the ADMIN role")
    String firstAdminLogin() default "admin";
}
