package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.impl.persistence.ImportMapper;
import io.mercato.warehouse.impl.persistence.ReservationMapper;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.TransferMapper;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The warehouse schema's transactions; present only once the platform has migrated the schema. */
@Component(service = WarehouseDatabase.class)
public class WarehouseDatabase {
    private final Transactions transactions;

    @Activate
    public WarehouseDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=warehouse)") SchemaDatabase database) {
        this.transactions = database.transactions(WarehouseMapper.class, StockMapper.class, ReservationMapper.class,
                TransferMapper.class, ImportMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
