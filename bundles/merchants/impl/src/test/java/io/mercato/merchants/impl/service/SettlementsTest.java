package io.mercato.merchants.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mercato.merchants.impl.persistence.TermsRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementsTest {
    private static TermsRow terms(int version, String cycle, String from) {
        return new TermsRow(version, cycle, BigDecimal.TEN, LocalDate.parse(from), null, null, "ops", Instant.EPOCH);
    }

    @Test
    void aCycleEndsOnTheLastDayOfThePreviousMonthOrTheLastSunday() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertEquals(LocalDate.of(2026, 11, 30), Settlements.cycleEnd(List.of(terms(1, "MONTHLY", "2026-01-01")), wednesday));
        assertEquals(LocalDate.of(2026, 11, 29), Settlements.cycleEnd(List.of(terms(1, "MONTHLY", "2026-01-01"),
                terms(2, "WEEKLY", "2026-11-01")), wednesday), "the version in force decides");
        assertEquals(LocalDate.of(2026, 11, 30), Settlements.cycleEnd(List.of(), wednesday), "no terms: monthly");
    }
}
