package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.security.StaffAuthentication;
import io.mercato.platform.api.web.MercatoApi;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The platform's own part of {@code /api}: the API root, login, the console menu and the audit trail. It sits at
 * the root of the API context, so a path no department application claims (a department not installed) ends
 * here and is answered with a problem saying so (see {@link ProblemExceptionMapper}).
 */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@JaxrsName(MercatoApplication.NAME)
@MercatoApi
@HttpWhiteboardContextSelect(MercatoApi.CONTEXT_SELECT)
public class MercatoApplication extends Application {
    public static final String NAME = "mercato";
    private final Set<Object> resources;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory organisation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile io.mercato.platform.api.outbox.OutboxMonitor outbox;

    @Activate
    public MercatoApplication(@Reference ConsoleRegistry console, @Reference StaffAuthentication authentication,
                              @Reference StaffAccounts accounts, @Reference AuditLog audit, @Reference OpenApiDocument openApi) {
        StaffAccess access = new StaffAccess(() -> Optional.ofNullable(organisation));
        this.resources = Set.of(
                new ApiRootResource(),
                new SessionResource(authentication, accounts),
                new AccountResource(accounts),
                new ConsoleResource(console, access, () -> Optional.ofNullable(organisation)),
                new AuditResource(audit),
                new OutboxResource(() -> Optional.ofNullable(outbox)),
                new OpenApiResource(openApi));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
