package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.references.DocumentReferences;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the warehouse holds of other departments' documents: receipts posted from purchase orders. */
@Component(service = DocumentReferences.class)
public class WarehouseReferences implements DocumentReferences {
    private final WarehouseDatabase database;

    @Activate
    public WarehouseReferences(@Reference WarehouseDatabase database) {
        this.database = database;
    }

    @Override
    public List<HeldReference> heldTo(String department) {
        if (!"procurement".equals(department)) {
            return List.of();
        }
        long count = database.transactions().read(tx -> tx.mapper(io.mercato.warehouse.impl.persistence.StockMapper.class).receiptsNamingPurchaseOrders());
        return List.of(new HeldReference("warehouse", "stock receipts naming purchase order receipts", count));
    }
}
