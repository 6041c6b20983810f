package io.mercato.platform.approvals;

import io.mercato.platform.api.approval.ApprovalStep;
import java.time.Instant;

/** A step with the id of its approval, for the steps of a whole page at once. */
public record StepOfRow(long approvalId, String actor, String positionCode, String decision, String comment, Instant at) {
    ApprovalStep step() {
        return new ApprovalStep(actor, positionCode, decision, comment, at);
    }
}
