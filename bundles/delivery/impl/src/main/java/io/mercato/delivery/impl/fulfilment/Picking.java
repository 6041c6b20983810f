package io.mercato.delivery.impl.fulfilment;

import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.ItemRow;
import io.mercato.delivery.impl.persistence.PackageEventRow;
import io.mercato.delivery.impl.persistence.PackageItemRow;
import io.mercato.delivery.impl.persistence.ShipmentEventRow;
import io.mercato.delivery.impl.persistence.PickLineRow;
import io.mercato.delivery.impl.persistence.PickListRow;
import io.mercato.delivery.impl.persistence.ShipmentRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pick lists (拣货单): a warehouse's allocated orders batched, oldest first, into one walk through the shelves (the SKUs
 * in order, each with its units for all orders), and a shipment per order to pack and label.
 */
@Component(service = Picking.class)
public class Picking {
    public static final String CAPABILITY = "delivery.fulfil";
    static final int MAX_ORDERS = 500;
    private final Transactions transactions;

    @Activate
    public Picking(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    public record NewPickList(String warehouseCode, Integer maxOrders) {
    }

    public record PickList(String number, String warehouseCode, int shipments, int open, String createdBy, java.time.Instant createdAt,
                           List<PickLineRow> lines, List<Shipping.Shipment> orders) {
    }

    public PickList create(NewPickList input, Actor actor) {
        Check.input()
                .text("warehouseCode", input == null ? null : input.warehouseCode(), 20, true)
                .rule(input == null || input.maxOrders() == null || input.maxOrders() >= 1 && input.maxOrders() <= MAX_ORDERS, "maxOrders",
                        "must be between 1 and " + MAX_ORDERS)
                .validate();
        String warehouse = input.warehouseCode().strip();
        int limit = input.maxOrders() == null ? 50 : input.maxOrders();
        return transactions.inTransaction(actor, tx -> {
            FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
            List<Long> orders = fulfilment.readyToPick(warehouse, limit);
            if (orders.isEmpty()) {
                throw new ConflictException("nothing-to-pick", "No allocated order waits to be picked in warehouse " + warehouse);
            }
            String number = fulfilment.insertPickList(warehouse, actor.username());
            long pickList = fulfilment.pickList(number).id();
            for (long order : orders) {
                if (fulfilment.insertShipment(order, warehouse, pickList) == 1) {
                    OrderProgress.follow(tx, order, "picking in " + warehouse, Map.of("warehouse", warehouse));
                }
            }
            PickListRow row = fulfilment.pickList(number);
            tx.audit("delivery.pick-list-created", "pick-list", row.number(), Map.of("warehouse", warehouse, "shipments", row.shipments()));
            return view(tx, row);
        });
    }

    public PickList get(String number) {
        return transactions.read(tx -> {
            PickListRow row = tx.mapper(FulfilmentMapper.class).pickList(number);
            if (row == null) {
                throw new NotFoundException("No pick list " + number);
            }
            return view(tx, row);
        });
    }

    public Page<PickListRow> search(String warehouse, PageRequest page) {
        String code = warehouse == null || warehouse.isBlank() ? null : warehouse.strip();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
            return Page.of(fulfilment.pickLists(code, beforeId, page.fetch(), page.offset()), page, fulfilment.pickListCount(code, page.countLimit()),
                    row -> Cursor.of(row.id()));
        });
    }

    private static PickList view(TransactionContext tx, PickListRow row) {
        FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
        List<ShipmentRow> shipments = fulfilment.shipmentsOfPickList(row.id());
        Map<Long, List<ItemRow>> items = fulfilment.itemsOfPickList(row.id()).stream().collect(Collectors.groupingBy(PackageItemRow::shipmentId,
                Collectors.mapping(i -> new ItemRow(i.sku(), i.quantity()), Collectors.toList())));
        Map<Long, List<ShipmentEventRow>> events = fulfilment.eventsOfPickList(row.id()).stream().collect(Collectors.groupingBy(
                PackageEventRow::shipmentId, Collectors.mapping(e -> new ShipmentEventRow(e.kind(), e.reason(), e.happenedAt(), e.recordedBy(),
                        e.recordedAt()), Collectors.toList())));
        return new PickList(row.number(), row.warehouseCode(), row.shipments(), row.open(), row.createdBy(), row.createdAt(),
                fulfilment.pickLines(row.id()), shipments.stream().map(s -> Shipping.view(s, items.getOrDefault(s.id(), List.of()),
                        events.getOrDefault(s.id(), List.of()))).toList());
    }
}
