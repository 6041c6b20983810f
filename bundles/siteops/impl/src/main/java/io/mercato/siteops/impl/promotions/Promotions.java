package io.mercato.siteops.impl.promotions;

import io.mercato.platform.api.Money;
import io.mercato.platform.api.Actor;
import static io.mercato.siteops.impl.support.Texts.json;
import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.impl.persistence.CandidateRow;
import io.mercato.siteops.impl.persistence.CatalogMapper;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.EffectRow;
import io.mercato.siteops.impl.persistence.PricingMapper;
import io.mercato.siteops.impl.persistence.PricingRow;
import io.mercato.siteops.impl.persistence.PromotionMapper;
import io.mercato.siteops.impl.persistence.PromotionRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.promotions.PromotionRules.Candidate;
import io.mercato.siteops.impl.support.ShopTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Promotions (促销): planned with a schedule, approved at once up to the shop's discount limit and through the approval
 * chain above it, cancelled while not over; the calendar; the effect report (sales and margin during the promotion against
 * as many days just before it).
 */
@Component(service = Promotions.class)
public class Promotions {
    public static final String CAPABILITY = "siteops.promotion";
    static final String DOCUMENT_TYPE = "promotion-discount";
    private static final Set<String> KINDS = Set.of("PERCENT_OFF", "FIXED_PRICE", "SPEND_REDUCTION", "BUY_N");
    private static final Set<String> SCOPES = Set.of("PRODUCT", "CATEGORY", "ALL");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");
    private static final Pattern TIER = Pattern.compile("[A-Z0-9_-]{1,20}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PERCENT_OFF = new BigDecimal("99.99");
    private static final BigDecimal MAX_MONEY = new BigDecimal("99999999.99");
    private final Transactions transactions;
    private final PromotionSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApprovalService approvals;

    /** A promotion with its effect so far: sales and margin during it against as many days before it. */
    public record Promotion(PromotionRow details, BigDecimal discountPercent, Effect effect) {
    }

    public record Effect(LocalDate from, LocalDate to, int days, Window during, Window before, BigDecimal unitsChangePercent) {
    }

    public record Window(long units, BigDecimal revenue, BigDecimal marginPercent) {
    }

    @Activate
    public Promotions(@Reference SiteopsDatabase database, @Reference PromotionSettings settings) {
        this.transactions = database.transactions();
        this.settings = settings;
    }

    public Promotion create(PromotionInput input, Actor actor) {
        String kind = upper(input == null ? null : input.kind());
        String scope = upper(input == null ? null : input.scope());
        Check check = Check.input().text("name", input == null ? null : input.name(), 60, true).required("kind", kind)
                .rule(kind == null || KINDS.contains(kind), "kind", "must be PERCENT_OFF, FIXED_PRICE, SPEND_REDUCTION or BUY_N")
                .required("scope", scope).rule(scope == null || SCOPES.contains(scope), "scope", "must be PRODUCT, CATEGORY or ALL");
        if (input == null) {
            check.validate();
        }
        boolean percentOff = "PERCENT_OFF".equals(kind) || "BUY_N".equals(kind);
        // A percentage off is below 100; an amount off or a fixed price at least one fen.
        check.decimal("value", input.value(), Money.SCALE, Money.CENT, percentOff ? MAX_PERCENT_OFF : MAX_MONEY, true);
        if ("SPEND_REDUCTION".equals(kind)) {
            check.money("threshold", input.threshold(), true, MAX_MONEY).rule(input.threshold() == null || input.value() == null
                    || input.threshold().compareTo(input.value()) > 0, "threshold", "must be more than the reduction");
        }
        if ("BUY_N".equals(kind)) {
            check.required("minQuantity", input.minQuantity()).rule(input.minQuantity() == null || (input.minQuantity() >= 2 && input.minQuantity() <= 100),
                    "minQuantity", "must be 2 to 100");
        }
        List<String> products = input.products() == null ? List.of() : input.products().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        List<String> tiers = input.memberTiers() == null ? List.of() : input.memberTiers().stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toUpperCase(Locale.ROOT)).toList();
        check.rule(!"PRODUCT".equals(scope) || !products.isEmpty(), "products", "are required for a promotion of products")
                .rule(products.size() <= 200, "products", "are at most 200")
                .rule(!"CATEGORY".equals(scope) || (input.category() != null && !input.category().isBlank()), "category", "is required for a category")
                .rule(!"FIXED_PRICE".equals(kind) || "PRODUCT".equals(scope), "scope", "a fixed price is for products only")
                .rule(tiers.size() <= 10 && tiers.stream().allMatch(t -> TIER.matcher(t).matches()), "memberTiers", "are at most 10 tier codes like GOLD")
                .text("occasion", input.occasion(), 40, false)
                .required("startsAt", input.startsAt()).required("endsAt", input.endsAt())
                .rule(input.startsAt() == null || input.endsAt() == null || input.endsAt().isAfter(input.startsAt()), "endsAt", "must be after startsAt")
                .rule(input.endsAt() == null || input.endsAt().toInstant().isAfter(Instant.now()), "endsAt", "is in the past")
                .rule(input.startsAt() == null || input.endsAt() == null || ChronoUnit.DAYS.between(input.startsAt(), input.endsAt()) <= 366,
                        "endsAt", "a promotion lasts at most a year")
                .rule(input.stackGroup() == null || input.stackGroup().isBlank() || GROUP.matcher(input.stackGroup().strip()).matches(), "stackGroup",
                        "is 1 to 30 lower-case letters, digits or '-'")
                .rule(input.priority() == null || Math.abs(input.priority()) <= 1000, "priority", "must be from -1000 to 1000")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            Long categoryId = null;
            if ("CATEGORY".equals(scope)) {
                CategoryRow category = tx.mapper(CatalogMapper.class).category(input.category().strip().toUpperCase(Locale.ROOT));
                if (category == null) {
                    throw new ValidationException("category", "is no category");
                }
                categoryId = category.id();
            }
            PromotionMapper promotions = tx.mapper(PromotionMapper.class);
            if (promotions.countProducts(json(products)) != products.stream().distinct().count()) {
                throw new ValidationException("products", "name a product that does not exist");
            }
            BigDecimal depth = discountPercent(tx, kind, input.value(), input.threshold(), products);
            boolean needsApproval = depth.compareTo(settings.approvalAbovePercent()) > 0;
            long id = promotions.insert(input.name().strip(), kind, input.value(), input.threshold(), input.minQuantity(), scope, json(products), categoryId,
                    json(tiers), blank(input.occasion()), input.startsAt().toInstant(), input.endsAt().toInstant(),
                    input.stackGroup() == null || input.stackGroup().isBlank() ? "default" : input.stackGroup().strip(),
                    input.priority() == null ? 0 : input.priority(), needsApproval ? "PENDING_APPROVAL" : "APPROVED", actor.username());
            PromotionRow row = promotions.byId(id);
            if (needsApproval) {
                ApprovalService chain = approvals;
                if (chain == null) {
                    throw new ConflictException("approvals-unavailable", "The approval chain is not running: a promotion above "
                            + settings.approvalAbovePercent().toPlainString() + " % off cannot be requested now");
                }
                long approval = chain.submit(new Submission(DOCUMENT_TYPE, row.number(), "促销 " + row.number() + " " + row.name() + "：" + depth.toPlainString()
                        + "% off（上限 " + settings.approvalAbovePercent().toPlainString() + "%）", depth, "siteops"), actor).id();
                promotions.approval(id, approval);
            }
            tx.audit("siteops.promotion-created", "promotion", row.number(), Map.of("kind", kind, "discountPercent", depth.toPlainString(),
                    "status", row.status()));
            return view(tx, promotions.byId(id));
        });
    }

    public Promotion cancel(String number, String reason, Actor actor) {
        Check.input().text("reason", reason, 200, true).validate();
        return transactions.inTransaction(actor, tx -> {
            PromotionMapper promotions = tx.mapper(PromotionMapper.class);
            PromotionRow row = promotions.lock(number);
            if (row == null) {
                throw new NotFoundException("No promotion " + number);
            }
            if (!row.endsAt().isAfter(Instant.now()) || (promotions.status(row.id(), "APPROVED", "CANCELLED") == 0
                    && promotions.status(row.id(), "PENDING_APPROVAL", "CANCELLED") == 0)) {
                throw new ConflictException("promotion-closed", "Promotion " + number + " is " + row.status() + (row.endsAt().isAfter(Instant.now())
                        ? "" : " and over"));
            }
            tx.audit("siteops.promotion-cancelled", "promotion", number, Map.of("reason", reason.strip()));
            return view(tx, promotions.byId(row.id()));
        });
    }

    /** The approval chain's decision on a promotion above the limit (from the outbox); a redelivery is a no-op. */
    public void decided(TransactionContext tx, String number, String status) {
        PromotionMapper promotions = tx.mapper(PromotionMapper.class);
        PromotionRow row = promotions.lock(number);
        boolean approved = "APPROVED".equals(status);
        if (row != null && promotions.status(row.id(), "PENDING_APPROVAL", approved ? "APPROVED" : "REJECTED") == 1) {
            tx.audit(approved ? "siteops.promotion-approved" : "siteops.promotion-rejected", "promotion", number, Map.of("decision", status));
        }
    }

    public Promotion get(String number) {
        return transactions.read(tx -> {
            PromotionRow row = number == null ? null : tx.mapper(PromotionMapper.class).promotion(number);
            if (row == null) {
                throw new NotFoundException("No promotion " + number);
            }
            return view(tx, row);
        });
    }

    /** The calendar: promotions overlapping the days from {@code from} for {@code days} days. */
    public List<PromotionRow> calendar(LocalDate from, int days, String status) {
        String wanted = upper(status);
        Check.input().rule(days >= 1 && days <= 366, "days", "must be 1 to 366")
                .rule(wanted == null || Set.of("PENDING_APPROVAL", "APPROVED", "REJECTED", "CANCELLED").contains(wanted), "status",
                        "must be PENDING_APPROVAL, APPROVED, REJECTED or CANCELLED").validate();
        Instant start = from.atStartOfDay(ShopTime.ZONE).toInstant();
        return transactions.read(tx -> tx.mapper(PromotionMapper.class).overlapping(start, from.plusDays(days).atStartOfDay(ShopTime.ZONE).toInstant(), wanted));
    }

    /** Promotions in force for a SKU's product at a time and tier, as the price rules take them. */
    public List<Candidate> inForce(TransactionContext tx, long productId, Instant at, String tier) {
        return tx.mapper(PromotionMapper.class).inForce(productId, at, tier).stream().map(Promotions::candidate).toList();
    }

    /** The deepest discount approved promotions that have not ended could give a SKU's unit (for pricing's floor check). */
    public BigDecimal deepestDiscountPercent(TransactionContext tx, String sku, BigDecimal basePrice) {
        Long productId = tx.mapper(PromotionMapper.class).productOfSku(sku);
        if (productId == null || basePrice == null) {
            return BigDecimal.ZERO;
        }
        return PromotionRules.deepestDiscountPercent(basePrice, tx.mapper(PromotionMapper.class).notEnded(productId).stream()
                .map(Promotions::candidate).toList());
    }

    private Promotion view(TransactionContext tx, PromotionRow row) {
        List<String> products = row.products() == null ? List.of() : List.of(row.products().split(","));
        BigDecimal depth = discountPercent(tx, row.kind(), row.value(), row.threshold(), products);
        LocalDate today = ShopTime.today();
        LocalDate from = LocalDate.ofInstant(row.startsAt(), ShopTime.ZONE);
        LocalDate end = LocalDate.ofInstant(row.endsAt().minusNanos(1), ShopTime.ZONE);
        LocalDate to = end.isAfter(today) ? today : end;
        if (to.isBefore(from)) {
            return new Promotion(row, depth, null);
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        PromotionMapper promotions = tx.mapper(PromotionMapper.class);
        Window during = window(promotions.effect(row.id(), from, to));
        Window before = window(promotions.effect(row.id(), from.minusDays(days), from.minusDays(1)));
        BigDecimal change = before.units() == 0 ? null : BigDecimal.valueOf(during.units() - before.units()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(before.units()), 1, RoundingMode.HALF_UP);
        return new Promotion(row, depth, new Effect(from, to, days, during, before, change));
    }

    private static Window window(EffectRow row) {
        BigDecimal margin = row.cost().signum() == 0 ? null : row.revenue().subtract(row.cost()).multiply(HUNDRED).divide(row.cost(), 2, RoundingMode.HALF_UP);
        return new Window(row.units(), row.revenue(), margin);
    }

    /** How deep a promotion cuts: its percentage, a reduction's share of its threshold, or a fixed price's cut on the dearest SKU. */
    private static BigDecimal discountPercent(TransactionContext tx, String kind, BigDecimal value, BigDecimal threshold, List<String> products) {
        return switch (kind) {
            case "PERCENT_OFF", "BUY_N" -> value;
            case "SPEND_REDUCTION" -> value.multiply(HUNDRED).divide(threshold, 2, RoundingMode.HALF_UP);
            default -> {
                BigDecimal deepest = BigDecimal.ZERO;
                for (String product : products) {
                    for (var sku : tx.mapper(CatalogMapper.class).skus(product)) {
                        PricingRow pricing = tx.mapper(PricingMapper.class).pricing(sku.sku());
                        if (pricing != null && pricing.price() != null && pricing.price().compareTo(value) > 0) {
                            deepest = deepest.max(pricing.price().subtract(value).multiply(HUNDRED).divide(pricing.price(), 2, RoundingMode.HALF_UP));
                        }
                    }
                }
                yield deepest;
            }
        };
    }

    private static Candidate candidate(CandidateRow row) {
        return new Candidate(row.id(), row.number(), row.name(), row.kind(), row.value(), row.threshold(), row.minQuantity(), row.stackGroup(),
                row.priority());
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
