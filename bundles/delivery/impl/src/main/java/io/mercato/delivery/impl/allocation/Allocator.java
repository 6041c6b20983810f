package io.mercato.delivery.impl.allocation;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.allocation.AllocationPlanner.Need;
import io.mercato.delivery.impl.allocation.AllocationPlanner.Pick;
import io.mercato.delivery.impl.allocation.AllocationPlanner.Site;
import io.mercato.delivery.impl.persistence.AllocationMapper;
import io.mercato.delivery.impl.persistence.AllocationRow;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.delivery.impl.service.OrderTransitions;
import io.mercato.delivery.impl.service.Regions;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.api.ReserveCommand;
import io.mercato.warehouse.api.StockLevel;
import io.mercato.warehouse.api.StockService;
import io.mercato.warehouse.api.WarehouseDirectory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reserves an order's stock in the warehouse, or leaves it waiting. It must run inside one database transaction that
 * the warehouse joins (an idempotent request or an outbox delivery), so the reservations and the order's new state
 * commit together: a retry finds the order allocated and reserves nothing twice. Reservation keys are
 * {@code <order>.L<line>.<warehouse>} (no slash: they appear in the warehouse API's paths); they are taken in SKU and warehouse order, so concurrent orders never deadlock.
 */
public final class Allocator {
    /** Orders in these statuses may hold stock (a flagged order keeps its stock while a reviewer looks at it). */
    private static final Set<String> ALLOCATABLE = Set.of("CONFIRMED", "ON_HOLD", "UNDER_REVIEW");
    private static final int ATTEMPTS = 3;
    private final Transactions transactions;
    private final StockService stock;
    private final WarehouseDirectory warehouses;

    public Allocator(Transactions transactions, StockService stock, WarehouseDirectory warehouses) {
        this.transactions = transactions;
        this.stock = stock;
        this.warehouses = warehouses;
    }

    /** Allocates the order if it waits for stock; says whether it holds stock now. */
    public boolean allocate(String number, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            // Most events find the order served already: they read it without locking it (a pick list may be taking it).
            OrderRow seen = orders.find(number);
            if (seen == null || !"WAITING".equals(seen.stockState())) {
                return seen != null && "RESERVED".equals(seen.stockState());
            }
            OrderRow order = orders.lock(number);
            if (!"WAITING".equals(order.stockState()) || !ALLOCATABLE.contains(order.status())) {
                return "RESERVED".equals(order.stockState());
            }
            List<Need> needs = orders.lines(order.id()).stream().map(l -> new Need(l.lineNo(), l.sku(), l.quantity())).toList();
            String shortage = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Optional<List<Pick>> plan = plan(order, needs);
                if (plan.isEmpty()) {
                    shortage = "not enough stock in the warehouse network";
                    break;
                }
                try {
                    reserve(tx, order, plan.get(), actor);
                    return reserved(tx, order, plan.get());
                } catch (ConflictException e) {
                    // Another order took the stock between reading and reserving: read again and re-plan.
                    shortage = e.getMessage();
                }
            }
            waiting(tx, order, shortage);
            return false;
        });
    }

    private Optional<List<Pick>> plan(OrderRow order, List<Need> needs) {
        List<Site> sites = warehouses.activeWarehouses().stream().map(w -> new Site(w.code(), w.region())).toList();
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (String sku : needs.stream().map(Need::sku).distinct().toList()) {
            Map<String, Integer> bySite = new HashMap<>();
            for (StockLevel level : stock.levels(sku)) {
                bySite.put(level.warehouseCode(), level.available());
            }
            available.put(sku, bySite);
        }
        return AllocationPlanner.plan(needs, Regions.regionOf(order.province()), sites, available, true);
    }

    /** All reservations of the plan or none: a nested transaction, undone to its savepoint if one is refused. */
    private void reserve(TransactionContext outer, OrderRow order, List<Pick> plan, Actor actor) {
        transactions.inTransaction(actor, tx -> {
            if (tx.connection() != outer.connection()) {
                throw new IllegalStateException("Allocation must run inside one request or outbox transaction");
            }
            AllocationMapper allocations = tx.mapper(AllocationMapper.class);
            // Stock rows are locked in one global order (SKU, then warehouse), so two orders never wait for each other.
            for (Pick pick : plan.stream().sorted(Comparator.comparing(Pick::sku).thenComparing(Pick::warehouseCode)).toList()) {
                String key = key(order, pick);
                stock.reserve(new ReserveCommand(key, pick.sku(), pick.warehouseCode(), pick.quantity(), order.number()), actor);
                allocations.insert(key, order.id(), pick.lineNo(), pick.sku(), pick.warehouseCode(), pick.quantity());
            }
            return null;
        });
    }

    private static boolean reserved(TransactionContext tx, OrderRow order, List<Pick> plan) {
        tx.mapper(OrderMapper.class).setStockState(order.id(), "RESERVED");
        long warehouses = plan.stream().map(Pick::warehouseCode).distinct().count();
        Map<String, Object> details = Map.of("picks", plan, "shipments", warehouses);
        if ("UNDER_REVIEW".equals(order.status())) {
            OrderTransitions.note(tx, order, "STOCK_RESERVED", "stock held while the order is reviewed", details);
        } else {
            OrderTransitions.move(tx, order, OrderStatus.ALLOCATED, warehouses > 1 ? "split over " + warehouses + " warehouses" : null, details);
        }
        return true;
    }

    private static void waiting(TransactionContext tx, OrderRow order, String shortage) {
        if ("CONFIRMED".equals(order.status())) {
            OrderTransitions.move(tx, order, OrderStatus.ON_HOLD, "waiting for stock: " + shortage, null);
        }
    }

    /** Gives back every reservation the order still holds (a cancelled order); the warehouse ignores repeats. */
    public void release(String number, Actor actor) {
        transactions.inTransaction(actor, tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            OrderRow order = orders.lock(number);
            if (order == null || !"RESERVED".equals(order.stockState()) || !"CANCELLED".equals(order.status())) {
                return null;
            }
            AllocationMapper allocations = tx.mapper(AllocationMapper.class);
            for (AllocationRow row : allocations.forOrder(order.id())) {
                if ("RESERVED".equals(row.status())) {
                    stock.release(row.reservationKey(), actor);
                    allocations.setStatus(row.reservationKey(), "RELEASED");
                }
            }
            orders.setStockState(order.id(), "RELEASED");
            OrderTransitions.note(tx, order, "STOCK_RELEASED", "the cancelled order's stock is available again", Map.of("order", number));
            return null;
        });
    }

    /**
     * A shipment left its warehouse: its reservations become the stock that went out (the warehouse records the sale);
     * once every reservation of the order is out, so is the order's stock. Repeats change nothing.
     */
    public void issue(String shipmentNumber, Actor actor) {
        transactions.inTransaction(actor, tx -> {
            io.mercato.delivery.impl.persistence.FulfilmentMapper fulfilment = tx.mapper(io.mercato.delivery.impl.persistence.FulfilmentMapper.class);
            io.mercato.delivery.impl.persistence.ShipmentRow shipment = fulfilment.lockShipment(shipmentNumber);
            if (shipment == null || shipment.stockIssued()) {
                return null;
            }
            AllocationMapper allocations = tx.mapper(AllocationMapper.class);
            List<AllocationRow> rows = allocations.forOrder(shipment.orderId());
            for (AllocationRow row : rows) {
                if (row.warehouseCode().equals(shipment.warehouseCode()) && "RESERVED".equals(row.status())) {
                    stock.commit(row.reservationKey(), actor);
                    allocations.setStatus(row.reservationKey(), "COMMITTED");
                }
            }
            fulfilment.stockIssued(shipment.id());
            OrderMapper orders = tx.mapper(OrderMapper.class);
            if (allocations.forOrder(shipment.orderId()).stream().noneMatch(row -> "RESERVED".equals(row.status()))) {
                orders.setStockState(shipment.orderId(), "ISSUED");
            }
            OrderTransitions.note(tx, orders.byId(shipment.orderId()), "STOCK_ISSUED", "shipped from " + shipment.warehouseCode(),
                    Map.of("shipment", shipmentNumber));
            return null;
        });
    }

    static String key(OrderRow order, Pick pick) {
        return order.number() + ".L" + pick.lineNo() + "." + pick.warehouseCode();
    }

}
