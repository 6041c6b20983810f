package io.mercato.siteops.impl.upload;

import io.mercato.warehouse.api.StockService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Available units per SKU over all warehouses, asked of the warehouse department (in one call) while it is installed. */
@Component(service = StockCheck.class)
public class StockCheck {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StockService stock;

    /** Available units per SKU, or empty when the warehouse is not installed (stock cannot be checked). */
    public Optional<Map<String, Integer>> available(List<String> skus) {
        StockService service = stock;
        if (service == null) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashMap<>(service.available(skus)));
    }
}
