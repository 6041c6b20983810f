package io.mercato.siteops.impl.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A marketplace activity and where it stands. */
public record ActivityRow(long id, String number, String platform, String name, String url, LocalDate signUpBy, LocalDate startsOn,
                          LocalDate endsOn, String goal, String status, String foundBy, String decidedBy, String decisionNote, String products,
                          String signedUpBy, Instant createdAt, Instant updatedAt) {
}
