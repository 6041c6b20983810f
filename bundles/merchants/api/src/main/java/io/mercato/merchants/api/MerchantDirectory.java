package io.mercato.merchants.api;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Third-party merchants (联营商家) as other departments read them: site operations, finance, customer service. */
@ProviderType
public interface MerchantDirectory {
    Optional<MerchantInfo> merchant(String code);

    /**
     * The commission that applies to a merchant's sales in a category on a date: the most specific rule in force then
     * (merchant and category, then category, then the merchant's default), with why; empty when no rule applies.
     */
    Optional<CommissionRate> commissionRate(String merchantCode, String category, LocalDate date);
}
