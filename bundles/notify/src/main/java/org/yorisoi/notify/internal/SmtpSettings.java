package org.yorisoi.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The outgoing mail server notices are sent through: configuration {@code org.yorisoi.notify.smtp}. */
@ObjectClassDefinition(name = "Yorisoi notices: SMTP", description = "The mail server emergency notices are sent through")
public @interface SmtpSettings {

    String PID = "org.yorisoi.notify.smtp";

    @AttributeDefinition(description = "SMTP server host name")
    String host() default "localhost";

    @AttributeDefinition(description = "SMTP server port (587 for submission with STARTTLS)")
    int port() default 587;

    @AttributeDefinition(required = false, description = "User name for SMTP AUTH; empty for none")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, required = false, description = "Password for SMTP AUTH")
    String password() default "";

    @AttributeDefinition(description = "Sender address, e.g. \"Yorisoi <noreply@example.jp>\"")
    String from();

    @AttributeDefinition(description = "STARTTLS: required (refuse plain text), optional (use if offered) or none",
            options = {@Option(value = "required"), @Option(value = "optional"), @Option(value = "none")})
    String starttls() default "required";

    @AttributeDefinition(description = "Timeout for connecting, in milliseconds")
    int connectTimeoutMillis() default 10_000;

    @AttributeDefinition(description = "Timeout for each server reply, in milliseconds")
    int readTimeoutMillis() default 30_000;

    @AttributeDefinition(description = "Timeout for writing the message, in milliseconds")
    int writeTimeoutMillis() default 30_000;
}
