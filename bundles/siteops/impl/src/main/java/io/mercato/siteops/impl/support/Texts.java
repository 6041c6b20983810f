package io.mercato.siteops.impl.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small conversions every part of site operations needs: optional text, and values written as JSON for jsonb columns. */
public final class Texts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Texts() {
    }

    /** The text stripped, or null when it is empty. */
    public static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
