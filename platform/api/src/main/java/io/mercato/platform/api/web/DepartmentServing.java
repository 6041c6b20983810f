package io.mercato.platform.api.web;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether a department's endpoints answer, seen as a client sees them. The platform's web layer provides it; health
 * checks (the platform's {@code /api/health}, the admin department's module states) ask it instead of each probing
 * the web server their own way.
 */
@ProviderType
public interface DepartmentServing {
    /**
     * Whether {@code /api/<code>/} reaches the department's own application rather than the platform's fallback;
     * empty when this server has no plain HTTP port to ask on (HTTPS only), so only registrations can be seen.
     */
    Optional<Boolean> serves(String code);
}
