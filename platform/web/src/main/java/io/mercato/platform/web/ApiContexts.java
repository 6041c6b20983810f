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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet contexts of the API and what every one of them carries: the platform's at {@code /api}, and one per
 * department ({@code mercato.api.<department>} at {@code /api/<department>}), opened when an application selecting
 * it is first seen and kept while the platform runs. The application waits for its context; when the department is
 * removed nothing but the application's servlet goes: the context, its filters and its fallback stay. Each element
 * selects exactly one context, so the web server never re-registers anything of another department.
 */
@Component
public class ApiContexts {
    private static final Logger LOG = LoggerFactory.getLogger(ApiContexts.class);
    private static final Pattern DEPARTMENT_CONTEXT = Pattern.compile(
            "\\(" + Pattern.quote(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + MercatoApi.DEPARTMENT_CONTEXT_PREFIX)
                    + "([a-z][a-z0-9]{1,30})\\)");
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
        Object select = application.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT);
        Matcher department = select == null ? null : DEPARTMENT_CONTEXT.matcher(select.toString().strip());
        if (department != null && department.matches()) {
            open(MercatoApi.DEPARTMENT_CONTEXT_PREFIX + department.group(1), "/api/" + department.group(1));
        } else if (select == null || !select.toString().contains(MercatoApi.CONTEXT_NAME)) {
            LOG.error("Application {} is marked as part of the API but selects no context mercato.api.<department>; "
                    + "it will not be served under /api", application.getProperty("osgi.jaxrs.name"));
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
            registrations.add(bundleContext.registerService(ServletContextHelper.class,
                    new ServletContextHelper(bundleContext.getBundle()) { }, helper));
            String select = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + contextName + ")";
            // The fallback is the context's default servlet ("/"), not a rival of the application's "/*": the web server never
            // swaps one for the other while a department comes or goes, so no request finds the context without a servlet
            // (and gets the web server's own HTML 404).
            registrations.add(bundleContext.registerService(Servlet.class, new UnservedApiServlet(databaseStatus, departments),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/", "unserved", contextName, Integer.MIN_VALUE)));
            // Filters run highest ranking first: headers on everything, then problems only, then the refusals.
            registrations.add(bundleContext.registerService(Filter.class, new ApiHeadersFilter(),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*", "headers", contextName, 1000)));
            registrations.add(bundleContext.registerService(Filter.class, new ProblemResponsesFilter(departments),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*", "problems", contextName, 900)));
            registrations.add(bundleContext.registerService(Filter.class, new DatabaseGateFilter(databaseStatus),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*", "database-gate", contextName, 800)));
            registrations.add(bundleContext.registerService(Filter.class, new CsrfFilter(),
                    element(select, HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*", "csrf", contextName, 700)));
            return registrations;
        });
    }

    private static Dictionary<String, Object> element(String select, String patternProperty, String pattern, String role, String contextName,
                                                      int ranking) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, select);
        properties.put(patternProperty, pattern);
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
