package io.mercato.platform.api.approval;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
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

    /** Pending approvals waiting for a position this user holds, oldest first; the first {@link PageRequest#MAX_SIZE}. */
    default List<Approval> inbox(String username) {
        return inbox(username, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** Pending approvals waiting for a position this user holds, oldest first, paged (by number or after a cursor). */
    Page<Approval> inbox(String username, PageRequest page);

    Approval get(long approvalId);
}
