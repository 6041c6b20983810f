package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.ApprovalStatus;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderRow;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A purchase order's way: draft → (approval chain above the threshold) → approved → sent → received; cancelled with a
 * reason before anything arrives. Every rule is checked here, on the server, whichever client calls.
 */
@Component(service = OrderWorkflow.class, configurationPid = OrderApprovalPolicy.PID)
@Designate(ocd = OrderApprovalPolicy.class)
public class OrderWorkflow {
    /** The approval chain's document type; its rules are edited under Approvals. */
    public static final String DOCUMENT_TYPE = "purchase-order";
    public static final String DEPARTMENT = "procurement";
    private static final Set<String> CANCELLABLE = Set.of("DRAFT", "AWAITING_APPROVAL", "APPROVED", "SENT");
    private final Transactions transactions;
    private final ApprovalService approvals;
    private volatile BigDecimal threshold;

    @Activate
    public OrderWorkflow(@Reference ProcurementDatabase database, @Reference ApprovalService approvals, OrderApprovalPolicy policy) {
        this.transactions = database.transactions();
        this.approvals = approvals;
        configure(policy);
    }

    @Modified
    void configure(OrderApprovalPolicy policy) {
        BigDecimal configured = new BigDecimal(policy.approvalThreshold().strip());
        if (configured.signum() < 0) {
            throw new IllegalArgumentException("approvalThreshold must be 0 or more");
        }
        this.threshold = configured;
    }

    /**
     * Submits a draft. At or above the threshold it goes to the approval chain (the approval names this revision, so a
     * decision about an older revision changes nothing); below it, it is approved at once.
     */
    public PurchaseOrder submit(String number, Actor actor) {
        PurchaseOrderRow draft = transactions.read(tx -> PurchaseOrderService.require(tx.mapper(PurchaseOrderMapper.class).find(number), number));
        requireStatus(draft, "DRAFT", "submitted");
        if (draft.total().compareTo(threshold) < 0) {
            return transactions.inTransaction(actor, tx -> {
                PurchaseOrderRow order = lockedAt(tx, number, draft.revision(), "DRAFT");
                tx.mapper(PurchaseOrderMapper.class).approve(order.id());
                return audited(tx, number, "purchase-order.approved", Map.of("below", threshold, "total", order.total()));
            });
        }
        // The approval is its own transaction in the approvals department; should this order change meanwhile, the
        // approval is left unused (its decision names an older revision and is ignored).
        Approval approval = approvals.submit(new Submission(DOCUMENT_TYPE, documentId(draft), summary(draft), draft.total(),
                DEPARTMENT), actor);
        return transactions.inTransaction(actor, tx -> {
            PurchaseOrderRow order = lockedAt(tx, number, draft.revision(), "DRAFT");
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            orders.awaitApproval(order.id(), approval.id());
            if (approval.status() == ApprovalStatus.APPROVED) {
                orders.approve(order.id());
            }
            return audited(tx, number, "purchase-order.submitted", Map.of("approval", approval.id(),
                    "waitingFor", String.valueOf(approval.waitingForPosition()), "total", order.total()));
        });
    }

    /** The supplier has the order: only an order approved in its current revision may be sent. */
    public PurchaseOrder send(String number, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            PurchaseOrderRow order = PurchaseOrderService.require(orders.lock(number), number);
            requireStatus(order, "APPROVED", "sent");
            if (order.approvedRevision() == null || order.approvedRevision() != order.revision()) {
                throw new ConflictException("not-approved", number + " revision " + order.revision() + " is not approved");
            }
            orders.setStatus(order.id(), "SENT");
            return audited(tx, number, "purchase-order.sent", Map.of("revision", order.revision()));
        });
    }

    public PurchaseOrder cancel(String number, String reason, Actor actor) {
        Check.input().text("reason", reason, 500, true).validate();
        return transactions.inTransaction(actor, tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            PurchaseOrderRow order = PurchaseOrderService.require(orders.lock(number), number);
            if (!CANCELLABLE.contains(order.status())) {
                throw new ConflictException("order-not-cancellable", number + " is " + order.status()
                        + ": an order is cancelled only before anything was received");
            }
            orders.cancel(order.id(), reason.strip());
            return audited(tx, number, "purchase-order.cancelled", Map.of("from", order.status(), "reason", reason.strip()));
        });
    }

    /**
     * Applies a final decision of the approval chain, inside the outbox delivery's transaction. A decision about
     * another revision, or about an order no longer waiting for it, changes nothing.
     */
    void decided(TransactionContext tx, long approvalId, String documentId, String status) {
        String number = documentId.contains("@") ? documentId.substring(0, documentId.indexOf('@')) : documentId;
        PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
        PurchaseOrderRow order = orders.lock(number);
        if (order == null || !"AWAITING_APPROVAL".equals(order.status()) || order.approvalId() == null
                || order.approvalId() != approvalId || !documentId.equals(documentId(order))) {
            return;
        }
        if (ApprovalStatus.APPROVED.name().equals(status)) {
            orders.approve(order.id());
            audited(tx, number, "purchase-order.approved", Map.of("approval", approvalId));
        } else {
            orders.backToDraft(order.id());
            audited(tx, number, "purchase-order.returned", Map.of("approval", approvalId, "decision", status));
        }
    }

    static String documentId(PurchaseOrderRow order) {
        return order.number() + "@r" + order.revision();
    }

    private static String summary(PurchaseOrderRow order) {
        return order.number() + " " + order.supplierName() + " " + order.total().toPlainString() + " " + order.currency();
    }

    private static PurchaseOrderRow lockedAt(TransactionContext tx, String number, int revision, String status) {
        PurchaseOrderRow order = PurchaseOrderService.require(tx.mapper(PurchaseOrderMapper.class).lock(number), number);
        if (order.revision() != revision || !status.equals(order.status())) {
            throw new ConflictException("order-changed", number + " changed meanwhile (now revision " + order.revision()
                    + ", " + order.status() + "); try again");
        }
        return order;
    }

    private static void requireStatus(PurchaseOrderRow order, String status, String what) {
        if (!status.equals(order.status())) {
            throw new ConflictException("order-" + order.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    order.number() + " is " + order.status() + "; only a " + status + " order can be " + what);
        }
    }

    private static PurchaseOrder audited(TransactionContext tx, String number, String action, Map<String, ?> details) {
        PurchaseOrder order = PurchaseOrderService.view(tx, tx.mapper(PurchaseOrderMapper.class).find(number));
        tx.audit(action, "purchase-order", number, details);
        return order;
    }
}
