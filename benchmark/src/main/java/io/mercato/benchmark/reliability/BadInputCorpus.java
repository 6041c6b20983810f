package io.mercato.benchmark.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    static final List<String> DEPARTMENTS = List.of("platform", "org", "approvals", "warehouse", "procurement", "merchants", "delivery",
            "crm", "siteops", "admin");
    static final List<String> SCHEMAS = List.of("warehouse", "org", "approvals", "procurement", "merchants", "delivery", "crm", "siteops", "admin");
    /**
     * Records of attempts rather than business data: a refused import leaves its FAILED job and the rows it refused (for
     * its file of rejected rows), as a refusal its audit row.
     */
    static final java.util.Set<String> ATTEMPT_RECORDS = java.util.Set.of("warehouse.import_job", "warehouse.import_problem",
            "siteops.product_import", "siteops.product_import_problem");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_]+\\.)+[A-Z]\\w*(Exception|Error)");
    private final Http http;
    private final String adminPassword;

    public BadInputCorpus(Http http, String adminPassword) {
        this.http = http;
        this.adminPassword = adminPassword;
    }

    /**
     * One bad input. A {@code job} case is an upload whose rows are checked by a background job: it must be accepted
     * (202), and the job must end FAILED naming the field, with nothing applied.
     */
    record Case(String department, String name, String method, String path, String contentType, String body, int status,
                String field, String as, Map<String, String> headers, String type, boolean job) {
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
                            node.path("as").asText("admin"), headers, node.hasNonNull("type") ? node.get("type").asText() : null,
                            node.path("job").asBoolean(false)));
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
            before = TableFingerprint.of(connection, SCHEMAS, ATTEMPT_RECORDS);
        }
        List<String> failures = new ArrayList<>();
        for (Case each : cases) {
            Http.Answer answer = send(each, fixtures);
            String failure = each.job() ? checkJob(each, answer, fixtures) : check(each, answer);
            if (failure != null) {
                failures.add(each.department() + " / " + each.name() + ": " + failure);
            }
        }
        Map<String, String> after;
        try (Connection connection = database.open()) {
            after = TableFingerprint.of(connection, SCHEMAS, ATTEMPT_RECORDS);
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
        String path = fixtures.resolve(each.path());
        if (each.body() == null) {
            return http.send(each.method(), path, (String) null, headers);
        }
        String body = fixtures.resolve(each.body()).replace("{big}", "A".repeat(1_100_000)).replace("{manyLines}", manyLines(501));
        // {latin1} stands for a byte that is no UTF-8: "é" as ISO-8859-1.
        byte[] bytes = body.contains("{latin1}") ? body.replace("{latin1}", "\u00e9").getBytes(StandardCharsets.ISO_8859_1)
                : body.getBytes(StandardCharsets.UTF_8);
        return http.send(each.method(), path, bytes, headers);
    }

    private static String manyLines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(i == 0 ? "" : ", ").append("{\"sku\": \"MANY-").append(i).append("\", \"quantity\": 1}");
        }
        return lines.toString();
    }

    /** Null when the upload was accepted and its job failed naming the field; otherwise what is wrong. */
    private String checkJob(Case each, Http.Answer accepted, CorpusFixtures fixtures) throws InterruptedException {
        if (accepted.status() != each.status()) {
            return "expected " + each.status() + " but got " + accepted.status() + ": " + abbreviated(accepted.body());
        }
        // The job is followed next to where the file went: warehouse/imports/opening-stock → warehouse/imports/{id}.
        String jobPath = each.path().substring(0, each.path().lastIndexOf('/') + 1) + accepted.json().path("id").asLong();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer job = http.send("GET", jobPath, (String) null, fixtures.credentials(each.as()));
            String status = job.status() == 200 ? job.json().path("status").asText() : "HTTP " + job.status();
            if (status.equals("SUCCEEDED")) {
                return "the import was applied: " + abbreviated(job.body());
            }
            if (status.equals("FAILED")) {
                for (JsonNode error : job.json().path("errors")) {
                    if (each.field().equals(error.path("field").asText())) {
                        return null;
                    }
                }
                return "the failed import does not name the field " + each.field() + ": " + abbreviated(job.body());
            }
            if (status.startsWith("HTTP")) {
                return "following the import gave " + status + ": " + abbreviated(job.body());
            }
            Thread.sleep(100);
        }
        return "the import did not finish within a minute";
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
