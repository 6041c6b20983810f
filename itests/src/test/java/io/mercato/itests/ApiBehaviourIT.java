package io.mercato.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The API's contract for bad input, authentication and idempotency, against the running distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiBehaviourIT extends MercatoTestSupport {
    private ApiClient api;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    @Before
    public void login() throws Exception {
        String password = adminPassword();
        ApiClient probe = new ApiClient(baseUrl());
        waitUntil(java.time.Duration.ofSeconds(120), () -> probe.get("warehouse/warehouses").status() == 401, "warehouse API");
        api = new ApiClient(baseUrl()).login("admin", password);
    }

    @Test
    public void everyEndpointNeedsALogin() {
        ApiClient anonymous = new ApiClient(baseUrl());
        ApiClient.Answer answer = anonymous.get("warehouse/warehouses");
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(401, new ApiClient(baseUrl()).send("POST", "session", "application/json",
                "{\"username\":\"admin\",\"password\":\"wrong\"}", null).status());
        assertEquals(200, anonymous.get("").status());
    }

    @Test
    public void unknownFieldIsNamed() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\":\"QA-01\",\"name\":\"n\",\"region\":\"r\",\"colour\":\"red\"}"),
                400, "colour", "unknown field");
    }

    @Test
    public void wrongTypeIsNamed() {
        assertProblem(api.post("warehouse/reservations",
                "{\"key\":\"k\",\"sku\":\"S\",\"warehouseCode\":\"QA-01\",\"quantity\":\"three\"}"), 400, "quantity", "expected a whole number");
    }

    @Test
    public void missingFieldsAreAllListed() {
        ApiClient.Answer answer = api.post("warehouse/warehouses", "{\"code\":\"QA-02\"}");
        assertProblem(answer, 400, "name", "is required");
        assertTrue(answer.body(), answer.body().contains("\"region\""));
    }

    @Test
    public void malformedJsonIs400() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\": \"QA-03\","), 400, "body", "malformed JSON");
    }

    @Test
    public void wrongMediaTypeIs415() {
        ApiClient.Answer answer = api.send("POST", "warehouse/warehouses", "text/plain", "code=QA-04", null);
        assertEquals(answer.body(), 415, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void oversizeBodyIs413() {
        String huge = "{\"code\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        ApiClient.Answer answer = api.post("warehouse/warehouses", huge);
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void unknownPathIs404ProblemWithoutStackTrace() {
        ApiClient.Answer answer = api.get("warehouse/no-such-thing");
        assertEquals(404, answer.status());
        assertTrue(answer.body(), !answer.body().contains("Exception") && !answer.body().contains("at io."));
    }

    @Test
    public void retriedPostWithSameIdempotencyKeyCreatesOnce() {
        String body = "{\"code\":\"IDEM-01\",\"name\":\"重试仓\",\"region\":\"华南\"}";
        ApiClient.Answer first = api.post("warehouse/warehouses", body, "create-idem-01");
        ApiClient.Answer retry = api.post("warehouse/warehouses", body, "create-idem-01");
        assertEquals(first.body(), 201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json(), retry.json());
        assertEquals(409, api.post("warehouse/warehouses", body, "create-idem-02").status());
        assertEquals(422, api.post("warehouse/warehouses", body.replace("重试仓", "别的"), "create-idem-01").status());
        JsonNode list = api.get("warehouse/warehouses?q=IDEM-01").json();
        assertEquals(1, list.get("total").asInt());
    }

    private static void assertProblem(ApiClient.Answer answer, int status, String field, String messageStart) {
        assertEquals(answer.body(), status, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        JsonNode errors = answer.json().get("errors");
        boolean found = false;
        for (JsonNode error : errors) {
            found |= field.equals(error.get("field").asText()) && error.get("message").asText().startsWith(messageStart);
        }
        assertTrue("expected " + field + ": " + messageStart + " in " + answer.body(), found);
    }
}
