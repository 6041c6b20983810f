package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.web.JsonEndpoint;
import io.mercato.platform.api.web.MercatoApi;
import io.mercato.platform.api.web.UploadEndpoint;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 * Publishes every {@link JsonEndpoint} and {@link UploadEndpoint} service as an HTTP-whiteboard servlet at {@code /api/<department>/<rest>},
 * inside the servlet context of that department's JAX-RS application, where an exact path wins over the
 * application's {@code /*}. When the endpoint goes, so does its servlet; when the department's application goes,
 * the path falls back to the platform (404 department not installed).
 */
@Component(configurationPid = WebConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class JsonEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(JsonEndpoints.class);
    private final BundleContext context;
    private final EndpointGate gate;
    private final Map<Object, ServiceRegistration<Servlet>> servlets = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory organisation;

    @Activate
    public JsonEndpoints(BundleContext context, WebConfiguration config, @Reference Callers callers,
                         @Reference IdempotencyStore idempotency, @Reference AuditLog audit) {
        this.context = context;
        this.gate = new EndpointGate(callers, new StaffAccess(() -> Optional.ofNullable(organisation)),
                new AccessRefusals(audit), idempotency, config.maxBodyBytes());
    }

    @SuppressWarnings("unchecked")
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(JsonEndpoint<?> endpoint, Map<String, Object> properties) {
        publish(endpoint, properties.get(JsonEndpoint.PATH), JsonEndpoint.PATH,
                path -> new JsonEndpointServlet((JsonEndpoint<Object>) endpoint, path, gate));
    }

    void removeEndpoint(JsonEndpoint<?> endpoint) {
        withdraw(endpoint);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUpload(UploadEndpoint endpoint, Map<String, Object> properties) {
        publish(endpoint, properties.get(UploadEndpoint.PATH), UploadEndpoint.PATH, path -> new UploadServlet(endpoint, path, gate));
    }

    void removeUpload(UploadEndpoint endpoint) {
        withdraw(endpoint);
    }

    private void publish(Object endpoint, Object configured, String pathProperty, Function<String, Servlet> servletFor) {
        String path = configured == null ? "" : AuthenticationFilter.withoutEdgeSlashes(configured.toString());
        if (path.isEmpty()) {
            LOG.error("Endpoint {} has no {} property; not published", endpoint.getClass().getName(), pathProperty);
            return;
        }
        int slash = path.indexOf('/');
        if (slash < 1) {
            LOG.error("Endpoint {} has no department in its path '{}'; not published", endpoint.getClass().getName(), path);
            return;
        }
        Dictionary<String, Object> servlet = new Hashtable<>();
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, path.substring(slash));
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, departmentContext(path.substring(0, slash)));
        servlet.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "mercato-endpoint-" + path.replace('/', '-'));
        servlets.put(endpoint, context.registerService(Servlet.class, servletFor.apply(path), servlet));
    }

    private void withdraw(Object endpoint) {
        ServiceRegistration<Servlet> registration = servlets.remove(endpoint);
        if (registration != null) {
            unregister(registration);
        }
    }

    /** The servlet context of the department's application. */
    static String departmentContext(String department) {
        return "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + MercatoApi.DEPARTMENT_CONTEXT_PREFIX
                + department + ")";
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
