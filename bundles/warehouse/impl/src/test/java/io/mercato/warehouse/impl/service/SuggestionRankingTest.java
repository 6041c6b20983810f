package io.mercato.warehouse.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mercato.warehouse.impl.service.RebalancingPlanner.Suggestion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionRankingTest {
    private static Suggestion move(String sku, String to, int quantity, String toCover) {
        return new Suggestion(sku, "CD-01", to, quantity, null, toCover == null ? null : new BigDecimal(toCover), BigDecimal.ONE, "华东");
    }

    @Test
    void keepsTheMostUrgentAndCountsAll() {
        SuggestionRanking ranking = new SuggestionRanking(2);
        ranking.add(move("A", "SH-01", 10, "5.0"));
        ranking.add(move("B", "SH-01", 30, "0.5"));
        ranking.add(move("C", "BJ-01", 20, "2.0"));
        ranking.add(move("D", "BJ-01", 50, "2.0"));
        assertEquals(List.of("B", "D"), ranking.mostUrgent().stream().map(Suggestion::sku).toList());
        assertEquals(4, ranking.total());
        assertEquals(110, ranking.units());
        assertEquals(List.of(new RebalancingService.WarehouseNeed("BJ-01", 2, 70), new RebalancingService.WarehouseNeed("SH-01", 2, 40)),
                ranking.byWarehouse());
    }

    @Test
    void aTieOnCoverGoesToTheLargerMove() {
        SuggestionRanking ranking = new SuggestionRanking(1);
        ranking.add(move("A", "SH-01", 5, "1.0"));
        ranking.add(move("B", "SH-01", 9, "1.0"));
        assertEquals("B", ranking.mostUrgent().get(0).sku());
    }
}
