package io.mercato.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.benchmark.reliability.Check;
import io.mercato.benchmark.reliability.ReliabilitySuite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reliability suite in the build, with a short load: the bad-input corpus, the lock-out burst, a hot uninstall
 * and install under load, kill -9 of PostgreSQL and of Karaf with PostgreSQL. The full run is a command (docs/measurements.md).
 */
class ReliabilityIT {
    @Test
    void everyReliabilityCheckHolds() throws Exception {
        List<Check> checks = ReliabilitySuite.run(Path.of("target/reliability-karaf"), Duration.ofSeconds(4), Integer.getInteger("mercato.reliability.cycles", 1));
        ReliabilitySuite.print(checks);
        assertTrue(checks.size() >= 9, "all parts ran");
        for (Check check : checks) {
            assertTrue(check.passed(), check.name() + ": " + check.measured());
        }
    }
}
