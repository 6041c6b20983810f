package io.mercato.crm.impl.persistence;

import java.time.LocalDate;

public record LotRow(long id, long earned, long remaining, LocalDate earnedOn, LocalDate expiresOn) {
}
