package io.mercato.siteops.impl.persistence;

/** A rule a staged import row breaks. */
public record RowProblemRow(int line, String field, String message) {
}
