package io.mercato.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.PositionInfo;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.org.StaffPlacement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccessTest {
    private final OrgDirectory org = new OrgDirectory() {
        @Override
        public Optional<StaffPlacement> placementOf(String username) {
            return "clerk".equals(username) ? Optional.of(new StaffPlacement("clerk", "WH-CLERK", PositionLevel.SPECIALIST,
                    "PROC-LOG", Set.of("warehouse.stock"), "PL-MGR")) : Optional.empty();
        }

        @Override
        public Optional<PositionInfo> position(String positionCode) {
            return Optional.empty();
        }

        @Override
        public List<String> staffIn(String positionCode) {
            return List.of();
        }

        @Override
        public Optional<String> departmentOwning(String capability) {
            return Optional.empty();
        }

        @Override
        public Optional<io.mercato.platform.api.org.DepartmentInfo> department(String code) {
            return Optional.empty();
        }
    };

    @Test
    void staffMayUseTheirDepartmentsCapabilitiesAtTheirLevel() {
        StaffAccess.Caller clerk = new StaffAccess(() -> Optional.of(org)).caller("clerk", Set.of("staff"));
        assertTrue(clerk.may("warehouse.stock", PositionLevel.SPECIALIST));
        assertTrue(clerk.may("warehouse.stock", null), "no level means any level");
        assertFalse(clerk.may("warehouse.stock", PositionLevel.SUPERVISOR));
        assertFalse(clerk.may("warehouse.transfer", PositionLevel.SPECIALIST));
    }

    @Test
    void withoutAPositionOrAnOrganisationOnlyAdminsPass() {
        assertFalse(new StaffAccess(() -> Optional.of(org)).caller("stranger", Set.of("staff")).may("warehouse.stock", null));
        assertFalse(new StaffAccess(Optional::empty).caller("clerk", Set.of("staff")).may("warehouse.stock", null),
                "fails closed when the organisation service is missing");
        assertTrue(new StaffAccess(Optional::empty).caller("root", Set.of("admin")).may("org.manage", PositionLevel.GENERAL_MANAGER));
    }
}
