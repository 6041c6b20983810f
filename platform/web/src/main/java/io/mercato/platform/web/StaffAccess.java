package io.mercato.platform.web;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.org.StaffPlacement;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.ws.rs.core.SecurityContext;

/**
 * Whether the caller may use a capability: admins always; staff when their department owns it and their
 * position is at the level or above. Without an organisation service only admins pass (fail closed).
 */
final class StaffAccess {
    private static final String ADMIN = "admin";
    private final Supplier<Optional<OrgDirectory>> organisation;

    StaffAccess(Supplier<Optional<OrgDirectory>> organisation) {
        this.organisation = organisation;
    }

    /** The caller as far as capabilities go; look it up once per request. */
    Caller caller(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return new Caller(false, Optional.empty());
        }
        return caller(security.getUserPrincipal().getName(), security.isUserInRole(ADMIN) ? Set.of(ADMIN) : Set.of());
    }

    /** The caller known by name and roles (a plain servlet has no SecurityContext). */
    Caller caller(String username, Set<String> roles) {
        if (roles.contains(ADMIN)) {
            return new Caller(true, Optional.empty());
        }
        return new Caller(false, organisation.get().flatMap(org -> org.placementOf(username)));
    }

    record Caller(boolean admin, Optional<StaffPlacement> placement) {
        boolean may(String capability, PositionLevel level) {
            return admin || placement.map(p -> p.capabilities().contains(capability)
                    && p.level().atLeast(level == null ? PositionLevel.SPECIALIST : level)).orElse(false);
        }

        String where() {
            return placement.map(p -> "your position " + p.positionCode() + " (" + p.level() + ") in "
                    + p.departmentCode()).orElse("you have no position in the organisation");
        }
    }
}
