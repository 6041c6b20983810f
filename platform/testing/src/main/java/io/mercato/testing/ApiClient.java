package io.mercato.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the Mercato API as a logged-in staff member (or anonymous, or with HTTP Basic). */
public final class ApiClient {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;
    private String basic;

    /** A client of the API under {@code base} (ending in {@code /api/}), not logged in. */
    public ApiClient(String base) {
        this.base = base;
    }

    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    public ApiClient login(String username, String password) {
        Answer answer = send("POST", "session", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (answer.status() != 200) {
            throw new AssertionError("Login failed: " + answer);
        }
        token = answer.json().get("token").asText();
        return this;
    }

    /** This client sends HTTP Basic credentials on every call instead of a token. */
    public ApiClient basic(String username, String password) {
        basic = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        token = null;
        return this;
    }

    public String token() {
        return token;
    }

    public Answer get(String path) {
        return send("GET", path, null, null, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, "application/json", json, null);
    }

    public Answer post(String path, String json, String idempotencyKey) {
        return send("POST", path, "application/json", json, idempotencyKey);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, "application/json", json, null);
    }

    public Answer send(String method, String path, String contentType, String body, String idempotencyKey) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        } else if (basic != null) {
            headers.put("Authorization", "Basic " + basic);
        }
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return request(method, path, body, headers);
    }

    /** A POST of raw bytes (an image, a file) as the given media type. */
    public Answer postBytes(String path, String contentType, byte[] body, String idempotencyKey) {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return exchange(request);
    }

    /** A GET answered with bytes (an image). */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(authorised(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .GET()).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        } else if (basic != null) {
            request.header("Authorization", "Basic " + basic);
        }
        return request;
    }

    /** A request with exactly these headers (no login of this client added). */
    public Answer request(String method, String path, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return exchange(request);
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
