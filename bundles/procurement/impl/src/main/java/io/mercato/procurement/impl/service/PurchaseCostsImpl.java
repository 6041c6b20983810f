package io.mercato.procurement.impl.service;

import io.mercato.platform.api.persistence.Transactions;
import io.mercato.procurement.api.PurchaseCost;
import io.mercato.procurement.api.PurchaseCosts;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Purchase costs from approved purchase orders, for site operations' pricing. */
@Component(service = PurchaseCosts.class)
public class PurchaseCostsImpl implements PurchaseCosts {
    private final Transactions transactions;

    @Activate
    public PurchaseCostsImpl(@Reference ProcurementDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public Optional<PurchaseCost> latest(String sku) {
        return sku == null ? Optional.empty() : transactions.read(tx -> Optional.ofNullable(tx.mapper(PurchaseOrderMapper.class).latestCost(sku)));
    }
}
