package io.mercato.platform.api;

/** One invalid input value: the JSON path of the field (or "row 3: quantity" for imports) and what is wrong. */
public record FieldError(String field, String message) {
}
