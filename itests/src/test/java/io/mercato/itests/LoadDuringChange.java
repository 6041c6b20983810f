package io.mercato.itests;

import io.mercato.testing.ApiClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests sent in a loop by a few clients while something changes (a department installed or removed), every
 * answer kept in the order each client got it, so a test can check what others saw and that nothing flapped.
 */
final class LoadDuringChange implements AutoCloseable {
    record Answer(String path, int status, String contentType, String body) {
        boolean problemJson() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Future<List<Answer>>> results = new ArrayList<>();

    LoadDuringChange(ApiClient api, List<String> paths, int clientsPerPath) {
        clients = Executors.newFixedThreadPool(paths.size() * clientsPerPath);
        for (String path : paths) {
            for (int i = 0; i < clientsPerPath; i++) {
                results.add(clients.submit(() -> {
                    List<Answer> seen = new ArrayList<>();
                    while (running.get()) {
                        ApiClient.Answer answer = api.get(path);
                        seen.add(new Answer(path, answer.status(), answer.contentType(), answer.body()));
                    }
                    return seen;
                }));
            }
        }
    }

    /** Stops the clients and returns each client's answers, in order. */
    List<List<Answer>> stop() throws Exception {
        running.set(false);
        List<List<Answer>> all = new ArrayList<>();
        for (Future<List<Answer>> result : results) {
            all.add(result.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();
        return Collections.unmodifiableList(all);
    }

    @Override
    public void close() {
        running.set(false);
        clients.shutdownNow();
    }
}
