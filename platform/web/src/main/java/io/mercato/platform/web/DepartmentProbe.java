package io.mercato.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import io.mercato.platform.api.web.DepartmentServing;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Whether a department's endpoints answer, seen as a client sees them: an anonymous request to {@code /api/<code>/}
 * over this server's own plain HTTP port reaches the department's application, not the platform's fallback (which
 * marks its answers with the {@code Mercato-Unserved} header). Registrations cannot tell: a department's application
 * may be registered a moment before the web server routes to it.
 */
@Component(service = DepartmentServing.class)
public class DepartmentProbe implements DepartmentServing {
    private final BundleContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Activate
    public DepartmentProbe(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<Boolean> serves(String code) {
        String endpoint = httpEndpoint();
        if (endpoint == null) {
            return Optional.empty();
        }
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint + "api/" + code + "/"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return Optional.of(answer.statusCode() != 503 && answer.headers().firstValue(ServletResponses.UNSERVED_HEADER).isEmpty());
        } catch (java.io.IOException e) {
            return Optional.of(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(false);
        }
    }

    /** The web server's plain HTTP endpoint (the HTTP runtime's {@code osgi.http.endpoint}) on the loopback address. */
    private String httpEndpoint() {
        try {
            ServiceReference<?>[] runtimes = context.getServiceReferences("org.osgi.service.http.runtime.HttpServiceRuntime", null);
            for (ServiceReference<?> runtime : runtimes == null ? new ServiceReference<?>[0] : runtimes) {
                Object endpoints = runtime.getProperty("osgi.http.endpoint");
                Collection<?> all = endpoints instanceof String[] array ? List.of(array)
                        : endpoints instanceof Collection<?> collection ? collection : endpoints == null ? List.of() : List.of(endpoints);
                for (Object each : all) {
                    String url = String.valueOf(each);
                    if (url.startsWith("http://")) {
                        url = url.replace("://0.0.0.0:", "://127.0.0.1:").replace("://[::]:", "://127.0.0.1:");
                        return url.endsWith("/") ? url : url + "/";
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            return null;
        }
        return null;
    }
}
