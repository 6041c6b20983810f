package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.StaffPlacement;
import io.mercato.platform.api.security.RequiresCapability;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/**
 * Enforces {@link RequiresCapability}: the caller's department must own the capability and their position
 * be at the level or above (admins may do everything). Without an organisation service nobody but an
 * admin passes: failing closed.
 */
@Priority(Priorities.AUTHORIZATION)
public final class CapabilityFilter implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;
    private final Supplier<Optional<OrgDirectory>> organisation;

    public CapabilityFilter(Supplier<Optional<OrgDirectory>> organisation) {
        this.organisation = organisation;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresCapability needed = requirement(resource.getResourceMethod(), resource.getResourceClass());
        SecurityContext security = request.getSecurityContext();
        if (needed == null || security.getUserPrincipal() == null || security.isUserInRole("admin")) {
            return;
        }
        String username = security.getUserPrincipal().getName();
        Optional<StaffPlacement> placement = organisation.get().flatMap(org -> org.placementOf(username));
        if (placement.isEmpty() || !placement.get().capabilities().contains(needed.value())
                || !placement.get().level().atLeast(needed.level())) {
            String where = placement.map(p -> "your position " + p.positionCode() + " (" + p.level() + ") in "
                    + p.departmentCode()).orElse("you have no position in the organisation");
            request.abortWith(Problems.response(Problem.of(403, "Forbidden", "This needs capability " + needed.value()
                    + " at level " + needed.level() + " or above; " + where + " does not have it"))
            );
        }
    }

    static RequiresCapability requirement(Method method, Class<?> type) {
        RequiresCapability onMethod = method == null ? null : method.getAnnotation(RequiresCapability.class);
        if (onMethod != null) {
            return onMethod;
        }
        return type == null ? null : type.getAnnotation(RequiresCapability.class);
    }
}
