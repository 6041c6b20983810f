package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.web.MercatoApi;
import java.util.Optional;
import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The platform's providers for every application of the API (each marked with {@link MercatoApi}): strict JSON, problem details, body limit, login, capabilities, idempotency. One feature, so an application that requires it
 * gets all of them at once before its servlet is published; each application gets its own instances, since
 * JAX-RS injects per-application context proxies into them.
 */
@Component(service = Feature.class, configurationPid = WebConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JaxrsExtension
@JaxrsName(MercatoApi.EXTENSION_NAME)
@JaxrsApplicationSelect("(" + MercatoApi.MARKER + "=true)")
@Designate(ocd = WebConfiguration.class)
public class ApiFeature implements Feature {
    private final IdempotencyStore idempotency;
    private final Callers callers;
    private final DepartmentStates departments;
    private final AccessRefusals refusals;
    private final long maxBodyBytes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory organisation;


    @Activate
    public ApiFeature(@Reference IdempotencyStore idempotency, @Reference Callers callers,
                      @Reference DepartmentStates departments, @Reference AuditLog audit, WebConfiguration config) {
        this.idempotency = idempotency;
        this.callers = callers;
        this.departments = departments;
        this.refusals = new AccessRefusals(audit);
        this.maxBodyBytes = config.maxBodyBytes();
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new JsonProvider());
        context.register(new StrictParameters());
        context.register(new ProblemExceptionMapper(departments));
        context.register(new BodyLimitFilter(maxBodyBytes));
        context.register(new AuthenticationFilter(callers));
        context.register(new CapabilityFilter(new StaffAccess(() -> Optional.ofNullable(organisation)), refusals));
        context.register(new IdempotencyFilter(idempotency));
        if (CxfClassLoaderCache.applies()) {
            context.register(new CxfClassLoaderCache());
        }
        return true;
    }
}
