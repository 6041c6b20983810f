package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.warehouse.api.StockChange;
import io.mercato.warehouse.api.StockService;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Posts received goods into the warehouse's stock. It needs the warehouse department's {@link StockService}, so it is
 * registered only while that department runs; meanwhile the receipts' events wait in the outbox. The stock movements
 * and the receipt's "posted" mark commit with the delivery, so each receipt is posted exactly once.
 */
@Component(property = {OutboxSubscriber.NAME + "=procurement.stock-posting", OutboxSubscriber.TOPICS + "=" + GoodsReceived.TOPIC})
public class StockPosting implements OutboxSubscriber {
    private final Transactions transactions;
    private final StockService stock;

    @Activate
    public StockPosting(@Reference ProcurementDatabase database, @Reference StockService stock) {
        this.transactions = database.transactions();
        this.stock = stock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void deliver(OutboxEvent event) {
        long receiptId = Long.parseLong(event.text("receiptId"));
        String warehouseCode = event.text("warehouseCode");
        String reference = GoodsReceived.reference(event.text("purchaseOrder"), receiptId);
        Actor actor = new Actor(event.text("receivedBy"));
        transactions.inTransaction(actor, tx -> {
            if (tx.mapper(ReceiptMapper.class).posted(receiptId) == 0) {
                return null;
            }
            for (Map<String, Object> line : (List<Map<String, Object>>) event.payload().get("lines")) {
                stock.receive(new StockChange(String.valueOf(line.get("sku")), warehouseCode,
                        ((Number) line.get("quantity")).intValue(), reference), actor);
            }
            return null;
        });
    }
}
