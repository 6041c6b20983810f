package io.mercato.warehouse.api;

import io.mercato.platform.api.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stock of the warehouse network. Available stock never goes negative and a reservation key is never
 * applied twice, also under concurrent calls; every change is a movement in the ledger and audited.
 * Failures: {@code ValidationException} for bad input, {@code NotFoundException} for unknown warehouses or
 * reservations, {@code ConflictException} (code {@code insufficient-stock}, ...) when the state forbids it.
 */
@ProviderType
public interface StockService {
    StockLevel level(String sku, String warehouseCode);

    /** The SKU in every warehouse that has or had it. */
    List<StockLevel> levels(String sku);

    /**
     * Units available (on hand less reserved, over all warehouses) of many SKUs at once, e.g. for a stock-cover report;
     * a SKU without stock is 0. The default asks {@link #levels(String)} per SKU; the warehouse answers in one query.
     */
    default java.util.Map<String, Integer> available(java.util.Collection<String> skus) {
        java.util.Map<String, Integer> available = new java.util.LinkedHashMap<>();
        for (String sku : skus) {
            available.put(sku, levels(sku).stream().mapToInt(StockLevel::available).sum());
        }
        return available;
    }

    StockLevel receive(StockChange receipt, Actor actor);

    StockLevel issue(StockChange issue, Actor actor);

    StockLevel adjust(StockAdjustment adjustment, Actor actor);

    /** Reserves stock; calling again with the same key and content returns the first reservation. */
    Reservation reserve(ReserveCommand command, Actor actor);

    /** Gives reserved stock back; releasing a released reservation is a no-op. */
    Reservation release(String key, Actor actor);

    /** The order shipped: reserved stock leaves the warehouse (counted as a sale). Idempotent. */
    Reservation commit(String key, Actor actor);

    Optional<Reservation> reservation(String key);
}
