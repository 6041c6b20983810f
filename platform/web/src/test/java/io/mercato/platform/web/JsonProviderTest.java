package io.mercato.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class JsonProviderTest {
    record Input(String code, Integer quantity, BigDecimal price, Boolean active) {
    }

    record Line(String sku, Integer quantity) {
    }

    record Order(String code, java.util.List<Line> lines) {
    }

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Input read(String json) throws IOException {
        return (Input) provider.readFrom((Class) Input.class, Input.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String problem(String json) {
        WebApplicationException failure = assertThrows(WebApplicationException.class, () -> read(json));
        assertEquals(Problem.MEDIA_TYPE, failure.getResponse().getMediaType().toString());
        return failure.getResponse().getStatus() + " " + failure.getResponse().getEntity();
    }

    @Test
    void readsWellFormedInput() throws IOException {
        assertEquals(new Input("仓-1", 3, new BigDecimal("19.90"), true),
                read("{\"code\":\"仓-1\",\"quantity\":3,\"price\":19.90,\"active\":true}"));
    }

    @Test
    void namesUnknownFields() {
        assertTrue(problem("{\"code\":\"a\",\"colour\":1}").contains("\"field\":\"colour\",\"message\":\"unknown field\""));
    }

    @Test
    void refusesTextForNumbersAndNumbersForText() {
        assertTrue(problem("{\"quantity\":\"3\"}").contains("\"field\":\"quantity\""));
        assertTrue(problem("{\"code\":5}").contains("\"field\":\"code\""));
        assertTrue(problem("{\"quantity\":2.5}").contains("\"field\":\"quantity\""));
        assertTrue(problem("{\"active\":\"yes\"}").contains("\"field\":\"active\""));
    }

    @Test
    void reportsMalformedAndEmptyBodies() {
        assertTrue(problem("{\"code\":").startsWith("400"));
        assertTrue(problem("").contains("\"field\":\"body\""));
        assertTrue(problem("{\"code\":\"a\"} trailing").startsWith("400"));
    }

    @Test
    void oversizeStreamBecomes413() {
        WebApplicationException failure = assertThrows(WebApplicationException.class, () -> provider.readFrom(
                (Class) Input.class, Input.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new LimitedInputStream(new ByteArrayInputStream(("{\"code\":\"" + "x".repeat(500) + "\"}").getBytes()), 100)));
        assertEquals(413, failure.getResponse().getStatus());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void namesRepeatedFieldsWhereTheyAre() {
        assertTrue(problem("{\"quantity\":1,\"quantity\":900}").contains("\"field\":\"quantity\",\"message\":\"appears more than once\""));
        WebApplicationException nested = assertThrows(WebApplicationException.class, () -> provider.readFrom((Class) Order.class,
                Order.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(
                        "{\"code\":\"a\",\"lines\":[{\"sku\":\"x\"},{\"sku\":\"y\",\"sku\":\"z\"}]}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(nested.getResponse().getEntity().toString().contains("\"field\":\"lines[1].sku\""),
                nested.getResponse().getEntity().toString());
    }

    @Test
    void theSameJsonInAnotherSpellingHasTheSameFingerprint() {
        String first = RequestFingerprint.of("POST", "/warehouse/receipts", "application/json",
                "{\"sku\":\"A\",\"quantity\":3,\"price\":1.50,\"tags\":[\"x\",\"y\"]}".getBytes(StandardCharsets.UTF_8));
        String second = RequestFingerprint.of("POST", "warehouse/receipts/", "application/json; charset=UTF-8",
                "{ \"tags\" : [\"x\",\"y\"],\n \"price\":1.5, \"quantity\":3, \"sku\":\"A\" }".getBytes(StandardCharsets.UTF_8));
        assertEquals(first, second);
        String reordered = RequestFingerprint.of("POST", "warehouse/receipts", "application/json",
                "{\"sku\":\"A\",\"quantity\":3,\"price\":1.5,\"tags\":[\"y\",\"x\"]}".getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertNotEquals(first, reordered, "the order of a list is content");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, RequestFingerprint.of("POST", "warehouse/issues",
                "application/json", "{\"sku\":\"A\",\"quantity\":3,\"price\":1.5,\"tags\":[\"x\",\"y\"]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void problemTextsLoseJavaClassNames() {
        assertEquals("unreadable: (line 2) invalid char", Problem.withoutClassNames(
                "unreadable: org.apache.commons.csv.CSVException: (line 2) invalid char"));
        assertEquals("plain words stay", Problem.withoutClassNames("plain words stay"));
    }

    @Test
    void rawContentTypesAreRecognisedAsJson() {
        assertTrue(JsonProvider.isJson("application/json"));
        assertTrue(JsonProvider.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(JsonProvider.isJson("application/merge-patch+json"));
        org.junit.jupiter.api.Assertions.assertFalse(JsonProvider.isJson("text/plain"));
        org.junit.jupiter.api.Assertions.assertFalse(JsonProvider.isJson("application/jsonp"));
    }

    @Test
    void pathsLoseTheirEdgeSlashesOnly() {
        assertEquals("warehouse/reservations", AuthenticationFilter.withoutEdgeSlashes("//warehouse/reservations/"));
        assertEquals("", AuthenticationFilter.withoutEdgeSlashes("/"));
        assertEquals("a//b", AuthenticationFilter.withoutEdgeSlashes("a//b"));
    }
}
