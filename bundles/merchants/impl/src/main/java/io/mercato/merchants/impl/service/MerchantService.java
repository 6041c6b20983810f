package io.mercato.merchants.impl.service;

import io.mercato.merchants.api.MerchantEvents;
import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.merchants.impl.persistence.MerchantRow;
import io.mercato.merchants.impl.persistence.TermsMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.ApprovalStatus;
import io.mercato.platform.api.approval.ApprovalStep;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Merchants and their status: applied (pending) → under review (the approval chain) → active or rejected; active ↔
 * suspended (reversible); terminated. The status changes only through these commands; each is recorded with who and
 * why, audited, and published ({@link MerchantEvents#STATUS_CHANGED}). Suspension hides the merchant's listed products
 * (and would hold its settlements); reinstating shows them again but publishes nothing still waiting for review.
 */
@Component(service = MerchantService.class)
public class MerchantService {
    public static final String CAPABILITY = "merchants.onboarding";
    static final String DOCUMENT_TYPE = "merchant-application";
    static final String DEPARTMENT = "merchants";
    static final Set<String> STATUSES = Set.of("PENDING", "UNDER_REVIEW", "ACTIVE", "SUSPENDED", "TERMINATED", "REJECTED");
    private final Transactions transactions;
    private final ApprovalService approvals;
    private final OrgDirectory org;

    @Activate
    public MerchantService(@Reference MerchantsDatabase database, @Reference ApprovalService approvals, @Reference OrgDirectory org) {
        this.transactions = database.transactions();
        this.approvals = approvals;
        this.org = org;
    }

    public Merchant apply(MerchantApplication application, Actor actor) {
        validate(application);
        String owner = org.departmentOwning(CAPABILITY).orElse(null);
        return transactions.inTransaction(actor, tx -> {
            MerchantMapper merchants = tx.mapper(MerchantMapper.class);
            String code = merchants.insert(application.companyName().strip(), application.licenceNumber().strip(),
                    application.contactName().strip(), blank(application.contactPhone()), blank(application.contactEmail()),
                    String.join(",", categories(application)), blank(application.requestedTerms()), owner, actor.username());
            if (code == null) {
                throw new ConflictException("duplicate-licence", "A merchant with licence number " + application.licenceNumber().strip()
                        + " has already applied");
            }
            MerchantRow row = merchants.find(code);
            merchants.recordChange(row.id(), null, "PENDING", null, actor.username());
            return changed(tx, row, null, "PENDING", null, "merchant.applied");
        });
    }

    /** Sends a pending application to the approval chain; a decision comes back through the outbox. */
    public Merchant review(String code, Actor actor) {
        MerchantRow pending = transactions.read(tx -> require(tx.mapper(MerchantMapper.class).find(code), code));
        requireStatus(pending, Set.of("PENDING"), "sent for review");
        Approval approval = approvals.submit(new Submission(DOCUMENT_TYPE, code, pending.companyName() + " (" + pending.licenceNumber() + ")",
                null, DEPARTMENT), actor);
        return transactions.inTransaction(actor, tx -> {
            MerchantMapper merchants = tx.mapper(MerchantMapper.class);
            MerchantRow row = require(merchants.lock(code), code);
            requireStatus(row, Set.of("PENDING"), "sent for review");
            merchants.setApproval(row.id(), approval.id());
            Merchant reviewed = move(tx, row, "UNDER_REVIEW", null, "merchant.review-requested");
            if (approval.status() == ApprovalStatus.APPROVED) {
                return move(tx, require(merchants.find(code), code), "ACTIVE", null, "merchant.approved");
            }
            return reviewed;
        });
    }

    public Merchant suspend(String code, String reason, Actor actor) {
        return command(code, Set.of("ACTIVE"), "SUSPENDED", reason, true, actor, "merchant.suspended", "LISTED", "HIDDEN");
    }

    public Merchant reinstate(String code, Actor actor) {
        return command(code, Set.of("SUSPENDED"), "ACTIVE", null, false, actor, "merchant.reinstated", "HIDDEN", "LISTED");
    }

    public Merchant terminate(String code, String reason, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            Merchant ended = commandIn(tx, code, Set.of("ACTIVE", "SUSPENDED"), "TERMINATED", reason, true, "merchant.terminated");
            MerchantRow row = tx.mapper(MerchantMapper.class).find(code);
            tx.mapper(TermsMapper.class).moveProducts(row.id(), "LISTED", "WITHDRAWN");
            tx.mapper(TermsMapper.class).moveProducts(row.id(), "HIDDEN", "WITHDRAWN");
            return ended;
        });
    }

    /** A final decision of the approval chain, inside the outbox delivery's transaction; a stale one changes nothing. */
    void decided(TransactionContext tx, long approvalId, String code, String status) {
        MerchantMapper merchants = tx.mapper(MerchantMapper.class);
        MerchantRow row = merchants.lock(code);
        if (row == null || !"UNDER_REVIEW".equals(row.status()) || row.approvalId() == null || row.approvalId() != approvalId) {
            return;
        }
        String comment = lastComment(approvalId);
        switch (ApprovalStatus.valueOf(status)) {
            case APPROVED -> move(tx, row, "ACTIVE", comment, "merchant.approved");
            case REJECTED -> move(tx, row, "REJECTED", comment == null ? "rejected in review" : comment, "merchant.rejected");
            default -> move(tx, row, "PENDING", comment, "merchant.sent-back");
        }
    }

    public Merchant get(String code) {
        return transactions.read(tx -> {
            MerchantMapper merchants = tx.mapper(MerchantMapper.class);
            MerchantRow row = require(merchants.find(code), code);
            return Merchant.of(row, merchants.history(row.id()));
        });
    }

    public Page<Merchant> search(String q, String status, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String state = blank(status);
        Check.input().rule(state == null || STATUSES.contains(state), "status",
                "must be one of " + String.join(", ", STATUSES.stream().sorted().toList())).validate();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            MerchantMapper merchants = tx.mapper(MerchantMapper.class);
            return Page.of(merchants.search(pattern, state, beforeId, page.fetch(), page.offset()), page,
                    merchants.count(pattern, state, page.countLimit()), row -> Cursor.of(row.id()))
                    .map(row -> Merchant.of(row, List.of()));
        });
    }

    static MerchantRow require(MerchantRow row, String code) {
        if (row == null) {
            throw new NotFoundException("No merchant " + code);
        }
        return row;
    }

    private Merchant command(String code, Set<String> from, String to, String reason, boolean reasonRequired, Actor actor,
                             String action, String productsFrom, String productsTo) {
        return transactions.inTransaction(actor, tx -> {
            Merchant changed = commandIn(tx, code, from, to, reason, reasonRequired, action);
            tx.mapper(TermsMapper.class).moveProducts(tx.mapper(MerchantMapper.class).find(code).id(), productsFrom, productsTo);
            return changed;
        });
    }

    private Merchant commandIn(TransactionContext tx, String code, Set<String> from, String to, String reason, boolean reasonRequired,
                               String action) {
        Check.input().text("reason", reason, 500, reasonRequired).validate();
        MerchantRow row = require(tx.mapper(MerchantMapper.class).lock(code), code);
        requireStatus(row, from, "changed to " + to);
        return move(tx, row, to, reason == null ? null : reason.strip(), action);
    }

    private static Merchant move(TransactionContext tx, MerchantRow row, String to, String reason, String action) {
        MerchantMapper merchants = tx.mapper(MerchantMapper.class);
        merchants.setStatus(row.id(), to, reason);
        merchants.recordChange(row.id(), row.status(), to, reason, tx.actor().username());
        return changed(tx, merchants.find(row.code()), row.status(), to, reason, action);
    }

    private static Merchant changed(TransactionContext tx, MerchantRow row, String from, String to, String reason, String action) {
        Map<String, Object> change = new HashMap<>();
        change.put("merchant", row.code());
        change.put("from", from == null ? "" : from);
        change.put("to", to);
        change.put("reason", reason == null ? "" : reason);
        tx.audit(action, "merchant", row.code(), change);
        tx.publish(MerchantEvents.STATUS_CHANGED, change);
        return Merchant.of(row, tx.mapper(MerchantMapper.class).history(row.id()));
    }

    private String lastComment(long approvalId) {
        List<ApprovalStep> steps = approvals.get(approvalId).steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).comment() != null && !steps.get(i).comment().isBlank()) {
                return steps.get(i).comment();
            }
        }
        return null;
    }

    private static void requireStatus(MerchantRow row, Set<String> allowed, String what) {
        if (!allowed.contains(row.status())) {
            throw new ConflictException("merchant-" + row.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Merchant " + row.code() + " is " + row.status() + " and cannot be " + what);
        }
    }

    private static void validate(MerchantApplication application) {
        Check check = Check.input()
                .text("companyName", application.companyName(), 200, true)
                .text("licenceNumber", application.licenceNumber(), 30, true)
                .rule(application.licenceNumber() == null || application.licenceNumber().strip().matches("[0-9A-Z]{8,30}"),
                        "licenceNumber", "must be the licence's 8-30 digits and capital letters (e.g. a unified social credit code)")
                .text("contactName", application.contactName(), 100, true)
                .text("contactPhone", application.contactPhone(), 40, false)
                .text("contactEmail", application.contactEmail(), 200, false)
                .rule(application.contactEmail() == null || application.contactEmail().isBlank()
                        || application.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+"), "contactEmail", "must be an e-mail address")
                .text("requestedTerms", application.requestedTerms(), 2000, false);
        List<String> categories = application.categories() == null ? List.of() : application.categories();
        check.rule(!categories.isEmpty(), "categories", "at least one category is required")
                .rule(categories.size() <= 50, "categories", "must be at most 50");
        for (String category : categories) {
            check.rule(category != null && !category.isBlank() && category.strip().length() <= 50 && !category.contains(","),
                    "categories", "each must be 1-50 characters without ','");
        }
        check.validate();
    }

    private static List<String> categories(MerchantApplication application) {
        return application.categories().stream().map(String::strip).distinct().toList();
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
