package io.mercato.benchmark.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded write load as a careful client sends it: every receipt carries an Idempotency-Key (also its reference),
 * and a receipt not acknowledged (no answer, 503) is sent again with the same key until it is. What was acknowledged
 * is remembered, so afterwards each acknowledged key can be looked for in the ledger.
 */
final class ReceiptLoad implements AutoCloseable {
    static final String WAREHOUSE = "REL-01";
    private final Http http;
    private final String token;
    private final String run;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger fromTheBareServer = new AtomicInteger();
    private final ExecutorService clients;
    private final List<Future<?>> work = new ArrayList<>();

    ReceiptLoad(Http http, String token, String run, int clientCount) {
        this.http = http;
        this.token = token;
        this.run = run;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            int id = client;
            work.add(clients.submit(() -> send(id)));
        }
    }

    private void send(int client) {
        for (int n = 0; running.get(); n++) {
            String key = run + "-" + client + "-" + n;
            String body = "{\"sku\":\"" + run + "-" + client + "\",\"warehouseCode\":\"" + WAREHOUSE + "\",\"quantity\":1,"
                    + "\"reference\":\"" + key + "\"}";
            while (true) {
                Http.Answer answer = http.send("POST", "warehouse/receipts", body, Map.of("Authorization", "Bearer " + token,
                        "Content-Type", "application/json", "Idempotency-Key", key));
                if (answer.status() == 200) {
                    acknowledged.add(key);
                    break;
                }
                if (answer.status() > 0 && !answer.problem() && !answer.contentType().startsWith("application/json")) {
                    // The web server answering before any Mercato context is registered (the first moment of a start).
                    fromTheBareServer.incrementAndGet();
                } else if (answer.status() > 0 && answer.status() != 503 && answer.status() != 401 && answer.status() != 409) {
                    refused.add(key + ": " + answer.status() + " " + answer.body());
                    break;
                }
                // Not acknowledged (the server is down, restarting, or the first attempt is still running): same key again.
                retries.incrementAndGet();
                sleep(100);
                if (!running.get() && answer.status() < 0) {
                    return;
                }
            }
        }
    }

    /** Stops the clients once each has its last receipt acknowledged. */
    void stop() throws Exception {
        running.set(false);
        for (Future<?> each : work) {
            each.get(120, TimeUnit.SECONDS);
        }
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    int retries() {
        return retries.get();
    }

    /** Answers written by the web server itself, before Mercato's API contexts existed. */
    int fromTheBareServer() {
        return fromTheBareServer.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        clients.shutdownNow();
    }
}
