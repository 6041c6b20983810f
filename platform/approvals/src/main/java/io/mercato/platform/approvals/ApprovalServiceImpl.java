package io.mercato.platform.approvals;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.ForbiddenException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.ApprovalStatus;
import io.mercato.platform.api.approval.ApprovalStep;
import io.mercato.platform.api.approval.Decision;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.PositionInfo;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.org.StaffPlacement;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Approval chains along the reporting lines (domain §4). */
@Component(service = {ApprovalService.class, ApprovalServiceImpl.class})
public class ApprovalServiceImpl implements ApprovalService {
    private final Transactions transactions;
    private final OrgDirectory org;

    @Activate
    public ApprovalServiceImpl(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=approvals)") SchemaDatabase database,
                               @Reference OrgDirectory org) {
        this.transactions = database.transactions(ApprovalMapper.class);
        this.org = org;
    }

    @Override
    public Approval submit(Submission submission, Actor submitter) {
        Check.input()
                .text("documentType", submission.documentType(), 50, true)
                .text("documentId", submission.documentId(), 100, true)
                .text("summary", submission.summary(), 500, true)
                .text("ownerDepartment", submission.ownerDepartment(), 50, true)
                .rule(submission.amount() == null || submission.amount().signum() >= 0, "amount", "must be 0 or more")
                .validate();
        StaffPlacement placement = placementOf(submitter);
        Approval approval = transactions.inTransaction(submitter, tx -> {
            ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
            PositionLevel required = ApprovalRules.requiredLevel(approvals, submission.documentType(), submission.amount());
            ApprovalRouting.Next next = ApprovalRouting.afterSubmission(placement.superiorPositionCode());
            long id = approvals.insert(submission.documentType(), submission.documentId(), submission.summary(),
                    submission.amount(), submission.ownerDepartment(), submitter.username(),
                    (next.complete() ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING).name(), next.waitingFor(), required.name(),
                    placement.departmentCode());
            approvals.step(id, submitter.username(), placement.positionCode(), "SUBMIT", null);
            return audited(tx, id, "approval.submitted");
        });
        return approval;
    }

    @Override
    public Approval decide(long approvalId, Decision decision, String comment, Actor actor) {
        Check.input().required("decision", decision).text("comment", comment, 1000, decision != Decision.APPROVE).validate();
        StaffPlacement placement = placementOf(actor);
        Approval approval = transactions.inTransaction(actor, tx -> {
            ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
            ApprovalRow row = approvals.lock(approvalId);
            if (row == null) {
                throw new NotFoundException("No approval " + approvalId);
            }
            if (!ApprovalStatus.PENDING.name().equals(row.status())) {
                throw new ConflictException("approval-closed", "Approval " + approvalId + " is already " + row.status());
            }
            if (!placement.positionCode().equals(row.waitingForPosition())) {
                throw new ForbiddenException("Approval " + approvalId + " waits for position " + row.waitingForPosition()
                        + ", not yours (" + placement.positionCode() + ")");
            }
            approvals.step(approvalId, actor.username(), placement.positionCode(), decision.name(), comment);
            switch (decision) {
                case APPROVE -> {
                    PositionInfo position = org.position(placement.positionCode()).orElseThrow();
                    ApprovalRouting.Next next = ApprovalRouting.afterApproval(position, PositionLevel.valueOf(row.requiredLevel()));
                    approvals.move(approvalId, (next.complete() ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING).name(),
                            next.waitingFor());
                }
                case REJECT -> approvals.move(approvalId, ApprovalStatus.REJECTED.name(), null);
                case SEND_BACK -> approvals.move(approvalId, ApprovalStatus.SENT_BACK.name(), null);
            }
            return audited(tx, approvalId, "approval." + decision.name().toLowerCase(java.util.Locale.ROOT));
        });
        return approval;
    }

    @Override
    public Page<Approval> inbox(String username, PageRequest page) {
        Long afterId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return org.placementOf(username).map(placement -> transactions.read(tx -> {
            ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
            String position = placement.positionCode();
            Page<ApprovalRow> rows = Page.of(approvals.waitingFor(position, afterId, page.fetch(), page.offset()), page,
                    approvals.countWaitingFor(position, page.countLimit()), row -> Cursor.of(row.id()));
            Map<Long, List<ApprovalStep>> steps = new HashMap<>();
            if (!rows.items().isEmpty()) {
                for (StepOfRow step : approvals.stepsOf(rows.items().stream().map(ApprovalRow::id).toList())) {
                    steps.computeIfAbsent(step.approvalId(), id -> new ArrayList<>()).add(step.step());
                }
            }
            return rows.map(row -> view(row, steps.getOrDefault(row.id(), List.of())));
        })).orElse(new Page<>(List.of(), page.page(), page.size(), 0));
    }

    @Override
    public Approval get(long approvalId) {
        return transactions.read(tx -> {
            ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
            ApprovalRow row = approvals.find(approvalId);
            if (row == null) {
                throw new NotFoundException("No approval " + approvalId);
            }
            return view(approvals, row);
        });
    }

    private StaffPlacement placementOf(Actor actor) {
        return org.placementOf(actor.username()).orElseThrow(() -> new ForbiddenException(
                actor.username() + " has no position in the organisation, so has no place in an approval chain"));
    }

    private static Approval audited(TransactionContext tx, long id, String action) {
        ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
        Approval approval = view(approvals, approvals.find(id));
        tx.audit(action, "approval", Long.toString(id), Map.of("status", approval.status(),
                "waitingFor", String.valueOf(approval.waitingForPosition())));
        publishIfFinal(tx, approval);
        return approval;
    }

    private static Approval view(ApprovalMapper approvals, ApprovalRow row) {
        return view(row, approvals.steps(row.id()));
    }

    private static Approval view(ApprovalRow row, List<ApprovalStep> steps) {
        return new Approval(row.id(), row.documentType(), row.documentId(), row.summary(), row.amount(), row.ownerDepartment(),
                row.submitter(), ApprovalStatus.valueOf(row.status()), row.waitingForPosition(),
                PositionLevel.valueOf(row.requiredLevel()), steps, row.orgDepartment());
    }

    /** Tells the owning department through the outbox, in the decision's transaction, that its document was decided. */
    private static void publishIfFinal(TransactionContext tx, Approval approval) {
        if (approval.status() == ApprovalStatus.PENDING) {
            return;
        }
        tx.publish(Approval.DECIDED_TOPIC, Map.of(
                Approval.APPROVAL_ID, approval.id(), Approval.DOCUMENT_TYPE, approval.documentType(),
                Approval.DOCUMENT_ID, approval.documentId(), Approval.OWNER_DEPARTMENT, approval.ownerDepartment(),
                Approval.STATUS, approval.status().name()));
    }
}
