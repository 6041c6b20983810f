package io.mercato.procurement.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.procurement.impl.persistence.MonthRow;
import io.mercato.procurement.impl.persistence.PricePointRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aMonthWithoutDueOrdersHasNoDataRatherThanAHundredPercent() {
        Scorecard card = Scorecard.of("SUP-1", 3, TODAY, List.of(new MonthRow(LocalDate.of(2026, 10, 1), 4, 3, 400, 380, 20)), List.of());
        assertEquals(3, card.byMonth().size());
        assertEquals(YearMonth.of(2026, 9), card.byMonth().get(0).month());
        assertNull(card.byMonth().get(0).onTimePercent(), "September: nothing was due");
        assertNull(card.byMonth().get(2).fillPercent(), "November: nothing was due");
        assertEquals(new BigDecimal("75.0"), card.byMonth().get(1).onTimePercent());
        assertEquals(new BigDecimal("95.0"), card.byMonth().get(1).fillPercent());
        assertNull(card.grade(), "4 orders are too few for a grade");
        assertTrue(card.gradeReason().contains("needs 5"));
    }

    @Test
    void gradesFollowTheThresholdsOfBothRates() {
        assertEquals("A", grade(100, 100, 1000, 990));
        assertEquals("B", grade(100, 90, 1000, 990));
        assertEquals("B", grade(100, 100, 1000, 960), "fill 96 % is below A's 98 %");
        assertEquals("C", grade(100, 70, 1000, 900));
        assertEquals("D", grade(100, 69, 1000, 1000));
        assertEquals("D", grade(100, 100, 1000, 899));
    }

    @Test
    void pricesAreGroupedPerSkuInMonthOrder() {
        Scorecard card = Scorecard.of("SUP-1", 2, TODAY, List.of(), List.of(
                new PricePointRow("A", LocalDate.of(2026, 10, 1), new BigDecimal("10.0000"), 100),
                new PricePointRow("A", LocalDate.of(2026, 11, 1), new BigDecimal("10.5000"), 50),
                new PricePointRow("B", LocalDate.of(2026, 11, 1), new BigDecimal("3.2000"), 10)));
        assertEquals(2, card.prices().size());
        assertEquals(2, card.prices().get(0).points().size());
        assertEquals(new BigDecimal("10.5000"), card.prices().get(0).points().get(1).averagePrice());
    }

    private static String grade(long due, long onTime, long ordered, long accepted) {
        return Scorecard.of("SUP-1", 12, TODAY, List.of(new MonthRow(LocalDate.of(2026, 6, 1), due, onTime, ordered, accepted, 0)),
                List.of()).grade();
    }
}
