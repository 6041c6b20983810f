package io.mercato.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
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
            StringBuilder text = new StringBuilder();
            write(tree, text);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notJson) {
            return body;
        }
    }

    private static void write(JsonNode node, StringBuilder out) throws IOException {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : ",").append(JsonMapping.MAPPER.writeValueAsString(fields.get(i).getKey())).append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else {
            out.append(JsonMapping.MAPPER.writeValueAsString(node));
        }
    }
}
