package io.mercato.procurement.impl.service;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.procurement.impl.persistence.PurchaseListMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The procurement schema's transactions; present only once the platform has migrated the schema. */
@Component(service = ProcurementDatabase.class)
public class ProcurementDatabase {
    private final Transactions transactions;

    @Activate
    public ProcurementDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=procurement)") SchemaDatabase database) {
        this.transactions = database.transactions(SupplierMapper.class, PurchaseOrderMapper.class, ReceiptMapper.class,
                PurchaseListMapper.class, io.mercato.procurement.impl.persistence.ScorecardMapper.class,
                io.mercato.procurement.impl.persistence.TenderMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
