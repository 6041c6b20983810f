package io.mercato.benchmark.scale;

import io.mercato.benchmark.KarafJmx;
import io.mercato.benchmark.MercatoProcess;
import io.mercato.benchmark.reliability.Http;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The scale benchmark: starts the built distribution with fresh data, loads the reference company size into every
 * installed department (-Dmercato.scale=F scales it; 1.0 by default), then times every list, search, detail and planning
 * endpoint (p50/p95 of sequential calls) and reports the heap the Karaf JVM used meanwhile. Run: see docs/measurements.md.
 */
public final class ScaleBenchmark {
    static final List<DepartmentScale> DEPARTMENTS = List.of(new PlatformScale(), new WarehouseScale(), new ProcurementScale(), new MerchantsScale(),
            new DeliveryScale(), new CrmScale(), new SiteopsScale());
    /** Staff screens in the busy-hour mix, and how long it lasts (-Dmercato.scale.mix=seconds). */
    static final int CLIENTS = 16;
    static final java.time.Duration MIX = java.time.Duration.ofSeconds(Long.getLong("mercato.scale.mix", 60));

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReferenceSize size = new ReferenceSize(Double.parseDouble(System.getProperty("mercato.scale", "1.0")));
        Report report = run(Path.of(System.getProperty("mercato.bench.dir", "target/scale-karaf")), size, MIX);
        report.print();
        if (!report.failures().isEmpty()) {
            System.exit(1);
        }
    }

    /** One timed endpoint. */
    public record Timing(String name, int runs, int failures, double p50, double p95, double max, long target, String firstFailure) {
        boolean onTarget() {
            return failures == 0 && p95 < target;
        }
    }

    /** What the run measured. */
    public record Report(ReferenceSize size, List<String[]> figures, List<Timing> timings, String heap, ConcurrentMix.Result mix) {
        public List<String> failures() {
            List<String> failures = new ArrayList<>(timings.stream().filter(t -> t.failures() > 0)
                    .map(t -> t.name() + ": " + t.firstFailure()).toList());
            if (mix.failures() > 0 || !mix.heavyFailures().isEmpty()) {
                failures.add("everything at once: " + mix.describe());
            }
            return failures;
        }

        public void print() {
            System.out.println();
            System.out.printf("Reference size × %s%n%n| loading | measured |%n| --- | --- |%n", size.factor());
            figures.forEach(figure -> System.out.println("| " + figure[0] + " | " + figure[1] + " |"));
            System.out.println();
            System.out.println("| endpoint | calls | p50 ms | p95 ms | max ms | target p95 | |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            for (Timing t : timings) {
                System.out.printf("| %s | %d | %.0f | %.0f | %.0f | < %,d ms | %s |%n", t.name(), t.runs(), t.p50(), t.p95(), t.max(),
                        t.target(), t.failures() > 0 ? "**" + t.failures() + " failed**" : t.onTarget() ? "ok" : "**over**");
            }
            System.out.println();
            System.out.println("Heap of the Karaf JVM: " + heap);
            failures().forEach(failure -> System.out.println("  failed: " + failure));
        }
    }

    public static Report run(Path work, ReferenceSize size, java.time.Duration mixDuration) throws Exception {
        KarafJmx jmx = new KarafJmx();
        try (MercatoProcess mercato = MercatoProcess.start(work, jmx.settings()); Connection database = mercato.openDatabaseConnection()) {
            Http http = new Http(mercato.baseUrl());
            ScaleContext context = new ScaleContext(http, http.token("admin", mercato.adminPassword()), database, size);
            BulkLoad.execute(database, "SET synchronous_commit = off");
            List<DepartmentScale> installed = new ArrayList<>();
            for (DepartmentScale department : DEPARTMENTS) {
                if (department.installed(context) && chosen(department)) {
                    installed.add(department);
                    System.out.println("Loading " + department.name() + " …");
                    long started = System.nanoTime();
                    department.load(context);
                    context.figure(department.name() + ": loaded in", String.format("%.0f s", (System.nanoTime() - started) / 1e9));
                }
            }
            jmx.call(ScaleBenchmark::collectAndResetPeaks);
            List<Timing> timings = new ArrayList<>();
            List<Probe> probes = new ArrayList<>();
            for (DepartmentScale department : installed) {
                for (Probe probe : department.probes(context)) {
                    probes.add(probe);
                    timings.add(time(context, probe));
                }
            }
            String heap = "one call at a time: " + jmx.call(ScaleBenchmark::heapReport);
            jmx.call(ScaleBenchmark::collectAndResetPeaks);
            ConcurrentMix.Result mix = new ConcurrentMix(context, probes).run(CLIENTS, mixDuration);
            context.figure("everything at once", mix.describe());
            heap += "; everything at once: " + jmx.call(ScaleBenchmark::heapReport)
                    + String.format("; RSS of the Karaf JVM afterwards %d MB", rssKb(mercato.pid()) / 1024);
            Report report = new Report(size, context.figures(), timings, heap, mix);
            holdForInspection(report, mercato);
            return report;
        }
    }

    /** -Dmercato.scale.only=warehouse,… loads and times only those departments (for one department's figures). */
    private static boolean chosen(DepartmentScale department) {
        String only = System.getProperty("mercato.scale.only", "").trim();
        return only.isEmpty() || java.util.Arrays.asList(only.split("\\s*,\\s*")).contains(department.name().split(" ")[0]);
    }

    /** With -Dmercato.scale.hold=N the loaded Mercato stays up N seconds after the report, to look into it by hand. */
    private static void holdForInspection(Report report, MercatoProcess mercato) throws Exception {
        long seconds = Long.getLong("mercato.scale.hold", 0);
        if (seconds > 0) {
            report.print();
            System.out.println("Holding " + mercato.home() + " (" + mercato.baseUrl() + ") for " + seconds + " s");
            Thread.sleep(seconds * 1000);
        }
    }

    private static Timing time(ScaleContext context, Probe probe) {
        // Two calls not counted: the first of a kind compiles code and warms caches.
        for (int i = 0; i < 2; i++) {
            context.http().json("GET", probe.path().apply(1000 + i), null, context.adminToken());
        }
        double[] millis = new double[probe.runs()];
        int failures = 0;
        String firstFailure = null;
        for (int i = 0; i < probe.runs(); i++) {
            String path = probe.path().apply(i);
            long started = System.nanoTime();
            Http.Answer answer = context.http().json("GET", path, null, context.adminToken());
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (answer.status() != 200) {
                failures++;
                if (firstFailure == null) {
                    firstFailure = path + " → " + answer.status() + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
                }
            }
        }
        java.util.Arrays.sort(millis);
        Timing timing = new Timing(probe.name(), probe.runs(), failures, percentile(millis, 50), percentile(millis, 95),
                millis[millis.length - 1], probe.targetMillis(), firstFailure);
        System.out.printf("  %s: p50 %.0f ms, p95 %.0f ms%n", probe.name(), timing.p50(), timing.p95());
        return timing;
    }

    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static final String POOLS = "java.lang:type=MemoryPool,name=*";

    private static Void collectAndResetPeaks(MBeanServerConnection server) throws Exception {
        server.invoke(new ObjectName("java.lang:type=Memory"), "gc", null, null);
        for (ObjectName pool : server.queryNames(new ObjectName(POOLS), null)) {
            if ("HEAP".equals(server.getAttribute(pool, "Type"))) {
                server.invoke(pool, "resetPeakUsage", null, null);
            }
        }
        return null;
    }

    /** The largest heap the measurements needed (the sum of the pools' peaks), the live heap after a GC, and the limit. */
    private static String heapReport(MBeanServerConnection server) throws Exception {
        long peak = 0;
        for (ObjectName pool : server.queryNames(new ObjectName(POOLS), null)) {
            if ("HEAP".equals(server.getAttribute(pool, "Type"))) {
                peak += MemoryUsage.from((CompositeData) server.getAttribute(pool, "PeakUsage")).getUsed();
            }
        }
        ObjectName memory = new ObjectName("java.lang:type=Memory");
        server.invoke(memory, "gc", null, null);
        MemoryUsage heap = MemoryUsage.from((CompositeData) server.getAttribute(memory, "HeapMemoryUsage"));
        return String.format("peak during the measurements at most %d MB (sum of the pools' peaks), live after GC %d MB, limit %d MB",
                peak >> 20, heap.getUsed() >> 20, heap.getMax() >> 20);
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

}
