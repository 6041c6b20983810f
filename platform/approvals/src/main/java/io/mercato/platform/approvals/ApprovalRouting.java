package io.mercato.platform.approvals;

import io.mercato.platform.api.org.PositionInfo;
import io.mercato.platform.api.org.PositionLevel;

/**
 * Where an approval goes next. It climbs the reporting line one direct superior at a time; it is approved
 * once a position of the required level (or the top of the line) has approved it.
 */
final class ApprovalRouting {
    private ApprovalRouting() {
    }

    /** The next position to wait for, or null when the approval is complete. */
    record Next(String waitingFor) {
        boolean complete() {
            return waitingFor == null;
        }
    }

    /** After submission: the submitter's direct superior decides first; with nobody above it is complete. */
    static Next afterSubmission(String submitterSuperiorPosition) {
        return new Next(submitterSuperiorPosition);
    }

    /** After an approval by a holder of {@code approver}. */
    static Next afterApproval(PositionInfo approver, PositionLevel required) {
        if (approver.level().atLeast(required) || approver.superiorCode() == null) {
            return new Next(null);
        }
        return new Next(approver.superiorCode());
    }
}
