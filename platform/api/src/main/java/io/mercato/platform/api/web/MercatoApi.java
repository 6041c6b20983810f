package io.mercato.platform.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Puts a JAX-RS {@code Application} component into Mercato's REST API. Each department publishes one
 * application of its own, holding all its resources as singletons, with
 * {@code @JaxrsApplicationBase("api/<department>")} and {@code @JaxrsName("mercato.<department>")}: it is built once
 * when the department starts and removed once when it stops, in a servlet context of its own at
 * {@code /api/<department>}, so installing or removing one department never rebuilds (and briefly breaks) another's.
 * The properties set here make the application wait for the platform's providers (login, capabilities,
 * idempotency, problem JSON, database gate, security headers) before it serves anything.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MercatoApi {
    /** Name of the platform's own HTTP-whiteboard context at {@code /api} (departments get one each). */
    String CONTEXT_NAME = "mercato.api";
    /** Selects that context. */
    String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=" + CONTEXT_NAME + ")";
    /** Prefix of the JAX-RS name of a department's application: {@code mercato.warehouse}. */
    String APPLICATION_PREFIX = "mercato.";
    /** Name of the JAX-RS extension (a feature) that carries the platform's providers. */
    String EXTENSION_NAME = "mercato.api";
    /** Service property that marks an application as part of Mercato's API. */
    String MARKER = "mercato.api";

    String[] osgi_jaxrs_extension_select() default "(osgi.jaxrs.name=" + EXTENSION_NAME + ")";

    boolean mercato_api() default true;
}
