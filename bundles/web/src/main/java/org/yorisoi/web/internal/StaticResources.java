package org.yorisoi.web.internal;

import org.osgi.service.component.annotations.Component;

/**
 * Registers the bundle's {@code /static} folder (scripts, styles) at {@code /yorisoi-web/} with the HTTP whiteboard;
 * the service object itself carries nothing, the whiteboard reads its properties.
 */
@Component(service = StaticResources.class, property = {
    "osgi.http.whiteboard.resource.pattern=/yorisoi-web/*",
    "osgi.http.whiteboard.resource.prefix=/static"})
public class StaticResources {
}
