package io.mercato.benchmark.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for the suite: any method, body and headers; a failed connection is status -1. */
public final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;

    public Http(String baseUrl) {
        this.api = baseUrl + "api/";
    }

    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        public boolean problem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    public Answer send(String method, String path, String body, Map<String, String> headers) {
        return send(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    public Answer send(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** Sends the request; a failed connection is status -1. */
    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "interrupted", null);
        }
    }

    /** GETs an answer of any size, reading it away without keeping it; its status and the bytes read. */
    public long[] download(String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + bearer).GET().build();
        try {
            HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                return new long[] {response.statusCode(), body.transferTo(java.io.OutputStream.nullOutputStream())};
            }
        } catch (IOException e) {
            return new long[] {-1, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, 0};
        }
    }

    /** POSTs a file as it is on disk (no copy in memory), with an Idempotency-Key. */
    public Answer upload(String path, java.nio.file.Path file, String contentType, String bearer) throws java.io.FileNotFoundException {
        return exchange(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", contentType)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    public Answer json(String method, String path, String body, String bearer) {
        return send(method, path, body, body == null ? Map.of("Authorization", "Bearer " + bearer)
                : Map.of("Authorization", "Bearer " + bearer, "Content-Type", "application/json"));
    }

    /** Logs in and returns the answer (token, CSRF token, cookie). */
    public Answer login(String username, String password) {
        try {
            return send("POST", "session", JSON.writeValueAsString(Map.of("username", username, "password", password)),
                    Map.of("Content-Type", "application/json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String username, String password) {
        Answer answer = login(username, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("token").asText();
    }
}
