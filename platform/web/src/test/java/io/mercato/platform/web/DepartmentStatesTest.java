package io.mercato.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DepartmentStatesTest {
    @Test
    void namesTheDepartmentOfAnApiPath() {
        assertEquals("warehouse", DepartmentStates.department("/api/warehouse/stock"));
        assertEquals("warehouse", DepartmentStates.department("/api/warehouse"));
        assertEquals("procurement", DepartmentStates.department("procurement/orders/1"));
    }

    @Test
    void theApiRootAndBuildingBlocksAreNoDepartment() {
        assertNull(DepartmentStates.department("/api/"));
        assertNull(DepartmentStates.department("/api"));
        assertNull(DepartmentStates.department("/api/platform/x"));
        assertNull(DepartmentStates.department("/api/../etc"));
        assertNull(DepartmentStates.department("/api/Warehouse"));
    }
}
