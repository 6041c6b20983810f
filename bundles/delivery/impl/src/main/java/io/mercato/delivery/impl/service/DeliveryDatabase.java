package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.AllocationMapper;
import io.mercato.delivery.impl.persistence.AuditMapper;
import io.mercato.delivery.impl.persistence.BlacklistMapper;
import io.mercato.delivery.impl.persistence.CourierMapper;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.RiskMapper;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The delivery schema's transactions; present only once the platform has migrated the schema. */
@Component(service = DeliveryDatabase.class)
public class DeliveryDatabase {
    private final Transactions transactions;

    @Activate
    public DeliveryDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=delivery)") SchemaDatabase database) {
        this.transactions = database.transactions(OrderMapper.class, RiskMapper.class, BlacklistMapper.class, AllocationMapper.class,
                CourierMapper.class, FulfilmentMapper.class, AuditMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
