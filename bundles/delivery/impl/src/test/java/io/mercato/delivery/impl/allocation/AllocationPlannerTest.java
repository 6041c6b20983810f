package io.mercato.delivery.impl.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.delivery.impl.allocation.AllocationPlanner.Need;
import io.mercato.delivery.impl.allocation.AllocationPlanner.Pick;
import io.mercato.delivery.impl.allocation.AllocationPlanner.Site;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationPlannerTest {
    private static final List<Site> SITES = List.of(new Site("BJ", "华北"), new Site("GZ", "华南"), new Site("HZ", "华东"),
            new Site("WH", "华中"));

    @Test
    void theWarehouseInTheCustomersRegionShipsTheWholeOrder() {
        List<Pick> plan = AllocationPlanner.plan(List.of(new Need(1, "A", 2), new Need(2, "B", 1)), "华东", SITES,
                Map.of("A", Map.of("BJ", 9, "HZ", 2), "B", Map.of("BJ", 9, "HZ", 1)), true).orElseThrow();
        assertEquals(List.of(new Pick(1, "A", "HZ", 2), new Pick(2, "B", "HZ", 1)), plan);
    }

    @Test
    void failingThatTheNearestRegionThatHasEverything() {
        // 华东's neighbours, nearest first: 华中, then 华北; GZ (华南) is further.
        List<Pick> plan = AllocationPlanner.plan(List.of(new Need(1, "A", 2), new Need(2, "B", 1)), "华东", SITES,
                Map.of("A", Map.of("BJ", 5, "WH", 2, "GZ", 5), "B", Map.of("BJ", 5, "WH", 1, "GZ", 5, "HZ", 3)), true).orElseThrow();
        assertEquals(List.of("WH", "WH"), plan.stream().map(Pick::warehouseCode).toList());
    }

    @Test
    void noWarehouseHasEverythingSoTheOrderIsSplitNearestFirst() {
        List<Pick> plan = AllocationPlanner.plan(List.of(new Need(1, "A", 5), new Need(2, "B", 1)), "华东", SITES,
                Map.of("A", Map.of("HZ", 3, "WH", 1, "BJ", 4), "B", Map.of("GZ", 1)), true).orElseThrow();
        assertEquals(List.of(new Pick(1, "A", "HZ", 3), new Pick(1, "A", "WH", 1), new Pick(1, "A", "BJ", 1), new Pick(2, "B", "GZ", 1)), plan);
    }

    @Test
    void twoLinesOfOneSkuMustFitTogether() {
        List<Pick> plan = AllocationPlanner.plan(List.of(new Need(1, "A", 2), new Need(2, "A", 2)), "华东", SITES,
                Map.of("A", Map.of("HZ", 3, "WH", 4)), true).orElseThrow();
        assertEquals(List.of("WH", "WH"), plan.stream().map(Pick::warehouseCode).toList(), "HZ has 3 of the 4 units");
    }

    @Test
    void notEnoughInTheWholeNetworkMeansWaiting() {
        assertTrue(AllocationPlanner.plan(List.of(new Need(1, "A", 10)), "华东", SITES, Map.of("A", Map.of("HZ", 3, "BJ", 6)), true).isEmpty());
        assertTrue(AllocationPlanner.plan(List.of(new Need(1, "A", 4)), "华东", SITES, Map.of("A", Map.of("HZ", 3, "BJ", 6)), false).isPresent());
        assertTrue(AllocationPlanner.plan(List.of(new Need(1, "A", 4), new Need(2, "B", 1)), "华东", SITES,
                Map.of("A", Map.of("BJ", 6), "B", Map.of("HZ", 1)), false).isEmpty(), "without splitting");
    }

    @Test
    void anUnknownRegionStillShipsFromSomewhere() {
        assertEquals("BJ", AllocationPlanner.plan(List.of(new Need(1, "A", 1)), null, SITES, Map.of("A", Map.of("BJ", 1)), true)
                .orElseThrow().get(0).warehouseCode());
    }
}
