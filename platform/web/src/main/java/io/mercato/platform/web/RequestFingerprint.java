package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What makes a retry the same request: method, path and body. A JSON body counts by its content, so the same
 * JSON with other whitespace, another key order or {@code 1.50} for {@code 1.5} is a replay, not a different
 * request; any other body counts by its bytes.
 */
final class RequestFingerprint {
    private RequestFingerprint() {
    }

    static String of(String method, String path, String contentType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + AuthenticationFilter.withoutEdgeSlashes(path) + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(contentType != null && JsonProvider.isJson(contentType) ? canonicalJson(body) : body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body's JSON in one canonical spelling; the raw bytes when it is no valid JSON (it will be refused anyway). */
    static byte[] canonicalJson(byte[] body) {
        try {
            JsonNode tree = JsonMapping.MAPPER.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
            try (JsonGenerator generator = JsonMapping.MAPPER.getFactory().createGenerator(out)) {
                write(tree, generator);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException notJson) {
            return body;
        }
    }

    /** Objects with their keys sorted, numbers in their shortest plain spelling, no whitespace: one generator for all. */
    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            fields.sort(Map.Entry.comparingByKey());
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields) {
                out.writeFieldName(field.getKey());
                write(field.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                write(element, out);
            }
            out.writeEndArray();
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            out.writeNumber(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else {
            out.writeTree(node);
        }
    }
}
