package org.yorisoi.channel.line.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One LINE official account of one contract: a factory configuration {@code org.yorisoi.line}, one per contract. */
@ObjectClassDefinition(name = "Yorisoi LINE channel", description = "The LINE official account of one contract")
public @interface LineSettings {

    String FACTORY_PID = "org.yorisoi.line";

    @AttributeDefinition(description = "The contract id the account belongs to, e.g. kyoto; the webhook is /line/<contract>/webhook")
    String contract() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Channel secret (LINE Developers console); signs the webhooks")
    String channelSecret() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Long-lived channel access token for the Messaging API")
    String channelAccessToken() default "";

    @AttributeDefinition(description = "Base URL of the Messaging API")
    String apiBase() default "https://api.line.me";

    @AttributeDefinition(description = "How long after the event a reply token is still used; older events are answered by push")
    int replyTokenValiditySeconds() default 50;
}
