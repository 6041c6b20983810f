package io.mercato.platform.api.approval;

import io.mercato.platform.api.org.PositionLevel;
import java.math.BigDecimal;
import java.util.List;

/** An approval and where it stands: the position whose holders must decide next, and every step so far. */
public record Approval(long id, String documentType, String documentId, String summary, BigDecimal amount,
                      String ownerDepartment, String submitter, ApprovalStatus status, String waitingForPosition,
                      PositionLevel requiredLevel, List<ApprovalStep> steps) {
    /** Event Admin topic on which every final decision is published. */
    public static final String DECIDED_TOPIC = "mercato/approval/decided";
}
