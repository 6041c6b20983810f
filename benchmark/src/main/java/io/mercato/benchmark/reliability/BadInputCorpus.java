package io.mercato.benchmark.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table-driven bad-input corpus ({@code reliability/bad-input/<department>.json}): every case must be answered
 * with its 4xx as problem JSON naming the field, never a 5xx, never a Java class name; and the business tables must
 * be exactly as before the run (nothing half-applied). Each department adds its file to {@link #DEPARTMENTS}.
 */
public final class BadInputCorpus {
    static final List<String> DEPARTMENTS = List.of("platform", "org", "approvals", "warehouse");
    static final List<String> SCHEMAS = List.of("warehouse", "org", "approvals");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_]+\\.)+[A-Z]\\w*(Exception|Error)");
    private final Http http;
    private final String adminPassword;

    public BadInputCorpus(Http http, String adminPassword) {
        this.http = http;
        this.adminPassword = adminPassword;
    }

    record Case(String department, String name, String method, String path, String contentType, String body, int status,
                String field, String as, Map<String, String> headers, String type) {
    }

    public record Result(int cases, List<String> failures, boolean unchanged, String changedTables) {
        public List<Check> checks() {
            return List.of(
                    Check.of("Bad-input corpus: every answer a 4xx problem naming the field, no 5xx",
                            (cases - failures.size()) + " of " + cases + " cases as required", "all, at least 100",
                            failures.isEmpty() && cases >= 100),
                    Check.of("Bad-input corpus: nothing half-applied", unchanged ? "business tables unchanged"
                            : "changed: " + changedTables, "unchanged", unchanged));
        }
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            try (InputStream in = BadInputCorpus.class.getResourceAsStream("/reliability/bad-input/" + department + ".json")) {
                for (JsonNode node : Http.JSON.readTree(in)) {
                    Map<String, String> headers = new HashMap<>();
                    node.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
                    cases.add(new Case(department, node.get("name").asText(), node.get("method").asText(), node.get("path").asText(),
                            node.path("contentType").asText("application/json"), node.has("body") ? node.get("body").asText() : null,
                            node.get("status").asInt(), node.hasNonNull("field") ? node.get("field").asText() : null,
                            node.path("as").asText("admin"), headers, node.hasNonNull("type") ? node.get("type").asText() : null));
                }
            }
        }
        return cases;
    }

    /** Runs every case against a running Mercato; {@code database} gives a connection for the table fingerprints. */
    public Result run(DatabaseConnections database) throws Exception {
        List<Case> cases = load();
        CorpusFixtures fixtures = CorpusFixtures.create(http, adminPassword);
        Map<String, String> before;
        try (Connection connection = database.open()) {
            before = TableFingerprint.of(connection, SCHEMAS);
        }
        List<String> failures = new ArrayList<>();
        for (Case each : cases) {
            String failure = check(each, send(each, fixtures));
            if (failure != null) {
                failures.add(each.department() + " / " + each.name() + ": " + failure);
            }
        }
        Map<String, String> after;
        try (Connection connection = database.open()) {
            after = TableFingerprint.of(connection, SCHEMAS);
        }
        List<String> changed = before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
        return new Result(cases.size(), failures, changed.isEmpty(), String.join(", ", changed));
    }

    private Http.Answer send(Case each, CorpusFixtures fixtures) {
        Map<String, String> headers = new HashMap<>(fixtures.credentials(each.as()));
        if (each.body() != null) {
            headers.put("Content-Type", each.contentType());
        }
        headers.putAll(each.headers());
        String body = each.body() == null ? null : each.body().replace("{big}", "A".repeat(1_100_000));
        return http.send(each.method(), fixtures.resolve(each.path()), body, headers);
    }

    /** Null when the answer is what the case requires; otherwise what is wrong with it. */
    static String check(Case each, Http.Answer answer) {
        if (answer.status() >= 500 || answer.status() < 0) {
            return "server failure " + answer.status() + ": " + answer.body();
        }
        if (answer.status() != each.status()) {
            return "expected " + each.status() + " but got " + answer.status() + ": " + abbreviated(answer.body());
        }
        if (!answer.problem()) {
            return "not problem JSON (" + answer.contentType() + "): " + abbreviated(answer.body());
        }
        if (CLASS_NAME.matcher(answer.body()).find()) {
            return "names a Java class: " + answer.body();
        }
        JsonNode problem = answer.json();
        if (each.type() != null && !problem.path("type").asText().contains(each.type())) {
            return "expected problem type " + each.type() + ": " + answer.body();
        }
        if (each.field() != null) {
            for (JsonNode error : problem.path("errors")) {
                if (each.field().equals(error.path("field").asText())) {
                    return null;
                }
            }
            return "does not name the field " + each.field() + ": " + abbreviated(answer.body());
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
