package io.mercato.siteops.impl.pricing;

import io.mercato.platform.api.Actor;
import static io.mercato.siteops.impl.support.Texts.json;
import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.api.PurchaseCost;
import io.mercato.procurement.api.PurchaseCosts;
import io.mercato.siteops.impl.persistence.CompetitorPriceRow;
import io.mercato.siteops.impl.persistence.PriceChangeRow;
import io.mercato.siteops.impl.persistence.PricingMapper;
import io.mercato.siteops.impl.persistence.PricingRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.pricing.PriceRules.Basis;
import io.mercato.siteops.impl.pricing.PriceRules.CompetitorPrice;
import io.mercato.siteops.impl.pricing.PriceRules.Method;
import io.mercato.siteops.impl.pricing.PriceRules.Plan;
import io.mercato.siteops.impl.pricing.PriceRules.Rounding;
import io.mercato.siteops.impl.pricing.PriceRules.Suggestion;
import io.mercato.siteops.impl.pricing.PricingInputs.BasisInput;
import io.mercato.siteops.impl.pricing.PricingInputs.CompetitorInput;
import io.mercato.siteops.impl.pricing.PricingInputs.PriceInput;
import io.mercato.siteops.impl.promotions.Promotions;
import io.mercato.siteops.impl.support.ShopTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Prices of SKUs (定价): cost (procurement's latest approved purchase price when procurement is installed and has one, else
 * entered), traditional-channel and competitors' prices, suggestions explained step by step, and price changes kept as
 * history. A price below the category's margin floor is a loss-leader: it waits for a supervisor through the approval chain.
 */
@Component(service = Pricing.class)
public class Pricing {
    public static final String CAPABILITY = "siteops.pricing";
    public static final String LOSS_LEADER = "loss-leader";
    static final String DEPARTMENT = "siteops";
    /** Competitors' prices older than this are not compared against. */
    private static final int COMPETITOR_DAYS = 90;
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");
    private final Transactions transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PurchaseCosts purchaseCosts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApprovalService approvals;

    /** A SKU's pricing as the pricing page shows it. */
    public record SkuPricing(PricingRow details, PurchaseCost purchaseCost, boolean procurementInstalled, List<CompetitorPriceRow> competitors,
                             BigDecimal marginPercent, PriceChangeRow pending, List<PriceChangeRow> history) {
    }

    private final Promotions promotions;

    @Activate
    public Pricing(@Reference SiteopsDatabase database, @Reference Promotions promotions) {
        this.transactions = database.transactions();
        this.promotions = promotions;
    }

    public SkuPricing get(String sku) {
        Optional<PurchaseCost> cost = purchaseCost(sku);
        return transactions.inTransaction(Actor.SYSTEM, tx -> {
            require(tx, sku);
            evaluate(tx, sku, cost);
            return view(tx, sku, cost);
        });
    }

    public SkuPricing setBasis(String sku, BasisInput input, Actor actor) {
        BasisInput given = input == null ? new BasisInput(null, null) : input;
        Check check = Check.input();
        money(check, "cost", given.cost(), 4, true);
        money(check, "traditionalPrice", given.traditionalPrice(), 2, false);
        check.validate();
        Optional<PurchaseCost> cost = purchaseCost(sku);
        return transactions.inTransaction(actor, tx -> {
            lock(tx, sku);
            tx.mapper(PricingMapper.class).basis(sku, given.cost(), given.traditionalPrice(), actor.username());
            tx.audit("siteops.pricing-basis", "sku", sku, Map.of("cost", String.valueOf(given.cost()), "traditionalPrice",
                    String.valueOf(given.traditionalPrice())));
            evaluate(tx, sku, cost);
            return view(tx, sku, cost);
        });
    }

    public SkuPricing addCompetitor(String sku, CompetitorInput input, Actor actor) {
        CompetitorInput given = input == null ? new CompetitorInput(null, null, null, null) : input;
        LocalDate today = ShopTime.today();
        Check check = Check.input().text("competitor", given.competitor(), 40, true).text("source", given.source(), 500, false)
                .rule(given.observedOn() == null || !given.observedOn().isAfter(today), "observedOn", "is in the future")
                .rule(given.observedOn() == null || given.observedOn().isAfter(today.minusYears(1)), "observedOn", "is more than a year ago");
        money(check, "price", given.price(), 2, true);
        check.rule(given.price() == null || given.price().signum() > 0, "price", "must be more than 0").validate();
        Optional<PurchaseCost> cost = purchaseCost(sku);
        return transactions.inTransaction(actor, tx -> {
            lock(tx, sku);
            LocalDate observed = given.observedOn() == null ? today : given.observedOn();
            tx.mapper(PricingMapper.class).competitor(sku, given.competitor().strip(), given.price(), observed, blank(given.source()), actor.username());
            tx.audit("siteops.competitor-price", "sku", sku, Map.of("competitor", given.competitor().strip(), "price", given.price().toPlainString(),
                    "observedOn", observed.toString()));
            evaluate(tx, sku, cost);
            return view(tx, sku, cost);
        });
    }

    /** What a plan would give, with its explanation; nothing is changed. */
    public Suggestion suggest(String sku, PriceInput input) {
        Plan plan = plan(input, false);
        Optional<PurchaseCost> cost = purchaseCost(sku);
        return transactions.read(tx -> {
            require(tx, sku);
            return PriceRules.suggest(basis(tx, sku, cost), plan);
        });
    }

    /** Sets a price: applied at once when at or above the floor; below it, a loss-leader request waits for approval. */
    public PriceChangeRow setPrice(String sku, PriceInput input, Actor actor) {
        Plan plan = plan(input, true);
        Optional<PurchaseCost> cost = purchaseCost(sku);
        return transactions.inTransaction(actor, tx -> {
            lock(tx, sku);
            PricingMapper pricing = tx.mapper(PricingMapper.class);
            PriceChangeRow pending = pricing.pending(sku);
            if (pending != null) {
                throw new ConflictException("price-pending", "SKU " + sku + " has loss-leader request " + pending.number() + " ("
                        + pending.price().toPlainString() + ") waiting for approval");
            }
            Basis basis = basis(tx, sku, cost);
            Suggestion suggestion = PriceRules.suggest(basis, plan);
            PricingRow current = pricing.pricing(sku);
            String status = suggestion.belowFloor() ? "PENDING" : "APPLIED";
            long id = pricing.change(sku, suggestion.price(), current.price(), basis.cost(), basis.costSource(), suggestion.floorPrice(),
                    plan.method().name(), json(suggestion.explanation()), input.reason().strip(), status, actor.username());
            PriceChangeRow change = pricing.changeById(id);
            if (suggestion.belowFloor()) {
                ApprovalService chain = approvals;
                if (chain == null) {
                    throw new ConflictException("approvals-unavailable", "The approval chain is not running: a price below the floor cannot be requested now");
                }
                long approval = chain.submit(new Submission(LOSS_LEADER, change.number(), "引流价 " + sku + " " + suggestion.price().toPlainString()
                        + "（底价 " + suggestion.floorPrice().toPlainString() + "）· " + input.reason().strip(), suggestion.price(), DEPARTMENT), actor).id();
                pricing.approval(id, approval);
                tx.audit("siteops.loss-leader-requested", "sku", sku, Map.of("change", change.number(), "price", suggestion.price().toPlainString(),
                        "floor", suggestion.floorPrice().toPlainString(), "approval", approval));
            } else {
                pricing.price(sku, suggestion.price(), id, actor.username());
                tx.audit("siteops.price-changed", "sku", sku, Map.of("change", change.number(), "price", suggestion.price().toPlainString(),
                        "previous", String.valueOf(current.price()), "reason", input.reason().strip()));
            }
            evaluated(tx, sku, basis);
            return pricing.changeById(id);
        });
    }

    /** The approval chain's decision on a loss-leader request (from the outbox, in its transaction); a redelivery is a no-op. */
    public void decided(TransactionContext tx, String number, String status) {
        PricingMapper pricing = tx.mapper(PricingMapper.class);
        PriceChangeRow change = pricing.lockChange(number);
        boolean approved = "APPROVED".equals(status);
        if (change == null || pricing.decide(change.id(), approved ? "APPLIED" : "REJECTED") == 0) {
            return;
        }
        if (approved) {
            pricing.price(change.sku(), change.price(), change.id(), change.requestedBy());
        }
        tx.audit(approved ? "siteops.loss-leader-approved" : "siteops.loss-leader-rejected", "sku", change.sku(),
                Map.of("change", number, "price", change.price().toPlainString(), "decision", status));
    }

    public Page<PricingRow> search(String q, String category, Boolean uncompetitive, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String categoryCode = category == null || category.isBlank() ? null : category.strip().toUpperCase(Locale.ROOT);
        boolean only = Boolean.TRUE.equals(uncompetitive);
        String after = page.after() == null ? null : Cursor.parts(page.after(), 1)[0];
        return transactions.read(tx -> {
            PricingMapper pricing = tx.mapper(PricingMapper.class);
            return Page.of(pricing.search(pattern, categoryCode, only, after, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> pricing.count(pattern, categoryCode, only, page.countLimit())),
                    row -> Cursor.of(row.sku()));
        });
    }

    private Basis basis(TransactionContext tx, String sku, Optional<PurchaseCost> purchase) {
        PricingRow row = tx.mapper(PricingMapper.class).pricing(sku);
        BigDecimal cost;
        String source;
        if (purchase.isPresent()) {
            cost = purchase.get().unitPrice();
            source = purchase.get().purchaseOrder() + " " + purchase.get().supplierCode();
        } else if (row.enteredCost() != null) {
            cost = row.enteredCost();
            source = "entered";
        } else {
            throw new ValidationException("cost", "SKU " + sku + " has no purchase cost: procurement has no approved order of it; enter the cost");
        }
        List<CompetitorPrice> competitors = tx.mapper(PricingMapper.class).latestCompetitors(sku, ShopTime.today().minusDays(COMPETITOR_DAYS))
                .stream().map(c -> new CompetitorPrice(c.competitor(), c.price())).toList();
        // The deepest cut approved promotions could make, measured on the current price: a new price is checked after it.
        return new Basis(cost, source, row.floorPercent(), competitors, row.price() == null ? BigDecimal.ZERO
                : promotions.deepestDiscountPercent(tx, sku, row.price()));
    }

    /** Stores the cost used, the floor and the uncompetitive flag, so the list can show and filter them. */
    private void evaluate(TransactionContext tx, String sku, Optional<PurchaseCost> purchase) {
        PricingMapper pricing = tx.mapper(PricingMapper.class);
        pricing.ensure(sku, tx.actor().username());
        Basis basis;
        try {
            basis = basis(tx, sku, purchase);
        } catch (ValidationException noCost) {
            pricing.evaluated(sku, null, null, null, false);
            return;
        }
        evaluated(tx, sku, basis);
    }

    /** Stores an evaluation from a basis already worked out (its cost, floor and competitors do not depend on the price). */
    private static void evaluated(TransactionContext tx, String sku, Basis basis) {
        Suggestion floor = PriceRules.suggest(basis, new Plan(Method.COST_PLUS, BigDecimal.ZERO, Rounding.CENTS));
        tx.mapper(PricingMapper.class).evaluated(sku, basis.cost(), basis.costSource(), floor.floorPrice(), floor.uncompetitive());
    }

    private SkuPricing view(TransactionContext tx, String sku, Optional<PurchaseCost> purchase) {
        PricingMapper pricing = tx.mapper(PricingMapper.class);
        PricingRow row = pricing.pricing(sku);
        BigDecimal margin = row.price() == null || row.cost() == null || row.cost().signum() == 0 ? null
                : row.price().subtract(row.cost()).multiply(BigDecimal.valueOf(100)).divide(row.cost(), 2, java.math.RoundingMode.HALF_UP);
        return new SkuPricing(row, purchase.orElse(null), purchaseCosts != null, pricing.competitorHistory(sku, 50), margin, pricing.pending(sku),
                pricing.history(sku, 50));
    }

    private Optional<PurchaseCost> purchaseCost(String sku) {
        PurchaseCosts costs = purchaseCosts;
        return costs == null ? Optional.empty() : costs.latest(sku).filter(cost -> "CNY".equals(cost.currency()));
    }

    private static Plan plan(PriceInput input, boolean setting) {
        PriceInput given = input == null ? new PriceInput(null, null, null, null, null, null) : input;
        String method = given.method() == null ? null : given.method().strip().toUpperCase(Locale.ROOT);
        String rounding = given.rounding() == null || given.rounding().isBlank() ? "CENTS" : given.rounding().strip().toUpperCase(Locale.ROOT);
        Check check = Check.input().required("method", method)
                .rule(method == null || List.of("COST_PLUS", "COMPETITOR", "FIXED").contains(method), "method", "must be COST_PLUS, COMPETITOR or FIXED")
                .rule(List.of("CENTS", "CHARM").contains(rounding), "rounding", "must be CENTS or CHARM")
                .text("reason", given.reason(), 200, setting);
        if ("COST_PLUS".equals(method)) {
            percent(check, "markupPercent", given.markupPercent(), BigDecimal.ZERO, new BigDecimal("1000"));
        } else if ("COMPETITOR".equals(method)) {
            percent(check, "competitorPercent", given.competitorPercent(), new BigDecimal("-90"), new BigDecimal("100"));
        } else if ("FIXED".equals(method)) {
            money(check, "price", given.price(), 2, true);
            check.rule(given.price() == null || given.price().signum() > 0, "price", "must be more than 0");
        }
        check.validate();
        BigDecimal figure = switch (method) {
            case "COST_PLUS" -> given.markupPercent();
            case "COMPETITOR" -> given.competitorPercent();
            default -> given.price();
        };
        return new Plan(Method.valueOf(method), figure, Rounding.valueOf(rounding));
    }

    private static void percent(Check check, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        check.required(field, value).rule(value == null || value.stripTrailingZeros().scale() <= 2, field, "has at most 2 decimals")
                .rule(value == null || (value.compareTo(min) >= 0 && value.compareTo(max) <= 0), field,
                        "must be from " + min.toPlainString() + " to " + max.toPlainString());
    }

    private static void money(Check check, String field, BigDecimal value, int decimals, boolean required) {
        check.decimal(field, value, decimals, BigDecimal.ZERO, MAX_PRICE, required);
    }

    private static void require(TransactionContext tx, String sku) {
        if (sku == null || tx.mapper(PricingMapper.class).pricing(sku) == null) {
            throw new NotFoundException("No SKU " + sku);
        }
    }

    private static void lock(TransactionContext tx, String sku) {
        require(tx, sku);
        tx.mapper(PricingMapper.class).ensure(sku, tx.actor().username());
        tx.mapper(PricingMapper.class).lock(sku);
    }
}
