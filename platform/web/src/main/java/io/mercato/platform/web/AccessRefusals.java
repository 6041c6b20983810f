package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.security.RequiresCapability;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts every 403 on record: who tried what, where from. A failing audit write never turns the 403 into a 500. */
final class AccessRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(AccessRefusals.class);
    private final AuditLog audit;

    AccessRefusals(AuditLog audit) {
        this.audit = audit;
    }

    void record(String username, RequiresCapability needed, String method, String path, String source) {
        try {
            audit.record(new Actor(username), "access.denied", "capability", needed.value(), Map.of(
                    "level", needed.level().name(), "method", method, "path", path, "source", source == null ? "unknown" : source));
        } catch (RuntimeException e) {
            LOG.warn("A refused request could not be audited: {}", e.getMessage());
        }
    }
}
