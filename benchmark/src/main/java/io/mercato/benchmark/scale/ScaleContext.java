package io.mercato.benchmark.scale;

import io.mercato.benchmark.reliability.Http;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** What a department's data generator and probes work with: the API as admin, a direct connection, the size. */
public final class ScaleContext {
    private final Http http;
    private final String adminToken;
    private final Connection database;
    private final ReferenceSize size;
    private final List<String[]> figures = new ArrayList<>();

    ScaleContext(Http http, String adminToken, Connection database, ReferenceSize size) {
        this.http = http;
        this.adminToken = adminToken;
        this.database = database;
        this.size = size;
    }

    public Http http() {
        return http;
    }

    public String adminToken() {
        return adminToken;
    }

    /** As Mercato's own role: the generator writes each department's tables the way its migrations made them. */
    public Connection database() {
        return database;
    }

    public ReferenceSize size() {
        return size;
    }

    /** A figure worth a line of the report (a load's time, a throughput). */
    public void figure(String what, String measured) {
        figures.add(new String[] {what, measured});
        System.out.println("  " + what + ": " + measured);
    }

    List<String[]> figures() {
        return figures;
    }

    /** An API call as admin that must succeed with the given status; its answer. */
    public Http.Answer require(String method, String path, String json, int status) {
        Http.Answer answer = http.json(method, path, json, adminToken);
        if (answer.status() != status) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
