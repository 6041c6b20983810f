package io.mercato.platform.api.approval;

import io.mercato.platform.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Submit a document: it goes to the submitter's direct superior, and on up the reporting line until a
 * position of the level its rules require has approved it. Final decisions are published on
 * {@link Approval#DECIDED_TOPIC} with the properties documentType, documentId, ownerDepartment, status.
 */
@ProviderType
public interface ApprovalService {
    Approval submit(Submission submission, Actor submitter);

    Approval decide(long approvalId, Decision decision, String comment, Actor actor);

    /** Pending approvals waiting for a position this user holds. */
    List<Approval> inbox(String username);

    Approval get(long approvalId);
}
