package io.mercato.admin.impl.health;

import io.mercato.admin.impl.persistence.HealthMapper;
import io.mercato.platform.api.outbox.OutboxMonitor;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/admin/health} answers.
 *
 * @param status UP, DEGRADED (something not running, parked events) or DOWN (no database, a failed migration)
 */
public record HealthReport(String status, Instant checkedAt, long uptimeSeconds, Database database, List<BundleProblem> inactiveBundles,
                           List<ComponentProblem> unsatisfiedComponents, List<HealthMapper.Migrations> migrations, Outbox outbox,
                           Memory memory) {
    public record Database(String state, String detail, String kind, String url, String version, int poolSize, int connections,
                           int activeConnections, long sizeBytes) {
    }

    public record BundleProblem(long id, String symbolicName, String version, String state) {
    }

    public record ComponentProblem(String component, String bundle, String problem, String failure, List<String> missingReferences) {
    }

    public record Outbox(long backlog, long parked, List<OutboxMonitor.SubscriptionStatus> subscriptions) {
    }

    public record Memory(long heapUsedBytes, long heapCommittedBytes, long heapMaxBytes, long nonHeapUsedBytes) {
    }
}
