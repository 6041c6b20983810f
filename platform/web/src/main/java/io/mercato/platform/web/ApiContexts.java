package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import io.mercato.platform.api.web.MercatoApi;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import javax.ws.rs.core.Application;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The servlet contexts of the API and what every one of them carries: the platform's at {@code /api}, and one per
 * department at {@code /api/<department>}, opened when the department's application is first seen and kept while
 * the platform runs. A department context has the name the JAX-RS whiteboard gives the application's own context
 * ({@code context.for<name>}) and a higher ranking, so the application's servlet is served inside it, and when
 * the department is removed nothing but that servlet goes: the context, its filters and its fallback stay. Each
 * element selects exactly one context, so the web server never re-registers anything of another department.
 */
@Component
public class ApiContexts {
    private static final int CONTEXT_RANKING = 1000;
    private final BundleContext bundleContext;
    private final DepartmentStates departments;
    private final Supplier<DatabaseStatus> databaseStatus = () -> this.database;
    private final Map<String, List<ServiceRegistration<?>>> contexts = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatabaseStatus database;

    @Activate
    public ApiContexts(BundleContext bundleContext, @Reference DepartmentStates departments) {
        this.bundleContext = bundleContext;
        this.departments = departments;
        open(MercatoApi.CONTEXT_NAME, "/api");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + MercatoApi.MARKER + "=true)")
    void addApplication(ServiceReference<Application> application) {
        Object name = application.getProperty("osgi.jaxrs.name");
        Object base = application.getProperty("osgi.jaxrs.application.base");
        if (name instanceof String jaxrsName && jaxrsName.startsWith(MercatoApi.APPLICATION_PREFIX) && base != null
                && application.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT) == null) {
            open("context.for" + jaxrsName, "/" + AuthenticationFilter.withoutEdgeSlashes(base.toString()));
        }
    }

    void removeApplication(ServiceReference<Application> application) {
        // The context stays: it answers for the department while it is gone and is ready when it comes back.
    }

    private void open(String name, String path) {
        contexts.computeIfAbsent(name, contextName -> {
            List<ServiceRegistration<?>> registrations = new ArrayList<>();
            Dictionary<String, Object> helper = new Hashtable<>();
            helper.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, contextName);
            helper.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, path);
            helper.put(Constants.SERVICE_RANKING, CONTEXT_RANKING);
            registrations.add(bundleContext.registerService(ServletContextHelper.class,
                    new ServletContextHelper(bundleContext.getBundle()) { }, helper));
            String select = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + contextName + ")";
            registrations.add(bundleContext.registerService(Servlet.class, new UnservedApiServlet(databaseStatus, departments),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "unserved", contextName, Integer.MIN_VALUE)));
            // Filters run highest ranking first: headers on everything, then problems only, then the refusals.
            registrations.add(bundleContext.registerService(Filter.class, new ApiHeadersFilter(),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "headers", contextName, 1000)));
            registrations.add(bundleContext.registerService(Filter.class, new ProblemResponsesFilter(departments),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "problems", contextName, 900)));
            registrations.add(bundleContext.registerService(Filter.class, new DatabaseGateFilter(databaseStatus),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "database-gate", contextName, 800)));
            registrations.add(bundleContext.registerService(Filter.class, new CsrfFilter(),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "csrf", contextName, 700)));
            return registrations;
        });
    }

    private static Dictionary<String, Object> element(String select, String patternProperty, String role, String contextName,
                                                      int ranking) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, select);
        properties.put(patternProperty, "/*");
        String nameProperty = patternProperty.equals(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN)
                ? HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME : HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME;
        properties.put(nameProperty, "mercato-" + role + "-" + contextName);
        properties.put(Constants.SERVICE_RANKING, ranking);
        return properties;
    }

    @Deactivate
    void deactivate() {
        contexts.values().forEach(registrations -> registrations.forEach(ApiContexts::unregister));
        contexts.clear();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and took it along
        }
    }
}
