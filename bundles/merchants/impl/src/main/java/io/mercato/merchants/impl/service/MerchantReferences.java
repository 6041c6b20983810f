package io.mercato.merchants.impl.service;

import io.mercato.platform.api.references.DocumentReferences;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What merchant onboarding holds of other departments' documents: commission lines of sales orders. */
@Component(service = DocumentReferences.class)
public class MerchantReferences implements DocumentReferences {
    private final MerchantsDatabase database;

    @Activate
    public MerchantReferences(@Reference MerchantsDatabase database) {
        this.database = database;
    }

    @Override
    public List<HeldReference> heldTo(String department) {
        if (!"delivery".equals(department)) {
            return List.of();
        }
        long count = database.transactions().read(tx -> tx.mapper(io.mercato.merchants.impl.persistence.CommissionMapper.class).linesNamingSalesOrders());
        return List.of(new HeldReference("merchants", "commission lines naming sales orders", count));
    }
}
