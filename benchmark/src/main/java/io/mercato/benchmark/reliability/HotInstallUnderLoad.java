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

/**
 * The warehouse is uninstalled and installed again while clients call the organisation, the approvals and the
 * warehouse itself: the others must see no failure, the warehouse one change each way and never flap back.
 */
final class HotInstallUnderLoad {
    private static final List<String> PATHS = List.of("org/chart", "approvals/rules", "warehouse/warehouses");
    private final Http http;
    private final FeatureControl features;

    HotInstallUnderLoad(Http http, FeatureControl features) {
        this.http = http;
        this.features = features;
    }

    /** Installs and removes features of the running Karaf. */
    interface FeatureControl {
        void uninstall(String feature) throws Exception;

        void install(String feature) throws Exception;
    }

    List<Check> run(String token) throws Exception {
        Tally uninstall = underLoad(token, () -> {
            features.uninstall("mercato-warehouse");
            awaitWarehouse(token, 404);
        }, false);
        Tally install = underLoad(token, () -> {
            features.install("mercato-warehouse");
            awaitWarehouse(token, 200);
        }, true);
        return List.of(
                Check.of("Hot uninstall + install of mercato-warehouse: requests to other departments",
                        (uninstall.otherFailures + install.otherFailures) + " failed of " + (uninstall.others + install.others),
                        "0 failed", uninstall.otherFailures + install.otherFailures == 0 && uninstall.others + install.others > 0),
                Check.of("Hot uninstall + install: the warehouse's own endpoint",
                        (uninstall.flaps + install.flaps) + " flaps back, " + (uninstall.notProblems + install.notProblems)
                                + " answers not problem JSON, change seen by " + (uninstall.changed + install.changed) + " of "
                                + (uninstall.warehouseClients + install.warehouseClients) + " clients"
                                + unexpected(uninstall, install),
                        "200 → 404 problem → 200, no flapping", uninstall.flaps + install.flaps + uninstall.notProblems
                                + install.notProblems == 0 && uninstall.changed + install.changed == uninstall.warehouseClients
                                + install.warehouseClients));
    }

    /** Waits for the warehouse's list to answer a status; a timeout names the last answer seen. */
    private void awaitWarehouse(String token, int status) throws InterruptedException {
        Http.Answer[] last = new Http.Answer[1];
        try {
            CrashUnderLoad.waitFor(() -> (last[0] = http.json("GET", "warehouse/warehouses", null, token)).status() == status, Duration.ofSeconds(60));
        } catch (IllegalStateException timedOut) {
            Http.Answer answer = last[0];
            throw new IllegalStateException("warehouse/warehouses never answered " + status + "; last: " + (answer == null ? "none"
                    : answer.status() + " (answered by " + answer.headers().firstValue("Mercato-Unserved").orElse("the department") + ") "
                    + answer.body().substring(0, Math.min(300, answer.body().length()))), timedOut);
        }
    }

    /** What the answers that were not problems were, so a failure says what to look for. */
    private static String unexpected(Tally... tallies) {
        List<String> seen = new ArrayList<>();
        for (Tally tally : tallies) {
            seen.addAll(tally.notProblemSamples);
        }
        return seen.isEmpty() ? "" : " " + seen;
    }

    private interface Change {
        void apply() throws Exception;
    }

    private static final class Tally {
        int others;
        int otherFailures;
        int flaps;
        int notProblems;
        final List<String> notProblemSamples = new ArrayList<>();
        int changed;
        int warehouseClients;
    }

    private Tally underLoad(String token, Change change, boolean installing) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(PATHS.size() * 2);
        List<Future<List<Http.Answer>>> results = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String path : PATHS) {
            for (int i = 0; i < 2; i++) {
                paths.add(path);
                results.add(clients.submit(() -> {
                    List<Http.Answer> seen = new ArrayList<>();
                    while (running.get()) {
                        seen.add(http.send("GET", path, (String) null, Map.of("Authorization", "Bearer " + token)));
                    }
                    return seen;
                }));
            }
        }
        try {
            Thread.sleep(500);
            change.apply();
            Thread.sleep(500);
        } finally {
            running.set(false);
            clients.shutdown();
        }
        Tally tally = new Tally();
        for (int i = 0; i < results.size(); i++) {
            List<Http.Answer> answers = results.get(i).get(60, TimeUnit.SECONDS);
            if (!paths.get(i).startsWith("warehouse/")) {
                tally.others += answers.size();
                tally.otherFailures += (int) answers.stream().filter(answer -> answer.status() != 200).count();
                continue;
            }
            tally.warehouseClients++;
            boolean changed = false;
            for (Http.Answer answer : answers) {
                if (answer.status() != 200 && !answer.problem()) {
                    tally.notProblems++;
                    if (tally.notProblemSamples.size() < 3) {
                        String body = answer.body() == null ? "" : answer.body();
                        tally.notProblemSamples.add(answer.status() + " '" + answer.contentType() + "' "
                                + body.substring(0, Math.min(160, body.length())));
                    }
                }
                boolean after = installing ? answer.status() == 200 : answer.status() != 200;
                tally.flaps += changed && !after ? 1 : 0;
                changed |= after;
            }
            tally.changed += changed ? 1 : 0;
        }
        return tally;
    }
}
