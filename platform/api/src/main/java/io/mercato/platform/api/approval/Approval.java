package io.mercato.platform.api.approval;

import io.mercato.platform.api.org.PositionLevel;
import java.math.BigDecimal;
import java.util.List;

/**
 * An approval and where it stands: the position whose holders must decide next, and every step so far.
 * {@code ownerDepartment} is the department bundle told of the decision; {@code orgDepartment} is the
 * organisation's department the document belongs to, handed on when departments are split or merged.
 */
public record Approval(long id, String documentType, String documentId, String summary, BigDecimal amount,
                      String ownerDepartment, String submitter, ApprovalStatus status, String waitingForPosition,
                      PositionLevel requiredLevel, List<ApprovalStep> steps, String orgDepartment) {
    /** The 1.0 form, without the org department. */
    public Approval(long id, String documentType, String documentId, String summary, BigDecimal amount,
                    String ownerDepartment, String submitter, ApprovalStatus status, String waitingForPosition,
                    PositionLevel requiredLevel, List<ApprovalStep> steps) {
        this(id, documentType, documentId, summary, amount, ownerDepartment, submitter, status, waitingForPosition,
                requiredLevel, steps, null);
    }

    /**
     * Outbox topic of every final decision (approved, rejected, sent back), published in the decision's transaction;
     * the payload has {@link #APPROVAL_ID}, {@link #DOCUMENT_TYPE}, {@link #DOCUMENT_ID}, {@link #OWNER_DEPARTMENT} and
     * {@link #STATUS}. The owning department subscribes with an {@link io.mercato.platform.api.outbox.OutboxSubscriber}.
     */
    public static final String DECIDED_TOPIC = "mercato/approval/decided";
    public static final String APPROVAL_ID = "approvalId";
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String DOCUMENT_ID = "documentId";
    public static final String OWNER_DEPARTMENT = "ownerDepartment";
    public static final String STATUS = "status";
}
