package io.mercato.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the Mercato API as a logged-in staff member. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    ApiClient(String base) {
        this.base = base;
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    ApiClient login(String username, String password) {
        Answer answer = send("POST", "session", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (answer.status() != 200) {
            throw new AssertionError("Login failed: " + answer);
        }
        token = answer.json().get("token").asText();
        return this;
    }

    Answer get(String path) {
        return send("GET", path, null, null, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, "application/json", json, null);
    }

    Answer post(String path, String json, String idempotencyKey) {
        return send("POST", path, "application/json", json, idempotencyKey);
    }

    Answer put(String path, String json) {
        return send("PUT", path, "application/json", json, null);
    }

    Answer send(String method, String path, String contentType, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
