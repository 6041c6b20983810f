package io.mercato.crm.impl.returns;

import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberOrderMapper;
import io.mercato.crm.impl.persistence.RefundMapper;
import io.mercato.crm.impl.persistence.RefundRow;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.persistence.ReturnLineRow;
import io.mercato.crm.impl.persistence.ReturnMapper;
import io.mercato.crm.impl.points.PointsLedger;
import io.mercato.crm.impl.tiers.TierReview;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Refunds are documents for finance: requested by a return's check, decided by the approval chain (amount thresholds),
 * paid by finance ({@code finance.refund}). One per return, never above what was paid for its lines, and what is
 * refunded of an order never exceeds what was paid for it (database constraints behind the checks here). Approval takes
 * back the points the returned lines earned and gives back those spent on the order, in proportion.
 */
@Component(service = Refunds.class)
public class Refunds {
    public static final String FINANCE_CAPABILITY = "finance.refund";
    static final String DOCUMENT_TYPE = "refund";
    static final String DEPARTMENT = "crm";
    private static final Set<String> STATUSES = Set.of("REQUESTED", "APPROVED", "REJECTED", "PAID");
    private final Transactions transactions;
    private final ApprovalService approvals;
    private final PointsLedger ledger;
    private final TierReview tiers;

    public record Payment(String paymentReference) {
    }

    @Activate
    public Refunds(@Reference CrmDatabase database, @Reference ApprovalService approvals, @Reference PointsLedger ledger,
                   @Reference TierReview tiers) {
        this.transactions = database.transactions();
        this.approvals = approvals;
        this.ledger = ledger;
        this.tiers = tiers;
    }

    /** Requests the refund of a checked return (in its transaction) and sends it up the approval chain. */
    void request(TransactionContext tx, ReturnCaseRow row, BigDecimal postage) {
        RefundMapper refunds = tx.mapper(RefundMapper.class);
        BigDecimal amount = row.goodsAmount().add(postage);
        if (amount.signum() == 0) {
            return; // nothing was paid for these lines
        }
        BigDecimal refundable = refunds.refundable(row.orderNumber());
        if (refundable == null || amount.compareTo(refundable) > 0) {
            throw new ConflictException("refund-above-paid", "A refund of " + amount.toPlainString() + " for order " + row.orderNumber()
                    + " is more than is left of what was paid (" + (refundable == null ? "nothing" : refundable.toPlainString()) + ")");
        }
        Long id = refunds.insert(row.id(), row.orderNumber(), row.goodsAmount(), postage, row.goodsAmount().add(row.postageShare()),
                tx.actor().username());
        if (id == null) {
            throw new ConflictException("refund-exists", "Return " + row.number() + " has a refund already");
        }
        if (refunds.addRefunded(row.orderNumber(), amount) == 0) {
            throw new IllegalStateException("no payment recorded for order " + row.orderNumber());
        }
        RefundRow refund = refunds.byId(id);
        long approval = approvals.submit(new Submission(DOCUMENT_TYPE, refund.number(), "退款 " + refund.number() + " · " + row.number() + " · 订单 "
                + row.orderNumber(), amount, DEPARTMENT), tx.actor()).id();
        refunds.setApproval(id, approval);
        tx.audit("crm.refund-requested", "refund", refund.number(), Map.of("return", row.number(), "amount", amount.toPlainString(),
                "approval", approval));
    }

    /** The approval chain's decision, delivered through the outbox (in its transaction). */
    void decided(TransactionContext tx, String refundNumber, String status) {
        RefundMapper refunds = tx.mapper(RefundMapper.class);
        RefundRow refund = refunds.lock(refundNumber);
        boolean approved = "APPROVED".equals(status);
        if (refund == null || refunds.decide(refund.id(), approved ? "APPROVED" : "REJECTED") == 0) {
            return; // unknown or decided before: a redelivery
        }
        ReturnCaseRow row = tx.mapper(ReturnMapper.class).byId(refund.caseId());
        if (!approved) {
            refunds.addRefunded(refund.orderNumber(), refund.amount().negate());
            tx.audit("crm.refund-rejected", "refund", refundNumber, Map.of("return", row.number(), "approval", status));
            return;
        }
        Map<String, Object> details = new HashMap<>(Map.of("return", row.number(), "amount", refund.amount().toPlainString()));
        if (row.memberId() != null) {
            Map<Integer, Integer> quantities = new HashMap<>();
            for (ReturnLineRow line : tx.mapper(ReturnMapper.class).lines(row.id())) {
                quantities.put(line.lineNo(), line.quantity());
            }
            String cause = "refund:" + refundNumber;
            details.put("pointsReversed", ledger.reverse(tx, row.memberId(), row.orderNumber(), quantities, cause,
                    "refund " + refundNumber + " of return " + row.number()));
            BigDecimal orderGoods = tx.mapper(MemberOrderMapper.class).goodsAmount(row.orderNumber());
            if (orderGoods != null && orderGoods.signum() > 0) {
                details.put("pointsRestored", ledger.restoreSpent(tx, row.memberId(), row.orderNumber(),
                        row.goodsAmount().movePointRight(2).longValueExact(), orderGoods.movePointRight(2).longValueExact(), cause,
                        "points spent on order " + row.orderNumber() + " given back for refund " + refundNumber, ShopTime.today()));
            }
            tiers.review(tx, row.memberId(), ShopTime.today(), "refund " + refundNumber);
        }
        tx.audit("crm.refund-approved", "refund", refundNumber, details);
    }

    public RefundRow paid(String number, Payment payment, Actor actor) {
        Check.input().text("paymentReference", payment == null ? null : payment.paymentReference(), 100, true).validate();
        return transactions.inTransaction(actor, tx -> {
            RefundMapper refunds = tx.mapper(RefundMapper.class);
            RefundRow refund = refunds.lock(number);
            if (refund == null) {
                throw new NotFoundException("No refund " + number);
            }
            if (refunds.paid(refund.id(), actor.username(), payment.paymentReference().strip()) == 0) {
                throw new ConflictException("not-approved", "Refund " + number + " is " + refund.status() + ": only an approved refund is paid, once");
            }
            tx.mapper(ReturnMapper.class).setStatus(refund.caseId(), "CLOSED");
            tx.audit("crm.refund-paid", "refund", number, Map.of("amount", refund.amount().toPlainString(),
                    "paymentReference", payment.paymentReference().strip()));
            return refunds.byId(refund.id());
        });
    }

    public Page<RefundRow> search(String status, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        Check.input().rule(wanted == null || STATUSES.contains(wanted), "status", "must be REQUESTED, APPROVED, REJECTED or PAID").validate();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            RefundMapper refunds = tx.mapper(RefundMapper.class);
            return Page.of(refunds.search(wanted, beforeId, page.fetch(), page.offset()), page, refunds.count(wanted, page.countLimit()),
                    row -> Cursor.of(row.id()));
        });
    }

    public RefundRow get(String number) {
        RefundRow refund = transactions.read(tx -> tx.mapper(RefundMapper.class).find(number));
        if (refund == null) {
            throw new NotFoundException("No refund " + number);
        }
        return refund;
    }
}
