package io.mercato.siteops.impl.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** One classification run: as of which day, with which rules, the class counts and how long it took. */
public record ClassificationRunRow(long id, LocalDate asOf, String rules, int products, int best, int slow, int potential, int uncertain,
                                   int millis, String runBy, Instant runAt) {
}
