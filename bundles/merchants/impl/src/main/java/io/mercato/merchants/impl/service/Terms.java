package io.mercato.merchants.impl.service;

import io.mercato.merchants.api.MerchantDirectory;
import io.mercato.merchants.api.CommissionRate;
import io.mercato.merchants.api.MerchantEvents;
import io.mercato.merchants.api.MerchantInfo;
import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.merchants.impl.persistence.MerchantRow;
import io.mercato.merchants.impl.persistence.ProductRow;
import io.mercato.merchants.impl.persistence.RuleRow;
import io.mercato.merchants.impl.persistence.TermsMapper;
import io.mercato.merchants.impl.persistence.TermsRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cooperation terms and commission rules, each a new version that never rewrites the old ones; which rule applies and
 * why; and the products merchants submit, handed to the catalog through the outbox.
 */
@Component(service = {Terms.class, MerchantDirectory.class})
public class Terms implements MerchantDirectory {
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Transactions transactions;

    @Activate
    public Terms(@Reference MerchantsDatabase database) {
        this.transactions = database.transactions();
    }

    public List<TermsRow> addTerms(String code, TermsInput input, Actor actor) {
        Check.input()
                .rule("WEEKLY".equals(input.settlementCycle()) || "MONTHLY".equals(input.settlementCycle()), "settlementCycle",
                        "must be WEEKLY or MONTHLY")
                .money("deposit", input.deposit(), true)
                .required("validFrom", input.validFrom())
                .rule(input.validTo() == null || input.validFrom() == null || !input.validTo().isBefore(input.validFrom()), "validTo",
                        "must not be before validFrom")
                .text("note", input.note(), 1000, false)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            MerchantRow merchant = MerchantService.require(tx.mapper(MerchantMapper.class).lock(code), code);
            TermsMapper terms = tx.mapper(TermsMapper.class);
            int version = terms.addTerms(merchant.id(), input.settlementCycle(), input.deposit(), input.validFrom(), input.validTo(),
                    MerchantService.blank(input.note()), actor.username());
            tx.audit("merchant.terms-added", "merchant", code, Map.of("version", version, "terms", input));
            return terms.terms(merchant.id());
        });
    }

    public List<TermsRow> terms(String code) {
        return transactions.read(tx -> tx.mapper(TermsMapper.class).terms(
                MerchantService.require(tx.mapper(MerchantMapper.class).find(code), code).id()));
    }

    public RuleRow addRule(RuleInput input, Actor actor) {
        String merchant = MerchantService.blank(input.merchant());
        String category = MerchantService.blank(input.category());
        Check.input()
                .rule(merchant != null || category != null, "category", "a rule needs a merchant, a category or both")
                .rule(category == null || (category.length() <= 50 && !category.contains(",")), "category", "must be 1-50 characters without ','")
                .decimal("ratePercent", input.ratePercent(), 2, BigDecimal.ZERO, HUNDRED, true)
                .required("effectiveFrom", input.effectiveFrom())
                .text("note", input.note(), 500, false)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            Long merchantId = null;
            if (merchant != null) {
                MerchantRow row = tx.mapper(MerchantMapper.class).find(merchant);
                if (row == null) {
                    throw new ValidationException("merchant", "no merchant with code " + merchant);
                }
                merchantId = row.id();
            }
            TermsMapper terms = tx.mapper(TermsMapper.class);
            long id = terms.addRule(merchantId, category, input.ratePercent(), input.effectiveFrom(), MerchantService.blank(input.note()),
                    actor.username());
            RuleRow rule = terms.rule(id);
            tx.audit("merchant.commission-rule-added", "commission-rule", Long.toString(id), rule);
            return rule;
        });
    }

    public Page<RuleRow> rules(String merchant, String category, PageRequest page) {
        return transactions.read(tx -> {
            Long merchantId = null;
            String code = MerchantService.blank(merchant);
            if (code != null) {
                merchantId = MerchantService.require(tx.mapper(MerchantMapper.class).find(code), code).id();
            }
            TermsMapper terms = tx.mapper(TermsMapper.class);
            String cat = MerchantService.blank(category);
            return Page.of(terms.rules(merchantId, cat, page.fetch(), page.offset()), page, terms.countRules(merchantId, cat, page.countLimit()), null);
        });
    }

    @Override
    public Optional<CommissionRate> commissionRate(String merchantCode, String category, LocalDate date) {
        Check.input().required("merchant", MerchantService.blank(merchantCode)).required("category", MerchantService.blank(category))
                .required("date", date).validate();
        return transactions.read(tx -> {
            MerchantRow merchant = MerchantService.require(tx.mapper(MerchantMapper.class).find(merchantCode.strip()), merchantCode);
            return CommissionRules.choose(tx.mapper(TermsMapper.class).candidates(merchant.id(), category.strip(), date),
                    merchant.code(), category.strip(), date);
        });
    }

    @Override
    public Optional<MerchantInfo> merchant(String code) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(MerchantMapper.class).find(code)))
                .map(row -> new MerchantInfo(row.code(), row.companyName(), row.categories() == null || row.categories().isEmpty()
                        ? List.of() : Arrays.asList(row.categories().split(",")), row.status()));
    }

    /** A product submitted for listing: kept here, and handed to the catalog (site operations) through the outbox. */
    public ProductRow submitProduct(String code, ProductInput input, Actor actor) {
        Check.input()
                .code("merchantSku", input.merchantSku(), SKU, "1-64 letters, digits, '.', '_' or '-'")
                .text("title", input.title(), 200, true)
                .text("category", input.category(), 50, true)
                .money("price", input.price(), true)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            MerchantRow merchant = MerchantService.require(tx.mapper(MerchantMapper.class).lock(code), code);
            if (!"ACTIVE".equals(merchant.status())) {
                throw new ConflictException("merchant-not-active", "Merchant " + code + " is " + merchant.status()
                        + "; only an active merchant submits products");
            }
            if (merchant.categories() == null || !Arrays.asList(merchant.categories().split(",")).contains(input.category().strip())) {
                throw new ValidationException("category", "is not one of the merchant's categories: " + merchant.categories());
            }
            TermsMapper terms = tx.mapper(TermsMapper.class);
            Long id = terms.addProduct(merchant.id(), input.merchantSku(), input.title().strip(), input.category().strip(), input.price(),
                    actor.username());
            if (id == null) {
                throw new ConflictException("duplicate-sku", code + " already submitted a product with SKU " + input.merchantSku());
            }
            long event = tx.publish(MerchantEvents.PRODUCT_SUBMITTED, Map.of("merchant", code, "productId", id,
                    "merchantSku", input.merchantSku(), "title", input.title().strip(), "category", input.category().strip(),
                    "price", input.price().toPlainString()));
            terms.productPublished(id, event);
            tx.audit("merchant.product-submitted", "merchant", code, Map.of("product", id, "merchantSku", input.merchantSku()));
            return terms.products(merchant.id(), 1, 0).get(0);
        });
    }

    public Page<ProductRow> products(String code, PageRequest page) {
        return transactions.read(tx -> {
            MerchantRow merchant = MerchantService.require(tx.mapper(MerchantMapper.class).find(code), code);
            TermsMapper terms = tx.mapper(TermsMapper.class);
            return Page.of(terms.products(merchant.id(), page.fetch(), page.offset()), page, terms.countProducts(merchant.id()), null);
        });
    }
}
