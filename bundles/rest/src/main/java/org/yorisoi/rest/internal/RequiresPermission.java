package org.yorisoi.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.yorisoi.security.Permission;

/**
 * The permission a resource method needs. {@link AuthorizationFilter} refuses a request without a live session
 * (401) or whose caller lacks the permission under the contract named by the path parameter {@link #contract()}
 * (403). A resource method with neither this nor {@link PublicEndpoint} is refused to everybody: deny by default.
 * The served OpenAPI document states the permission and its roles on every operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    Permission value();

    /** The path parameter holding the contract id (ignored for platform permissions). */
    String contract() default "id";
}
