package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.org.DocumentReowning;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.warehouse.impl.persistence.TransferMapper;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The warehouse's documents after a reorganisation: transfers go with {@code warehouse.transfer}. */
@Component(service = OutboxSubscriber.class, property = {OutboxSubscriber.NAME + "=warehouse.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class WarehouseReowning extends DocumentReowning {
    @Activate
    public WarehouseReowning(@Reference WarehouseDatabase database) {
        super(database.transactions(), "warehouse", List.of(
                new Documents("transfers", TransferService.CAPABILITY, (tx, from, to) -> tx.mapper(TransferMapper.class).reown(from, to))));
    }
}
