package io.mercato.crm.impl.returns;

import io.mercato.crm.api.CrmEvents;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.persistence.ReturnMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.api.StockAdjustment;
import io.mercato.warehouse.api.StockChange;
import io.mercato.warehouse.api.StockService;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the goods of a checked return into the warehouse's stock: resaleable goods into available stock, the others in and
 * straight out again as a damaged adjustment (so the movement ledger shows both). It needs the warehouse department's
 * {@link StockService}, so it is registered only while that runs; the events wait in the outbox meanwhile. The "posted"
 * mark commits with the movements, so a return is posted exactly once.
 */
@Component(property = {OutboxSubscriber.NAME + "=crm.return-stock", OutboxSubscriber.TOPICS + "=" + ReturnHandling.RETURN_CHECKED})
public class ReturnStockPosting implements OutboxSubscriber {
    private final Transactions transactions;
    private final StockService stock;

    @Activate
    public ReturnStockPosting(@Reference CrmDatabase database, @Reference StockService stock) {
        this.transactions = database.transactions();
        this.stock = stock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void deliver(OutboxEvent event) {
        String number = event.text(CrmEvents.RETURN);
        String warehouse = event.text("warehouseCode");
        boolean resaleable = Boolean.parseBoolean(event.text("resaleable"));
        Actor actor = new Actor(event.publishedBy());
        transactions.inTransaction(actor, tx -> {
            ReturnCaseRow row = tx.mapper(ReturnMapper.class).find(number);
            if (row == null || tx.mapper(ReturnMapper.class).stockPosted(row.id()) == 0) {
                return null;
            }
            for (Map<String, Object> line : (List<Map<String, Object>>) event.payload().get(CrmEvents.LINES)) {
                String sku = String.valueOf(line.get("sku"));
                int quantity = ((Number) line.get("quantity")).intValue();
                stock.receive(new StockChange(sku, warehouse, quantity, "return " + number), actor);
                if (!resaleable) {
                    stock.adjust(new StockAdjustment(sku, warehouse, -quantity, "damaged goods of return " + number), actor);
                }
            }
            tx.audit("crm.return-stock-posted", "return", number, Map.of("warehouse", warehouse, "resaleable", resaleable));
            return null;
        });
    }
}
