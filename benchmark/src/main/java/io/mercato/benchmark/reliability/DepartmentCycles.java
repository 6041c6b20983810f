package io.mercato.benchmark.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Every department, {@code cycles} times in a row: uninstalled (its endpoint answers 404), installed again (200), then its
 * bundle updated in place (the stop and start of an upgrade; 200 again), while clients call the organisation and another
 * department. A change not seen within the timeout counts as stuck; any answer but 200 to the others as a failure.
 */
final class DepartmentCycles {
    static final Duration STUCK = Duration.ofSeconds(60);
    private static final String ORG = "org/chart";

    /** A department: its feature, its implementation bundle, a list it serves, and a neighbour's list for the load. */
    record Department(String code, String feature, String bundle, String probe, String neighbour) {
        static Department of(String code, String probe, String neighbour) {
            return new Department(code, "mercato-" + code, "io.mercato." + code + ".impl", probe, neighbour);
        }
    }

    static final List<Department> DEPARTMENTS = List.of(
            Department.of("warehouse", "warehouse/warehouses", "procurement/suppliers"),
            Department.of("procurement", "procurement/suppliers", "warehouse/warehouses"),
            Department.of("merchants", "merchants/merchants", "warehouse/warehouses"),
            Department.of("delivery", "delivery/orders", "warehouse/warehouses"),
            Department.of("crm", "crm/members", "warehouse/warehouses"),
            Department.of("siteops", "siteops/products", "warehouse/warehouses"),
            Department.of("admin", "admin/modules", "warehouse/warehouses"));

    /** Karaf operations the cycles use. */
    interface Control extends HotInstallUnderLoad.FeatureControl {
        /** Updates a bundle in place from its location, refreshing nothing else. */
        void update(String symbolicName) throws Exception;
    }

    private final Http http;
    private final Control control;
    private final int cycles;

    DepartmentCycles(Http http, Control control, int cycles) {
        this.http = http;
        this.control = control;
        this.cycles = cycles;
    }

    /** Figures of one department's cycles. */
    private static final class Figures {
        final List<Long> uninstallMs = new ArrayList<>();
        final List<Long> installMs = new ArrayList<>();
        final List<Long> updateMs = new ArrayList<>();
        final List<String> stuck = new ArrayList<>();
        long others;
        long otherFailures;
        final List<String> failureSamples = new ArrayList<>();
    }

    List<Check> run(String token) throws Exception {
        List<Check> checks = new ArrayList<>();
        for (Department department : DEPARTMENTS) {
            Figures figures = cycle(department, token);
            String measured = cycles + "× in " + slowest(figures.uninstallMs) + " / " + slowest(figures.installMs) + " / "
                    + slowest(figures.updateMs) + " (uninstall / install / update, median–max ms), " + figures.stuck.size() + " stuck"
                    + (figures.stuck.isEmpty() ? "" : " " + figures.stuck) + "; " + department.neighbour() + " and " + ORG + ": "
                    + figures.otherFailures + " failed of " + figures.others + (figures.failureSamples.isEmpty() ? "" : " " + figures.failureSamples);
            checks.add(Check.of("Uninstall, install, update of " + department.feature() + " in a row under load", measured,
                    "0 stuck, 0 failed elsewhere", figures.stuck.isEmpty() && figures.otherFailures == 0 && figures.others > 0));
        }
        return checks;
    }

    private Figures cycle(Department department, String token) throws Exception {
        Figures figures = new Figures();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<long[]>> load = new ArrayList<>();
        for (String path : List.of(ORG, department.neighbour())) {
            load.add(clients.submit(() -> {
                long[] tally = new long[2];
                while (running.get()) {
                    Http.Answer answer = http.send("GET", path, (String) null, Map.of("Authorization", "Bearer " + token));
                    tally[0]++;
                    if (answer.status() != 200) {
                        tally[1]++;
                        synchronized (figures) {
                            if (figures.failureSamples.size() < 3) {
                                figures.failureSamples.add(path + " " + answer.status() + " " + answer.body().substring(0, Math.min(120, answer.body().length())));
                            }
                        }
                    }
                }
                return tally;
            }));
        }
        try {
            for (int i = 1; i <= cycles; i++) {
                String at = department.code() + " cycle " + i;
                step(figures.uninstallMs, figures.stuck, at + " uninstall", () -> control.uninstall(department.feature()), department, 404, token);
                step(figures.installMs, figures.stuck, at + " install", () -> control.install(department.feature()), department, 200, token);
                step(figures.updateMs, figures.stuck, at + " update", () -> control.update(department.bundle()), department, 200, token);
                if (!figures.stuck.isEmpty()) {
                    break; // a stuck department is left as it is, for whoever reads the log
                }
            }
        } finally {
            running.set(false);
            clients.shutdown();
        }
        for (Future<long[]> client : load) {
            long[] tally = client.get(60, TimeUnit.SECONDS);
            figures.others += tally[0];
            figures.otherFailures += tally[1];
        }
        return figures;
    }

    private interface Change {
        void apply() throws Exception;
    }

    /** Applies a change and waits until the department's list answers {@code status}; a timeout is noted as stuck. */
    private void step(List<Long> times, List<String> stuck, String what, Change change, Department department, int status, String token)
            throws Exception {
        long start = System.nanoTime();
        change.apply();
        Http.Answer[] last = new Http.Answer[1];
        try {
            CrashUnderLoad.waitFor(() -> (last[0] = http.json("GET", department.probe(), null, token)).status() == status, STUCK);
            times.add((System.nanoTime() - start) / 1_000_000);
        } catch (IllegalStateException timedOut) {
            Http.Answer answer = last[0];
            stuck.add(what + ": last " + (answer == null ? "none" : answer.status() + " "
                    + answer.headers().firstValue("Mercato-Unserved").map(unserved -> "(" + unserved + ") ").orElse("")
                    + answer.body().substring(0, Math.min(160, answer.body().length()))));
        }
    }

    private static String slowest(List<Long> millis) {
        if (millis.isEmpty()) {
            return "–";
        }
        List<Long> sorted = millis.stream().sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2) + "–" + sorted.get(sorted.size() - 1);
    }
}
