package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.allocation.Allocator;
import io.mercato.warehouse.api.StockService;
import io.mercato.warehouse.api.WarehouseDirectory;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The warehouse department as delivery sees it: present or not, at any moment. Without it orders are taken in and
 * reviewed as usual and wait for stock; the outbox hands them to the allocation once it is back.
 */
@Component(service = StockLink.class)
public class StockLink {
    private final DeliveryDatabase database;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile StockService stock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile WarehouseDirectory warehouses;

    @Activate
    public StockLink(@Reference DeliveryDatabase database) {
        this.database = database;
    }

    /** An allocator over the warehouse as it is now, or empty while the warehouse department is not installed. */
    public Optional<Allocator> allocator() {
        StockService stockNow = stock;
        WarehouseDirectory warehousesNow = warehouses;
        return stockNow == null || warehousesNow == null ? Optional.empty()
                : Optional.of(new Allocator(database.transactions(), stockNow, warehousesNow));
    }
}
