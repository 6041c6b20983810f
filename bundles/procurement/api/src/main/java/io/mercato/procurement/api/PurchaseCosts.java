package io.mercato.procurement.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Purchase costs for other departments, e.g. site operations pricing on cost. */
@ProviderType
public interface PurchaseCosts {
    /** The latest cost of a SKU from approved (or later) purchase orders; empty when it was never ordered. */
    Optional<PurchaseCost> latest(String sku);
}
