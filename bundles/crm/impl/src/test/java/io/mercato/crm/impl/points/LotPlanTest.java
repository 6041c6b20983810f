package io.mercato.crm.impl.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mercato.crm.impl.persistence.LotRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotPlanTest {
    private static final List<LotRow> LOTS = List.of(lot(1, 30, "2027-01-31"), lot(2, 50, "2027-06-30"), lot(3, 20, "2028-01-31"));

    @Test
    void takesOldestExpiryFirst() {
        assertEquals(List.of(new LotPlan.Take(1, 30), new LotPlan.Take(2, 10)), LotPlan.plan(LOTS, null, 40));
    }

    @Test
    void aReversalTakesFromTheLotItsEarningMadeFirst() {
        assertEquals(List.of(new LotPlan.Take(3, 20), new LotPlan.Take(1, 5)), LotPlan.plan(LOTS, 3L, 25));
    }

    @Test
    void takesNoMoreThanTheLotsHold() {
        List<LotPlan.Take> takes = LotPlan.plan(LOTS, null, 500);
        assertEquals(100, LotPlan.total(takes));
        assertEquals(3, takes.size());
    }

    private static LotRow lot(long id, long remaining, String expires) {
        return new LotRow(id, 100, remaining, LocalDate.parse(expires).minusYears(2), LocalDate.parse(expires));
    }
}
