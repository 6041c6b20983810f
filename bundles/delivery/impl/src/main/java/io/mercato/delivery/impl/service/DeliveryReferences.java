package io.mercato.delivery.impl.service;

import io.mercato.platform.api.references.DocumentReferences;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What delivery holds of other departments' documents: order lines of merchants' goods. */
@Component(service = DocumentReferences.class)
public class DeliveryReferences implements DocumentReferences {
    private final DeliveryDatabase database;

    @Activate
    public DeliveryReferences(@Reference DeliveryDatabase database) {
        this.database = database;
    }

    @Override
    public List<HeldReference> heldTo(String department) {
        if (!"merchants".equals(department)) {
            return List.of();
        }
        long count = database.transactions().read(tx -> tx.mapper(io.mercato.delivery.impl.persistence.OrderMapper.class).linesNamingMerchants());
        return List.of(new HeldReference("delivery", "sales order lines naming merchants", count));
    }
}
