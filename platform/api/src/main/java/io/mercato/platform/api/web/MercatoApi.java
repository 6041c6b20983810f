package io.mercato.platform.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Puts a JAX-RS {@code Application} component into Mercato's REST API. Each department publishes one
 * application of its own, holding all its resources as singletons, with
 * <pre>
 * {@literal @}JaxrsName("mercato.warehouse")
 * {@literal @}JaxrsApplicationBase("/")
 * {@literal @}HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.warehouse)")
 * {@literal @}MercatoApi
 * </pre>
 * The platform opens the servlet context {@code mercato.api.<department>} at {@code /api/<department>} when it sees
 * the application and keeps it while it runs; the application waits for it and for the platform's providers
 * (login, capabilities, idempotency, problem JSON), is built once when the department starts and removed once when
 * it stops, so installing or removing one department never rebuilds (and briefly breaks) another's. A department's
 * application has no endpoint at its bare root: the web server redirects {@code /api/<department>} to
 * {@code /api/<department>/}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MercatoApi {
    /** Name of the platform's own HTTP-whiteboard context at {@code /api}. */
    String CONTEXT_NAME = "mercato.api";
    /** Selects that context. */
    String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=" + CONTEXT_NAME + ")";
    /** Prefix of a department's context name: {@code mercato.api.warehouse} serves {@code /api/warehouse}. */
    String DEPARTMENT_CONTEXT_PREFIX = CONTEXT_NAME + ".";
    /** Name of the JAX-RS extension (a feature) that carries the platform's providers. */
    String EXTENSION_NAME = "mercato.api";
    /** Service property that marks an application as part of Mercato's API. */
    String MARKER = "mercato.api";

    String[] osgi_jaxrs_extension_select() default "(osgi.jaxrs.name=" + EXTENSION_NAME + ")";

    boolean mercato_api() default true;
}
