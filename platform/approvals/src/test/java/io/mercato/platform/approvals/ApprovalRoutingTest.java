package io.mercato.platform.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.org.PositionInfo;
import io.mercato.platform.api.org.PositionLevel;
import org.junit.jupiter.api.Test;

class ApprovalRoutingTest {
    private final PositionInfo manager = new PositionInfo("PL-MGR", PositionLevel.SUPERVISOR, "PROC-LOG", "GM");
    private final PositionInfo generalManager = new PositionInfo("GM", PositionLevel.GENERAL_MANAGER, "MGMT", null);

    @Test
    void firstGoesToTheDirectSuperior() {
        assertEquals("PL-MGR", ApprovalRouting.afterSubmission("PL-MGR").waitingFor());
        assertTrue(ApprovalRouting.afterSubmission(null).complete(), "nobody above the submitter");
    }

    @Test
    void supervisorApprovalCompletesASupervisorLevelDocument() {
        assertTrue(ApprovalRouting.afterApproval(manager, PositionLevel.SUPERVISOR).complete());
    }

    @Test
    void aLargeAmountClimbsToTheRequiredLevel() {
        assertEquals("GM", ApprovalRouting.afterApproval(manager, PositionLevel.DIRECTOR).waitingFor());
        assertTrue(ApprovalRouting.afterApproval(generalManager, PositionLevel.DIRECTOR).complete());
    }

    @Test
    void theTopOfTheLineIsFinalEvenBelowTheRequiredLevel() {
        PositionInfo shopManager = new PositionInfo("OPS-MGR", PositionLevel.SUPERVISOR, "SHOP", null);
        assertTrue(ApprovalRouting.afterApproval(shopManager, PositionLevel.GENERAL_MANAGER).complete());
    }
}
