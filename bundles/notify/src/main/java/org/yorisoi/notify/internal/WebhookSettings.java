package org.yorisoi.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How webhooks are called: configuration {@code org.yorisoi.notify.webhook}. */
@ObjectClassDefinition(name = "Yorisoi notices: webhook", description = "How emergency notices are posted to webhooks")
public @interface WebhookSettings {

    String PID = "org.yorisoi.notify.webhook";

    @AttributeDefinition(description = "Timeout for connecting, in milliseconds")
    int connectTimeoutMillis() default 5_000;

    @AttributeDefinition(description = "Timeout for the whole response, in milliseconds")
    int requestTimeoutMillis() default 10_000;

    @AttributeDefinition(description = "Retries after a 5xx answer, a timeout or a connection failure")
    int retries() default 3;

    @AttributeDefinition(description = "Wait before the first retry, in milliseconds; doubled for each further retry")
    long initialBackoffMillis() default 1_000;
}
