package io.mercato.siteops.impl.persistence;

/** A rule a staged import row breaks, with how many breaks there are in all. */
public record RowProblemRow(int line, String field, String message, long total) {
}
