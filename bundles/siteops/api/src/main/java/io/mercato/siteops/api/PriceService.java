package io.mercato.siteops.api;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The price of a SKU as the shop sells it: the price site operations set, with the promotions in force at a time for a
 * member tier applied (one per stack group, the highest priority first; groups stack). The delivery department may ask
 * it at order intake.
 */
@ProviderType
public interface PriceService {
    /**
     * The price of one unit of a SKU when buying {@code quantity} units (N-piece promotions apply from their N) at a time,
     * for a member tier (null: not a member); empty when the SKU has no price.
     */
    Optional<PriceQuote> price(String sku, String memberTier, Instant at, int quantity);

    /** As {@link #price(String, String, Instant, int)} for one unit. */
    default Optional<PriceQuote> price(String sku, String memberTier, Instant at) {
        return price(sku, memberTier, at, 1);
    }
}
