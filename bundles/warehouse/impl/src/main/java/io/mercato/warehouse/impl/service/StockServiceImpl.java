package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.api.Reservation;
import io.mercato.warehouse.api.ReservationStatus;
import io.mercato.warehouse.api.ReserveCommand;
import io.mercato.warehouse.api.StockAdjustment;
import io.mercato.warehouse.api.StockChange;
import io.mercato.warehouse.api.StockLevel;
import io.mercato.warehouse.api.StockService;
import io.mercato.warehouse.impl.persistence.MovementRow;
import io.mercato.warehouse.impl.persistence.ReservationMapper;
import io.mercato.warehouse.impl.persistence.ReservationRow;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.StockRow;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import io.mercato.warehouse.impl.persistence.WarehouseRow;
import io.mercato.warehouse.impl.service.StockLedger.Delta;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stock levels, receipts, issues, adjustments and reservations, all through the ledger. */
@Component(service = {StockService.class, StockServiceImpl.class})
public class StockServiceImpl implements StockService {
    private final Transactions transactions;

    @Activate
    public StockServiceImpl(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public StockLevel level(String sku, String warehouseCode) {
        return transactions.read(tx -> {
            WarehouseServiceImpl.requireRow(tx.mapper(WarehouseMapper.class), warehouseCode);
            StockRow row = tx.mapper(StockMapper.class).find(sku, warehouseCode);
            return row == null ? StockLevel.empty(sku, warehouseCode) : row.toLevel();
        });
    }

    @Override
    public List<StockLevel> levels(String sku) {
        return transactions.read(tx -> tx.mapper(StockMapper.class).acrossWarehouses(sku).stream().map(StockRow::toLevel).toList());
    }

    @Override
    public java.util.Map<String, Integer> available(java.util.Collection<String> skus) {
        java.util.Map<String, Integer> available = new java.util.LinkedHashMap<>();
        skus.forEach(sku -> available.put(sku, 0));
        if (!skus.isEmpty()) {
            String json;
            try {
                json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(skus);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            transactions.read(tx -> tx.mapper(StockMapper.class).available(json)).forEach(row -> available.put(row.sku(), row.available()));
        }
        return available;
    }

    /** Stock rows in (SKU, warehouse) order; {@code q} is a contains-search on the SKU. */
    public Page<StockLevel> search(String q, String warehouse, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String code = WarehouseServiceImpl.blankToNull(warehouse);
        String afterSku = null;
        Long afterWarehouseId = null;
        if (page.after() != null) {
            String[] cursor = Cursor.parts(page.after(), 2);
            afterSku = cursor[0];
            afterWarehouseId = Cursor.number(cursor[1]);
        }
        String fromSku = afterSku;
        Long fromWarehouseId = afterWarehouseId;
        return transactions.read(tx -> {
            StockMapper stock = tx.mapper(StockMapper.class);
            List<StockRow> rows = stock.search(pattern, code, fromSku, fromWarehouseId, page.fetch(), page.offset());
            return Page.of(rows, page, tx.withinMillis(PageRequest.COUNT_MILLIS, () -> stock.count(pattern, code, page.countLimit())),
                    row -> Cursor.of(row.sku(), row.warehouseId())).map(StockRow::toLevel);
        });
    }

    /**
     * Every stock row the search finds, in the list's order, handed over one at a time (nothing is collected). The
     * search is checked when this is called, so a bad one is a 400 before a streamed answer begins.
     */
    public Consumer<Consumer<StockLevel>> export(String q, String warehouse) {
        String pattern = TextSearch.contains(q);
        String code = WarehouseServiceImpl.blankToNull(warehouse);
        return rows -> transactions.read(tx -> {
            tx.mapper(StockMapper.class).export(pattern, code, context -> rows.accept(context.getResultObject().toLevel()));
            return null;
        });
    }

    /** Movements newest first; paged by number or by the id of the last one seen. */
    public Page<MovementRow> movements(String sku, String warehouse, PageRequest page) {
        String skuFilter = WarehouseServiceImpl.blankToNull(sku);
        String code = WarehouseServiceImpl.blankToNull(warehouse);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            StockMapper stock = tx.mapper(StockMapper.class);
            return Page.of(stock.movements(skuFilter, code, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> stock.movementTotal(skuFilter, code, page.countLimit())),
                    row -> Cursor.of(row.id()));
        });
    }

    @Override
    public StockLevel receive(StockChange receipt, Actor actor) {
        validate(receipt);
        return change(actor, receipt.sku(), receipt.warehouseCode(), "RECEIPT", new Delta(receipt.quantity(), 0, 0),
                null, receipt.reference(), "quantity");
    }

    @Override
    public StockLevel issue(StockChange issue, Actor actor) {
        validate(issue);
        return change(actor, issue.sku(), issue.warehouseCode(), "ISSUE", new Delta(-issue.quantity(), 0, 0),
                null, issue.reference(), "quantity");
    }

    @Override
    public StockLevel adjust(StockAdjustment adjustment, Actor actor) {
        Check.input()
                .code("sku", adjustment.sku(), Codes.SKU, Codes.SKU_TEXT)
                .required("warehouseCode", adjustment.warehouseCode())
                .nonZeroChange("delta", adjustment.delta())
                .text("reason", adjustment.reason(), 200, true)
                .validate();
        return change(actor, adjustment.sku(), adjustment.warehouseCode(), "ADJUSTMENT",
                new Delta(adjustment.delta(), 0, 0), adjustment.reason().strip(), null, "delta");
    }

    private StockLevel change(Actor actor, String sku, String warehouseCode, String kind, Delta delta, String reason,
                              String reference, String field) {
        return transactions.inTransaction(actor, tx -> {
            WarehouseRow warehouse = WarehouseServiceImpl.requireActive(tx.mapper(WarehouseMapper.class), "warehouseCode", warehouseCode);
            StockRow after = StockLedger.move(tx, sku, warehouse.id(), warehouse.code(), kind, delta, reason, reference, field);
            tx.audit("stock." + kind.toLowerCase(java.util.Locale.ROOT), "stock", sku + "@" + warehouseCode,
                    Map.of("delta", delta, "after", after.toLevel(), "reason", String.valueOf(reason),
                            "reference", String.valueOf(reference)));
            return after.toLevel();
        });
    }

    @Override
    public Reservation reserve(ReserveCommand command, Actor actor) {
        Check.input()
                .code("key", command.key(), Codes.KEY, Codes.KEY_TEXT)
                .code("sku", command.sku(), Codes.SKU, Codes.SKU_TEXT)
                .required("warehouseCode", command.warehouseCode())
                .positive("quantity", command.quantity())
                .text("orderRef", command.orderRef(), 100, false)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            WarehouseRow warehouse = WarehouseServiceImpl.requireActive(tx.mapper(WarehouseMapper.class), "warehouseCode", command.warehouseCode());
            ReservationMapper reservations = tx.mapper(ReservationMapper.class);
            java.time.Instant createdAt = reservations.insert(command.key(), command.sku(), warehouse.id(), command.quantity(),
                    command.orderRef(), actor.username());
            if (createdAt == null) {
                return sameReservation(reservations.find(command.key()), command);
            }
            StockLedger.move(tx, command.sku(), warehouse.id(), warehouse.code(), "RESERVE",
                    new Delta(0, command.quantity(), 0), null, command.key());
            Reservation created = new Reservation(command.key(), command.sku(), warehouse.code(), command.quantity(),
                    ReservationStatus.RESERVED, command.orderRef(), createdAt);
            tx.audit("reservation.created", "reservation", command.key(), created);
            return created;
        });
    }

    private static Reservation sameReservation(ReservationRow existing, ReserveCommand command) {
        if (!existing.sku().equals(command.sku()) || !existing.warehouseCode().equals(command.warehouseCode())
                || existing.quantity() != command.quantity()) {
            throw new ConflictException("key-reused", "Reservation key " + command.key()
                    + " was already used for a different SKU, warehouse or quantity");
        }
        return existing.toReservation();
    }

    @Override
    public Reservation release(String key, Actor actor) {
        return settle(key, actor, ReservationStatus.RELEASED);
    }

    @Override
    public Reservation commit(String key, Actor actor) {
        return settle(key, actor, ReservationStatus.COMMITTED);
    }

    /** Moves a RESERVED reservation to its end state once; repeating the same end state is a no-op. */
    private Reservation settle(String key, Actor actor, ReservationStatus target) {
        return transactions.inTransaction(actor, tx -> {
            ReservationMapper reservations = tx.mapper(ReservationMapper.class);
            ReservationRow row = reservations.lock(key);
            if (row == null) {
                throw new NotFoundException("No reservation with key " + key);
            }
            ReservationStatus status = ReservationStatus.valueOf(row.status());
            if (status == target) {
                return row.toReservation();
            }
            if (status != ReservationStatus.RESERVED) {
                throw new ConflictException("reservation-settled", "Reservation " + key + " is already " + status);
            }
            applySettlement(tx, row, target);
            reservations.setStatus(key, target.name());
            Reservation after = reservations.find(key).toReservation();
            tx.audit("reservation." + target.name().toLowerCase(java.util.Locale.ROOT), "reservation", key,
                    Map.of("before", status, "after", target));
            return after;
        });
    }

    private static void applySettlement(TransactionContext tx, ReservationRow row, ReservationStatus target) {
        Delta delta = target == ReservationStatus.COMMITTED
                ? new Delta(-row.quantity(), -row.quantity(), 0)
                : new Delta(0, -row.quantity(), 0);
        StockLedger.move(tx, row.sku(), row.warehouseId(), row.warehouseCode(),
                target == ReservationStatus.COMMITTED ? "COMMIT" : "RELEASE", delta, null, row.key());
    }

    @Override
    public Optional<Reservation> reservation(String key) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(ReservationMapper.class).find(key)))
                .map(ReservationRow::toReservation);
    }

    private static void validate(StockChange change) {
        Check.input()
                .code("sku", change.sku(), Codes.SKU, Codes.SKU_TEXT)
                .required("warehouseCode", change.warehouseCode())
                .positive("quantity", change.quantity())
                .text("reference", change.reference(), 100, false)
                .validate();
    }
}
