package io.mercato.procurement.impl.service;

import io.mercato.platform.api.org.DocumentReowning;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.procurement.impl.persistence.PurchaseListMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.TenderMapper;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Procurement's documents after a reorganisation: suppliers go with {@code procurement.supplier}, orders and the purchase
 * list with {@code procurement.order}, tenders with {@code procurement.tender}, receipts with {@code procurement.receive}.
 */
@Component(service = OutboxSubscriber.class, property = {OutboxSubscriber.NAME + "=procurement.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class ProcurementReowning extends DocumentReowning {
    @Activate
    public ProcurementReowning(@Reference ProcurementDatabase database) {
        super(database.transactions(), "procurement", List.of(
                new Documents("suppliers", Capabilities.SUPPLIER, (tx, from, to) -> tx.mapper(SupplierMapper.class).reown(from, to)),
                new Documents("purchaseOrders", Capabilities.ORDER, (tx, from, to) -> tx.mapper(PurchaseOrderMapper.class).reown(from, to)),
                new Documents("purchaseListItems", Capabilities.ORDER, (tx, from, to) -> tx.mapper(PurchaseListMapper.class).reown(from, to)),
                new Documents("tenders", Capabilities.TENDER, (tx, from, to) -> tx.mapper(TenderMapper.class).reown(from, to)),
                new Documents("receipts", Capabilities.RECEIVE, (tx, from, to) -> tx.mapper(ReceiptMapper.class).reown(from, to))));
    }
}
