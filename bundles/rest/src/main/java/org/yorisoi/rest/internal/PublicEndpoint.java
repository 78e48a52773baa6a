package org.yorisoi.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resource method anybody may call, with the reason it is safe to; it never returns consultation content. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicEndpoint {

    /** Why no login is needed (shown in the OpenAPI document). */
    String value();
}
