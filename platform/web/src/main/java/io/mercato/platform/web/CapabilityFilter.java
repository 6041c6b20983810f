package io.mercato.platform.web;

import io.mercato.platform.api.security.RequiresCapability;
import java.lang.reflect.Method;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
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
    @Context
    private HttpServletRequest servletRequest;
    private final StaffAccess access;
    private final AccessRefusals refusals;

    CapabilityFilter(StaffAccess access, AccessRefusals refusals) {
        this.access = access;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresCapability needed = requirement(resource.getResourceMethod(), resource.getResourceClass());
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            return;
        }
        if (!security.isUserInRole("staff") && !security.isUserInRole("admin") && !external(resource.getResourceMethod(), resource.getResourceClass())) {
            request.abortWith(Problems.response(Problem.of(403, "Forbidden", "This is for staff; "
                    + security.getUserPrincipal().getName() + " is an external login")));
            return;
        }
        if (needed == null) {
            return;
        }
        StaffAccess.Caller caller = access.caller(security);
        if (!caller.may(needed.value(), needed.level())) {
            refusals.record(security.getUserPrincipal().getName(), needed, request.getMethod(),
                    request.getUriInfo().getRequestUri().getPath(), servletRequest == null ? null : servletRequest.getRemoteAddr());
            request.abortWith(Problems.response(refusal(needed, caller)));
        }
    }

    static Problem refusal(RequiresCapability needed, StaffAccess.Caller caller) {
        return Problem.of(403, "Forbidden", "This needs capability " + needed.value() + " at level " + needed.level()
                + " or above; " + caller.where() + " does not have it");
    }

    /** Whether logins other than staff (a supplier's own account) may call it: see {@link io.mercato.platform.api.security.ExternalAccess}. */
    static boolean external(Method method, Class<?> type) {
        return (method != null && method.isAnnotationPresent(io.mercato.platform.api.security.ExternalAccess.class))
                || (type != null && type.isAnnotationPresent(io.mercato.platform.api.security.ExternalAccess.class));
    }

    static RequiresCapability requirement(Method method, Class<?> type) {
        RequiresCapability onMethod = method == null ? null : method.getAnnotation(RequiresCapability.class);
        if (onMethod != null) {
            return onMethod;
        }
        return type == null ? null : type.getAnnotation(RequiresCapability.class);
    }
}
