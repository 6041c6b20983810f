package io.mercato.benchmark.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** 29 wrong passwords and the right one at once from one address: at most five may be checked. */
final class LockoutBurst {
    private final Http http;

    LockoutBurst(Http http) {
        this.http = http;
    }

    List<Check> run(String adminToken) throws Exception {
        String user = "burst.target";
        http.json("POST", "org/template", "{\"template\":\"functional-sme\"}", adminToken);
        http.json("POST", "org/staff", "{\"username\":\"" + user + "\",\"displayName\":\"爆破 目标\",\"password\":\"burst-right-password\","
                + "\"position\":\"BUYER\"}", adminToken);
        List<Callable<Http.Answer>> guesses = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            String password = "wrong-" + i;
            guesses.add(() -> http.login(user, password));
        }
        guesses.add(() -> http.login(user, "burst-right-password"));
        ExecutorService pool = Executors.newFixedThreadPool(guesses.size());
        int checked = 0;
        int succeeded = 0;
        int paused = 0;
        try {
            for (Future<Http.Answer> answer : pool.invokeAll(guesses, 60, TimeUnit.SECONDS)) {
                int status = answer.get().status();
                checked += status == 429 ? 0 : 1;
                succeeded += status == 200 ? 1 : 0;
                paused += status == 429 ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        int afterwards = http.login(user, "burst-right-password").status();
        boolean held = checked <= 5 && (succeeded == 1 || afterwards == 429);
        return List.of(Check.of("Lock-out burst: 29 wrong + the right password at once",
                checked + " checked (" + succeeded + " success), " + paused + " × 429; right password afterwards: " + afterwards,
                "≤ 5 checked; no success after the limit", held));
    }
}
