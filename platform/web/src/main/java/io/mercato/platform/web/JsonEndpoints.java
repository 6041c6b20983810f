package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.web.JsonEndpoint;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every {@link JsonEndpoint} service as an HTTP-whiteboard servlet at {@code /api/<path>}, in the
 * JAX-RS application's servlet context where an exact path wins over its {@code /*}. When the endpoint goes,
 * so does its servlet, and the path falls back to the application (404).
 */
@Component(configurationPid = WebConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class JsonEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(JsonEndpoints.class);
    /**
     * The servlet context Aries JAX-RS creates for the application at {@code /api} ("context.for" + its name):
     * only inside it does the exact servlet path beat the application's {@code /*}.
     */
    static final String API_CONTEXT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=context.for"
            + MercatoApplication.NAME + ")";
    private final BundleContext context;
    private final EndpointGate gate;
    private final Map<JsonEndpoint<?>, ServiceRegistration<Servlet>> servlets = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory organisation;

    @Activate
    public JsonEndpoints(BundleContext context, WebConfiguration config, @Reference Callers callers,
                         @Reference IdempotencyStore idempotency) {
        this.context = context;
        this.gate = new EndpointGate(callers, new StaffAccess(() -> Optional.ofNullable(organisation)),
                idempotency, config.maxBodyBytes());
    }

    @SuppressWarnings("unchecked")
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(JsonEndpoint<?> endpoint, Map<String, Object> properties) {
        Object configured = properties.get(JsonEndpoint.PATH);
        String path = configured == null ? "" : AuthenticationFilter.withoutEdgeSlashes(configured.toString());
        if (path.isEmpty()) {
            LOG.error("JSON endpoint {} has no {} property; not published", endpoint.getClass().getName(), JsonEndpoint.PATH);
            return;
        }
        Dictionary<String, Object> servlet = new Hashtable<>();
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/" + path);
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, API_CONTEXT);
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "mercato-endpoint-" + path.replace('/', '-'));
        servlets.put(endpoint, context.registerService(Servlet.class,
                new JsonEndpointServlet((JsonEndpoint<Object>) endpoint, path, gate), servlet));
    }

    void removeEndpoint(JsonEndpoint<?> endpoint) {
        ServiceRegistration<Servlet> registration = servlets.remove(endpoint);
        if (registration != null) {
            unregister(registration);
        }
    }

    @Deactivate
    void deactivate() {
        servlets.values().forEach(JsonEndpoints::unregister);
        servlets.clear();
    }

    private static void unregister(ServiceRegistration<Servlet> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The web bundle is stopping and took the registration with it.
        }
    }
}
