package io.mercato.benchmark.reliability;

import io.mercato.benchmark.MercatoProcess;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * kill -9 under a bounded write load, then every acknowledged write is looked for: the database alone (Mercato must
 * bring it back by itself), and Karaf together with the database (Mercato must come back with bin/start and no
 * other step).
 */
final class CrashUnderLoad {
    private static final int CLIENTS = 8;
    private final MercatoProcess mercato;
    private final Http http;
    private final Duration load;

    CrashUnderLoad(MercatoProcess mercato, Http http, Duration load) {
        this.mercato = mercato;
        this.http = http;
        this.load = load;
    }

    List<Check> databaseKilled(String token) throws Exception {
        long recovery;
        ReceiptLoad writes = new ReceiptLoad(http, token, "pgkill", CLIENTS);
        try (writes) {
            Thread.sleep(load.toMillis() / 2);
            int killed = mercato.killDatabase();
            long killedAt = System.nanoTime();
            // Back when the health check reports the database up again after a restart (not merely not yet noticed).
            waitFor(() -> {
                Http.Answer health = http.send("GET", "health", (String) null, java.util.Map.of());
                return killed > 0 && health.status() == 200 && health.body().contains("restarted");
            }, Duration.ofSeconds(120));
            recovery = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            Thread.sleep(load.toMillis() / 2);
            writes.stop();
        }
        LedgerAudit.Findings findings;
        try (Connection connection = mercato.openDatabaseConnection()) {
            findings = LedgerAudit.check(connection, "pgkill", writes.acknowledged());
        }
        return List.of(
                Check.of("kill -9 of PostgreSQL under load: acknowledged writes", findings.describe() + "; "
                        + writes.retries() + " retries with the same key" + refusals(writes), "0 lost, 0 doubled, stock = ledger",
                        findings.clean() && writes.refused().isEmpty()),
                Check.of("kill -9 of PostgreSQL: back without manual steps", "serving again after " + recovery + " ms",
                        "restarted by Mercato", true));
    }

    List<Check> karafAndDatabaseKilled(String token) throws Exception {
        Duration restart;
        ReceiptLoad writes = new ReceiptLoad(http, token, "allkill", CLIENTS);
        try (writes) {
            Thread.sleep(load.toMillis() / 2);
            List<ProcessHandle> database = mercato.databaseProcesses();
            mercato.killKaraf();
            database.forEach(ProcessHandle::destroyForcibly);
            restart = mercato.startAgain();
            Thread.sleep(load.toMillis() / 2);
            writes.stop();
        }
        LedgerAudit.Findings findings;
        try (Connection connection = mercato.openDatabaseConnection()) {
            findings = LedgerAudit.check(connection, "allkill", writes.acknowledged());
        }
        boolean sessionKept = http.json("GET", "session", null, token).status() == 200;
        return List.of(
                Check.of("kill -9 of Karaf and PostgreSQL under load: acknowledged writes", findings.describe() + "; "
                        + writes.retries() + " retries with the same key" + refusals(writes), "0 lost, 0 doubled, stock = ledger",
                        findings.clean() && writes.refused().isEmpty()),
                Check.of("kill -9 of Karaf and PostgreSQL: restart", "bin/start to serving in " + restart.toMillis()
                        + " ms; the session survived: " + sessionKept + "; " + writes.fromTheBareServer()
                        + " answers from the bare web server before Mercato's contexts were up",
                        "no manual step, sessions kept", sessionKept));
    }

    /** Answers the careful client could not retry (neither success nor "try again"): there should be none. */
    private static String refusals(ReceiptLoad writes) {
        List<String> refused = writes.refused();
        return refused.isEmpty() ? "" : "; " + refused.size() + " refused, e.g. " + refused.get(0);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
