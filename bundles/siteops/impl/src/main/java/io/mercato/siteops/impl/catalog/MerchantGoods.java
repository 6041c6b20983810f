package io.mercato.siteops.impl.catalog;

import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.impl.persistence.CatalogMapper;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.MerchantGoodsMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.persistence.SubmissionRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Merchants' goods as merchant onboarding reports them through its outbox: a submitted product waits until the catalog
 * team takes it in (a draft of the merchant's goods with its SKU, on its way through the upload chain like any other) or
 * declines it with a reason; a merchant's suspension holds its listed goods off the site until it is active again, its
 * termination delists them for good.
 */
@Component(service = MerchantGoods.class)
public class MerchantGoods {
    static final Set<String> STATUSES = Set.of("PENDING", "ACCEPTED", "DECLINED");
    private final Transactions transactions;

    @Reference
    private MerchantStandings merchants;

    @Activate
    public MerchantGoods(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
    }

    /** The catalog's choice for a submission: our category and SKU code (default: the merchant's SKU code). */
    public record AcceptInput(String category, String sku, String comment) {
    }

    /** A decline's reason, told to whoever looks at the submission. */
    public record DeclineInput(String reason) {
    }

    /** A submission from merchant onboarding's outbox, kept once. */
    public void received(TransactionContext tx, String merchant, long productId, String merchantSku, String title, String category,
                         BigDecimal price) {
        if (tx.mapper(MerchantGoodsMapper.class).receive(merchant, productId, merchantSku, title, category, price) == 1) {
            tx.audit("siteops.merchant-product-received", "merchant", merchant, Map.of("merchantProduct", productId, "merchantSku", merchantSku));
        }
    }

    /** A merchant's new status: suspended holds its listed goods off the site, terminated delists them, active brings held ones back. */
    public void statusChanged(TransactionContext tx, String merchant, String to, String reason) {
        MerchantGoodsMapper goods = tx.mapper(MerchantGoodsMapper.class);
        List<String> changed;
        String action;
        switch (to) {
            case "SUSPENDED" -> {
                changed = goods.holdListed(merchant, true);
                action = "siteops.merchant-goods-held";
            }
            case "TERMINATED" -> {
                changed = goods.holdListed(merchant, false);
                goods.clearHolds(merchant);
                action = "siteops.merchant-goods-delisted";
            }
            case "ACTIVE" -> {
                changed = goods.releaseHeld(merchant);
                goods.clearHolds(merchant);
                action = "siteops.merchant-goods-released";
            }
            default -> {
                return;
            }
        }
        if (!changed.isEmpty()) {
            tx.audit(action, "merchant", merchant, Map.of("products", changed, "reason", reason == null ? "" : reason));
        }
    }

    /**
     * A merchant's product just listed while the merchant is not selling goes off the site at once: held until a suspended
     * merchant is reinstated, for good when it was terminated (as its listed goods were when that happened).
     */
    public void holdIfMerchantAway(TransactionContext tx, long productId, String productCode, String merchant) {
        MerchantStandings.Standing standing = merchants.of(merchant);
        if (!standing.notSelling()) {
            return;
        }
        boolean suspended = "SUSPENDED".equals(standing.status());
        tx.mapper(MerchantGoodsMapper.class).holdProduct(productId, suspended);
        tx.audit(suspended ? "siteops.merchant-goods-held" : "siteops.merchant-goods-delisted", "merchant", merchant,
                Map.of("products", List.of(productCode), "reason", "listed while the merchant is " + standing.status()));
    }

    public Page<SubmissionRow> list(String status, String merchant, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        Check.input().rule(wanted == null || STATUSES.contains(wanted), "status", "must be PENDING, ACCEPTED or DECLINED").validate();
        String code = blank(merchant);
        return transactions.read(tx -> {
            MerchantGoodsMapper goods = tx.mapper(MerchantGoodsMapper.class);
            return Page.of(goods.list(wanted, code, page.fetch(), page.offset()), page, goods.count(wanted, code, page.countLimit()), null);
        });
    }

    /** Takes a submission in as a draft of the merchant's goods with one SKU carrying the merchant's SKU code. */
    public SubmissionRow accept(long id, AcceptInput input, Actor actor) {
        AcceptInput given = input == null ? new AcceptInput(null, null, null) : input;
        Check.input().text("category", given.category(), 30, true)
                .rule(given.sku() == null || given.sku().isBlank() || Products.SKU.matcher(given.sku().strip()).matches(), "sku",
                        "must be 1 to 64 letters, digits, '.', '_' or '-'")
                .text("comment", given.comment(), 500, false).validate();
        return transactions.inTransaction(actor, tx -> {
            MerchantGoodsMapper goods = tx.mapper(MerchantGoodsMapper.class);
            SubmissionRow submission = pending(goods, id);
            checkSelling(submission.merchantCode());
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            CategoryRow category = catalog.category(given.category().strip().toUpperCase(Locale.ROOT));
            if (category == null) {
                throw new ValidationException("category", "is no category");
            }
            String sku = given.sku() == null || given.sku().isBlank() ? submission.merchantSku() : given.sku().strip();
            long productId = catalog.insertProduct(category.id(), submission.merchantCode(), submission.title(), blank(given.comment()),
                    actor.username());
            if (catalog.insertSku(sku, productId, "{}", submission.merchantSku(), null, actor.username()) == 0) {
                throw new ConflictException("sku-exists", "SKU " + sku + " is taken: choose another SKU code for this product");
            }
            goods.decide(id, "ACCEPTED", productId, null, actor.username());
            SubmissionRow decided = goods.find(id);
            tx.audit("siteops.merchant-product-accepted", "product", decided.productCode(), Map.of("merchant", submission.merchantCode(),
                    "merchantSku", submission.merchantSku(), "sku", sku));
            return decided;
        });
    }

    public SubmissionRow decline(long id, DeclineInput input, Actor actor) {
        String reason = input == null ? null : blank(input.reason());
        Check.input().text("reason", reason, 500, true).validate();
        return transactions.inTransaction(actor, tx -> {
            MerchantGoodsMapper goods = tx.mapper(MerchantGoodsMapper.class);
            SubmissionRow submission = pending(goods, id);
            goods.decide(id, "DECLINED", null, reason, actor.username());
            tx.audit("siteops.merchant-product-declined", "merchant", submission.merchantCode(), Map.of("merchantSku", submission.merchantSku(),
                    "reason", reason));
            return goods.find(id);
        });
    }

    private static SubmissionRow pending(MerchantGoodsMapper goods, long id) {
        SubmissionRow submission = goods.lock(id);
        if (submission == null) {
            throw new NotFoundException("No merchant submission " + id);
        }
        if (!"PENDING".equals(submission.status())) {
            throw new ConflictException("decided", "Submission " + id + " was already " + submission.status().toLowerCase(Locale.ROOT)
                    + " by " + submission.decidedBy());
        }
        return submission;
    }

    private void checkSelling(String merchant) {
        MerchantStandings.Standing standing = merchants.of(merchant);
        if (standing.notSelling()) {
            throw new ConflictException("merchant-not-selling", "Merchant " + merchant + " is " + standing.status()
                    + ": its goods are taken in once it is active again");
        }
    }
}
