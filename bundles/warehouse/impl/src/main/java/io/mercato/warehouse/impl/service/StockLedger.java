package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.StockRow;

/** The only way stock changes: one guarded UPDATE plus its movement row, so figures always equal the ledger. */
final class StockLedger {
    private StockLedger() {
    }

    record Delta(int onHand, int reserved, int inTransit) {
    }

    static StockRow move(TransactionContext tx, String sku, long warehouseId, String warehouseCode, String kind,
                         Delta delta, String reason, String reference) {
        StockMapper stock = tx.mapper(StockMapper.class);
        stock.ensureRow(sku, warehouseId);
        StockRow after = stock.apply(sku, warehouseId, delta.onHand(), delta.reserved(), delta.inTransit());
        if (after == null) {
            int wanted = Math.max(Math.max(-delta.onHand(), delta.reserved()), -delta.inTransit());
            throw new ConflictException("insufficient-stock", "Not enough available stock of SKU " + sku
                    + " in warehouse " + warehouseCode + " for " + wanted + " unit(s)");
        }
        stock.record(tx.actor().username(), sku, warehouseId, kind, delta.onHand(), delta.reserved(), delta.inTransit(),
                reason, reference);
        return after;
    }
}
