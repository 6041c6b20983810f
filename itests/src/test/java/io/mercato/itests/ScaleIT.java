package io.mercato.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.benchmark.scale.ReferenceSize;
import io.mercato.benchmark.scale.ScaleBenchmark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scale benchmark in the build, at 1 % of the reference size: the data generator still fits every department's
 * tables (the stock equals its ledger afterwards) and every list, search, detail and planning endpoint answers 200.
 * Its timings are printed, not asserted: speed is measured by the full run (docs/measurements.md), not by the build.
 */
class ScaleIT {
    @Test
    void theGeneratorLoadsEveryDepartmentAndEveryProbedEndpointAnswers() throws Exception {
        ScaleBenchmark.Report report = ScaleBenchmark.run(Path.of("target/scale-karaf"), new ReferenceSize(0.01), java.time.Duration.ofSeconds(10));
        report.print();
        assertEquals(java.util.List.of(), report.failures());
        assertTrue(report.timings().size() >= 30, "every department's endpoints were timed");
        assertTrue(report.figures().stream().anyMatch(f -> f[1].endsWith("stock rows off the ledger: 0")),
                "the generated stock equals its ledger");
    }
}
