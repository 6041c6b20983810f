package io.mercato.warehouse.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.warehouse.impl.service.RebalancingPlanner.Policy;
import io.mercato.warehouse.impl.service.RebalancingPlanner.Position;
import io.mercato.warehouse.impl.service.RebalancingPlanner.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebalancingPlannerTest {
    private final RebalancingPlanner planner = new RebalancingPlanner();
    private final Policy policy = new Policy(30, 14, 7, 30);

    @Test
    void movesSurplusToTheWarehouseRunningShort() {
        // Shanghai sells 10/day and holds 20 (2 days); Chengdu sells 1/day and holds 200 (200 days).
        List<Suggestion> plan = planner.plan(List.of(
                new Position("SKU-1", "SH-01", "华东", 20, 0, 300),
                new Position("SKU-1", "CD-01", "西南", 200, 0, 30)), policy);
        assertEquals(1, plan.size());
        Suggestion move = plan.get(0);
        assertEquals("CD-01", move.fromWarehouse());
        assertEquals("SH-01", move.toWarehouse());
        assertEquals(120, move.quantity(), "enough for 14 days: 140 - 20");
    }

    @Test
    void donorKeepsItsOwnTargetCover() {
        List<Suggestion> plan = planner.plan(List.of(
                new Position("SKU-1", "SH-01", "华东", 0, 0, 300),
                new Position("SKU-1", "CD-01", "西南", 50, 0, 30)), policy);
        // CD-01 sells 1/day: 50 > 30 days of cover, keeps 14 and gives 36.
        assertEquals(36, plan.get(0).quantity());
    }

    @Test
    void prefersADonorInTheSameRegion() {
        List<Suggestion> plan = planner.plan(List.of(
                new Position("SKU-1", "SH-01", "华东", 0, 0, 30),
                new Position("SKU-1", "HZ-01", "华东", 40, 0, 0),
                new Position("SKU-1", "BJ-01", "华北", 400, 0, 0)), policy);
        assertEquals("HZ-01", plan.get(0).fromWarehouse());
        assertEquals(14, plan.stream().mapToInt(Suggestion::quantity).sum());
    }

    @Test
    void stockInTransitCountsAsCover() {
        List<Suggestion> plan = planner.plan(List.of(
                new Position("SKU-1", "SH-01", "华东", 0, 140, 300),
                new Position("SKU-1", "CD-01", "西南", 500, 0, 0)), policy);
        assertTrue(plan.isEmpty(), "140 units already on the way cover 14 days");
    }

    @Test
    void neverProposesMoreThanIsAvailable() {
        List<Suggestion> plan = planner.plan(List.of(
                new Position("SKU-1", "SH-01", "华东", 0, 0, 3000),
                new Position("SKU-1", "CD-01", "西南", 5, 0, 0)), policy);
        assertEquals(5, plan.get(0).quantity());
    }

    @Test
    void rejectsInconsistentPolicies() {
        assertThrows(IllegalArgumentException.class, () -> new Policy(30, 40, 7, 30));
        assertThrows(IllegalArgumentException.class, () -> new Policy(0, 14, 7, 30));
    }
}
