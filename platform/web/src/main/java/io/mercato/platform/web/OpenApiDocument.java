package io.mercato.platform.web;

import io.mercato.platform.api.web.JsonEndpoint;
import io.mercato.platform.api.web.MercatoApi;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.core.Application;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The OpenAPI 3 document of the whole {@code /api}, read by swagger-core from the JAX-RS annotations of every
 * application served now (the platform's and each installed department's) and from the {@link JsonEndpoint} servlets;
 * every operation answers failures as problem JSON. Rebuilt when an application or endpoint comes or goes.
 */
@Component(service = OpenApiDocument.class)
public class OpenApiDocument {
    private static final Pattern DEPARTMENT_CONTEXT = Pattern.compile(
            Pattern.quote(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + MercatoApi.DEPARTMENT_CONTEXT_PREFIX) + "([a-z][a-z0-9]{1,30})");
    private static final String PROBLEM = "Problem";
    private final BundleContext context;
    private final Map<ServiceReference<Application>, String> applications = new ConcurrentHashMap<>();
    private final Map<ServiceReference<JsonEndpoint<?>>, String> endpoints = new ConcurrentHashMap<>();
    private volatile String document;

    @Activate
    public OpenApiDocument(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(" + MercatoApi.MARKER + "=true)")
    void addApplication(ServiceReference<Application> application) {
        Object select = application.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT);
        Matcher department = select == null ? null : DEPARTMENT_CONTEXT.matcher(select.toString());
        applications.put(application, department != null && department.find() ? department.group(1) : "");
        document = null;
    }

    void removeApplication(ServiceReference<Application> application) {
        applications.remove(application);
        document = null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = JsonEndpoint.class)
    void addEndpoint(ServiceReference<JsonEndpoint<?>> endpoint) {
        endpoints.put(endpoint, String.valueOf(endpoint.getProperty(JsonEndpoint.PATH)));
        document = null;
    }

    void removeEndpoint(ServiceReference<JsonEndpoint<?>> endpoint) {
        endpoints.remove(endpoint);
        document = null;
    }

    /** The document as JSON; built on first use after a change. */
    public String json() {
        String current = document;
        if (current == null) {
            current = Json.pretty(build());
            document = current;
        }
        return current;
    }

    OpenAPI build() {
        OpenAPI whole = new OpenAPI().info(new Info().title("Mercato API").version("1")
                .description("Every resource of the platform and of the departments installed now. Failures are problem JSON (RFC 9457)."));
        whole.setPaths(new Paths());
        whole.setComponents(new Components().addSchemas(PROBLEM, OpenApiProblems.schema()));
        Map<String, Set<Class<?>>> byDepartment = new TreeMap<>();
        applications.forEach((reference, department) -> byDepartment.computeIfAbsent(department, d -> new LinkedHashSet<>())
                .addAll(resourceClasses(reference)));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // swagger-core finds its extensions through the context class loader.
        Thread.currentThread().setContextClassLoader(Reader.class.getClassLoader());
        try {
            byDepartment.forEach((department, classes) -> merge(whole, department, read(classes)));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        endpoints.values().forEach(path -> whole.getPaths().addPathItem("/api/" + path, endpointItem(path)));
        OpenApiProblems.addTo(whole, PROBLEM);
        return whole;
    }

    private static OpenAPI read(Set<Class<?>> classes) {
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true));
        return reader.read(classes);
    }

    private static void merge(OpenAPI whole, String department, OpenAPI part) {
        String base = department.isEmpty() ? "/api" : "/api/" + department;
        String tag = department.isEmpty() ? "platform" : department;
        whole.addTagsItem(new Tag().name(tag));
        if (part.getPaths() != null) {
            part.getPaths().forEach((path, item) -> {
                item.readOperations().forEach(operation -> operation.setTags(java.util.List.of(tag)));
                String relative = path.equals("/") || path.isEmpty() ? "" : path.startsWith("/") ? path : "/" + path;
                whole.getPaths().addPathItem(base + relative, item);
            });
        }
        if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
            part.getComponents().getSchemas().forEach(whole.getComponents()::addSchemas);
        }
    }

    private Set<Class<?>> resourceClasses(ServiceReference<Application> reference) {
        ServiceObjects<Application> objects = context.getServiceObjects(reference);
        if (objects == null) {
            return Set.of();
        }
        Application application = objects.getService();
        if (application == null) {
            return Set.of();
        }
        try {
            Set<Class<?>> classes = new LinkedHashSet<>(application.getClasses());
            application.getSingletons().forEach(resource -> classes.add(resource.getClass()));
            return classes;
        } finally {
            objects.ungetService(application);
        }
    }

    private static PathItem endpointItem(String path) {
        String department = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        Operation post = new Operation().addTagsItem(department).summary("JSON endpoint (plain servlet, hot path)")
                .operationId("endpoint_" + path.replaceAll("[^A-Za-z0-9]", "_"))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().type("object")))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("done")
                        .content(new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().type("object"))))));
        return new PathItem().post(post);
    }
}
