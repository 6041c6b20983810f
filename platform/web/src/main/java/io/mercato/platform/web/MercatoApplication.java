package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.IdempotencyStore;
import java.util.Optional;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import java.util.Set;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code /api} JAX-RS application. Departments add their resources to it through the whiteboard with
 * {@code osgi.jaxrs.application.select=(osgi.jaxrs.name=mercato)}; the providers and filters here apply to
 * all of them. It only appears once the database is up (it needs the idempotency store).
 */
@Component(service = Application.class, configurationPid = WebConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JaxrsApplicationBase("/api")
@JaxrsName(MercatoApplication.NAME)
@Designate(ocd = WebConfiguration.class)
public class MercatoApplication extends Application {
    public static final String NAME = "mercato";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MercatoApplication.class);
    private final Set<Object> singletons;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory organisation;

    @Activate
    public MercatoApplication(@Reference IdempotencyStore idempotency, @Reference ConsoleRegistry console,
                              @Reference SessionRegistry sessions, @Reference Callers callers,
                              @Reference AuditLog audit, WebConfiguration config) {
        LOG.info("Mercato API application activated");
        Authenticator authenticator = new JaasAuthenticator(config.realm());
        StaffAccess access = new StaffAccess(() -> Optional.ofNullable(organisation));
        Set<Object> providers = new java.util.HashSet<>(Set.of(
                new JsonProvider(),
                new ProblemExceptionMapper(),
                new BodyLimitFilter(config.maxBodyBytes()),
                new AuthenticationFilter(callers),
                new CapabilityFilter(access),
                new IdempotencyFilter(idempotency),
                new ApiRootResource(),
                new SessionResource(authenticator, sessions),
                new ConsoleResource(console, access),
                new AuditResource(audit)));
        if (CxfClassLoaderCache.applies()) {
            providers.add(new CxfClassLoaderCache());
        }
        this.singletons = Set.copyOf(providers);
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
