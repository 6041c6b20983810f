package io.mercato.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU seconds used by Karaf, the embedded PostgreSQL and this load generator, from /proc. */
final class CpuUse {
    private static final double TICKS_PER_SECOND = 100.0;
    private final long karafPid;
    private final String dataDirectory;

    CpuUse(long karafPid, Path home) {
        this.karafPid = karafPid;
        this.dataDirectory = home.resolve("data/postgresql").toAbsolutePath().toString();
    }

    record Sample(double karaf, double postgres, double generator) {
        Sample plus(Sample other) {
            return new Sample(karaf + other.karaf, postgres + other.postgres, generator + other.generator);
        }

        Sample minus(Sample earlier) {
            return new Sample(karaf - earlier.karaf, postgres - earlier.postgres, generator - earlier.generator);
        }

        @Override
        public String toString() {
            return String.format("Karaf %.1f s, PostgreSQL %.1f s, load generator %.1f s", karaf, postgres, generator);
        }
    }

    Sample sample() {
        double postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres")).orElse(false))
                .filter(p -> isServerOrChild(p))
                .mapToDouble(p -> seconds(p.pid())).sum();
        return new Sample(seconds(karafPid), postgres, seconds(ProcessHandle.current().pid()));
    }

    private boolean isServerOrChild(ProcessHandle process) {
        return process.info().commandLine().map(c -> c.contains(dataDirectory)).orElse(false)
                || process.parent().map(ProcessHandle::info).flatMap(ProcessHandle.Info::commandLine)
                        .map(c -> c.contains(dataDirectory)).orElse(false);
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) / TICKS_PER_SECOND;
        } catch (Exception gone) {
            return 0;
        }
    }
}
