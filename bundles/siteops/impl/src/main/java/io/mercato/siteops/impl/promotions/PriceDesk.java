package io.mercato.siteops.impl.promotions;

import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.api.PriceQuote;
import io.mercato.siteops.api.PriceService;
import io.mercato.siteops.impl.persistence.PricingMapper;
import io.mercato.siteops.impl.persistence.PricingRow;
import io.mercato.siteops.impl.persistence.PromotionMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PriceService}: the SKU's price from pricing with the promotions in force applied by {@link PromotionRules}. */
@Component(service = {PriceService.class, PriceDesk.class})
public class PriceDesk implements PriceService {
    private final Transactions transactions;
    private final Promotions promotions;

    @Activate
    public PriceDesk(@Reference SiteopsDatabase database, @Reference Promotions promotions) {
        this.transactions = database.transactions();
        this.promotions = promotions;
    }

    @Override
    public Optional<PriceQuote> price(String sku, String memberTier, Instant at, int quantity) {
        if (sku == null || at == null || quantity < 1) {
            return Optional.empty();
        }
        return transactions.read(tx -> {
            PricingRow pricing = tx.mapper(PricingMapper.class).pricing(sku);
            Long productId = tx.mapper(PromotionMapper.class).productOfSku(sku);
            if (pricing == null || pricing.price() == null || productId == null) {
                return Optional.empty();
            }
            String tier = memberTier == null || memberTier.isBlank() ? null : memberTier.strip().toUpperCase(java.util.Locale.ROOT);
            return Optional.of(PromotionRules.quote(sku, pricing.price(), promotions.inForce(tx, productId, at, tier), quantity));
        });
    }
}
