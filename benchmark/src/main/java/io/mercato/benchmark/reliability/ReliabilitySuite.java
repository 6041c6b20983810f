package io.mercato.benchmark.reliability;

import io.mercato.benchmark.KarafJmx;
import io.mercato.benchmark.MercatoProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability suite against the built distribution: the bad-input corpus, the lock-out burst, a hot uninstall and
 * install under load, every department uninstalled, installed and updated {@code cycles} times in a row under load, kill -9 of PostgreSQL and of Karaf with PostgreSQL under a write load. Prints a table; exits 1
 * when a check fails. Run: see docs/measurements.md ({@code -Dmercato.reliability.load=N} seconds of load around each crash,
 * {@code -Dmercato.reliability.cycles=N} install cycles of each department, 20 unless told).
 */
public final class ReliabilitySuite {
    private ReliabilitySuite() {
    }

    public static void main(String[] args) throws Exception {
        Duration load = Duration.ofSeconds(Long.getLong("mercato.reliability.load", 20));
        int cycles = Integer.getInteger("mercato.reliability.cycles", 20);
        List<Check> checks = run(Path.of(System.getProperty("mercato.bench.dir", "target/reliability-karaf")), load, cycles);
        print(checks);
        if (checks.stream().anyMatch(check -> !check.passed())) {
            System.exit(1);
        }
    }

    /** Starts a fresh distribution in {@code work}, runs every part, stops it; the checks in order. */
    public static List<Check> run(Path work, Duration load, int cycles) throws Exception {
        KarafJmx jmx = new KarafJmx();
        List<Check> checks = new ArrayList<>();
        try (MercatoProcess mercato = MercatoProcess.start(work, jmx.settings())) {
            Http http = new Http(mercato.baseUrl());
            String admin = http.token("admin", mercato.adminPassword());
            http.json("POST", "warehouse/warehouses", "{\"code\":\"" + ReceiptLoad.WAREHOUSE + "\",\"name\":\"可靠性仓\",\"region\":\"华东\"}", admin);
            BadInputCorpus.Result corpus = new BadInputCorpus(http, mercato.adminPassword()).run(mercato::openDatabaseConnection);
            checks.addAll(corpus.checks());
            checks.addAll(new LockoutBurst(http).run(admin));
            checks.addAll(new HotInstallUnderLoad(http, new JmxFeatures(jmx)).run(admin));
            checks.addAll(new DepartmentCycles(http, new JmxFeatures(jmx), cycles).run(admin));
            CrashUnderLoad crashes = new CrashUnderLoad(mercato, http, load);
            checks.addAll(crashes.databaseKilled(admin));
            checks.addAll(crashes.karafAndDatabaseKilled(admin));
            checks.addAll(new OutboxCrash(mercato, http, new JmxFeatures(jmx)).run(http.token("admin", mercato.adminPassword())));
            corpus.failures().forEach(failure -> System.out.println("  corpus: " + failure));
        }
        return checks;
    }

    public static void print(List<Check> checks) {
        System.out.println();
        System.out.println("| check | measured | required | result |");
        System.out.println("| --- | --- | --- | --- |");
        for (Check check : checks) {
            System.out.println("| " + check.name() + " | " + check.measured() + " | " + check.required() + " | "
                    + (check.passed() ? "pass" : "**FAIL**") + " |");
        }
    }
}
