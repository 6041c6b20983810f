package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.StockRow;
import io.mercato.warehouse.api.StockEvents;
import java.util.Map;
import java.util.Set;

/** The only way stock changes: one guarded UPDATE plus its movement row, so figures always equal the ledger. */
final class StockLedger {
    private StockLedger() {
    }

    record Delta(int onHand, int reserved, int inTransit) {
    }

    /** The largest figure one stock row holds (its columns are PostgreSQL integers). */
    static final int MAX_UNITS = Integer.MAX_VALUE;
    private static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    /** Movements that bring units into a warehouse, announced so orders waiting for stock can be allocated. */
    private static final Set<String> ARRIVALS = Set.of("RECEIPT", "TRANSFER_IN", "ADJUSTMENT");

    static StockRow move(TransactionContext tx, String sku, long warehouseId, String warehouseCode, String kind,
                         Delta delta, String reason, String reference) {
        return move(tx, sku, warehouseId, warehouseCode, kind, delta, reason, reference, "quantity");
    }

    /** As above; {@code field} names the input that would push a figure past {@link #MAX_UNITS}, for the 400. */
    static StockRow move(TransactionContext tx, String sku, long warehouseId, String warehouseCode, String kind,
                         Delta delta, String reason, String reference, String field) {
        StockMapper stock = tx.mapper(StockMapper.class);
        if (delta.onHand() > 0 || delta.inTransit() > 0) {
            // Only what adds stock may find no row yet; a move that takes or holds stock fails on a missing row anyway.
            stock.ensureRow(sku, warehouseId);
        }
        StockRow after;
        try {
            after = stock.apply(sku, warehouseId, delta.onHand(), delta.reserved(), delta.inTransit());
        } catch (RuntimeException e) {
            if (outOfRange(e)) {
                throw new ValidationException(field, "would take the stock of SKU " + sku + " in warehouse " + warehouseCode
                        + " above " + MAX_UNITS + " units, the most one stock row holds");
            }
            throw e;
        }
        if (after == null) {
            int wanted = Math.max(Math.max(-delta.onHand(), delta.reserved()), -delta.inTransit());
            throw new ConflictException("insufficient-stock", "Not enough available stock of SKU " + sku
                    + " in warehouse " + warehouseCode + " for " + wanted + " unit(s)");
        }
        stock.record(tx.actor().username(), sku, warehouseId, kind, delta.onHand(), delta.reserved(), delta.inTransit(),
                reason, reference);
        if (delta.onHand() > 0 && ARRIVALS.contains(kind)) {
            tx.publish(StockEvents.STOCK_RECEIVED, Map.of(StockEvents.SKU, sku, StockEvents.WAREHOUSE, warehouseCode,
                    StockEvents.QUANTITY, delta.onHand()));
        }
        return after;
    }

    private static boolean outOfRange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && NUMERIC_VALUE_OUT_OF_RANGE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
