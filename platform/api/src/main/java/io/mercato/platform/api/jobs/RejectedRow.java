package io.mercato.platform.api.jobs;

/** A rule a row of an uploaded file breaks: its row number in the file (the header is row 1), the field, what is wrong. */
public record RejectedRow(int line, String field, String message) {
}
