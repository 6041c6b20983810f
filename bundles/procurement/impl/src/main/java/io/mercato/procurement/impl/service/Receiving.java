package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.OrderLineRow;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderRow;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.warehouse.api.WarehouseDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Receiving against a purchase order. Each line may take its ordered quantity plus its tolerance, cumulative over all
 * receipts and exact (whole units, no rounding up). The accepted units go to the warehouse department through the
 * outbox, in the receipt's transaction: with the warehouse department away the receipt is still recorded, and its
 * stock is posted once, when it is back.
 */
@Component(service = Receiving.class)
public class Receiving {
    private static final Set<String> RECEIVABLE = Set.of("SENT", "PARTIALLY_RECEIVED");
    private final Transactions transactions;
    private final Owners owners;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WarehouseDirectory warehouses;

    @Activate
    public Receiving(@Reference ProcurementDatabase database, @Reference Owners owners) {
        this.transactions = database.transactions();
        this.owners = owners;
    }

    public PurchaseOrder receive(String number, ReceiptInput input, Actor actor) {
        validate(input);
        String owner = owners.of(Capabilities.RECEIVE);
        return transactions.inTransaction(actor, tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            PurchaseOrderRow order = PurchaseOrderService.require(orders.lock(number), number);
            if (!RECEIVABLE.contains(order.status())) {
                throw new ConflictException("order-not-receivable", number + " is " + order.status()
                        + "; goods are received against a sent order");
            }
            String warehouseCode = input.warehouseCode() == null || input.warehouseCode().isBlank() ? order.warehouseCode()
                    : input.warehouseCode().strip();
            checkWarehouse(warehouseCode);
            Map<Integer, OrderLineRow> lines = new LinkedHashMap<>();
            orders.lines(order.id()).forEach(line -> lines.put(line.lineNo(), line));
            ReceiptMapper receipts = tx.mapper(ReceiptMapper.class);
            long receiptId = receipts.insert(order.id(), warehouseCode, PurchaseOrderService.blank(input.note()), owner,
                    actor.username());
            List<Map<String, Object>> posting = new ArrayList<>();
            for (int i = 0; i < input.lines().size(); i++) {
                ReceiptInput.Line line = input.lines().get(i);
                OrderLineRow ordered = lines.get(line.line());
                if (ordered == null) {
                    throw new ValidationException("lines[" + i + "].line", number + " has no line " + line.line());
                }
                int rejected = line.rejected() == null ? 0 : line.rejected();
                int accepted = line.received() - rejected;
                if (orders.receive(order.id(), ordered.lineNo(), accepted, rejected) == 0) {
                    throw new ValidationException("lines[" + i + "].received", "takes line " + ordered.lineNo() + " past "
                            + allowed(ordered) + " units (ordered " + ordered.quantity() + " plus " + ordered.tolerancePercent().stripTrailingZeros().toPlainString()
                            + "% tolerance; " + ordered.accepted() + " accepted before)");
                }
                receipts.insertLine(receiptId, ordered.lineNo(), ordered.sku(), line.received(), rejected,
                        rejected == 0 ? null : line.rejectReason().strip());
                if (accepted > 0) {
                    posting.add(Map.of("sku", ordered.sku(), "quantity", accepted));
                }
            }
            boolean complete = orders.lines(order.id()).stream().allMatch(line -> line.accepted() >= line.quantity());
            orders.setStatus(order.id(), complete ? "RECEIVED" : "PARTIALLY_RECEIVED");
            if (!posting.isEmpty()) {
                long event = tx.publish(GoodsReceived.TOPIC, GoodsReceived.payload(receiptId, number, warehouseCode,
                        actor.username(), posting));
                receipts.postingPublished(receiptId, event);
            }
            tx.audit("purchase-order.received", "purchase-order", number, Map.of("receipt", receiptId,
                    "warehouse", warehouseCode, "lines", input.lines(), "complete", complete));
            return PurchaseOrderService.view(tx, orders.find(number));
        });
    }

    /** Units a line may take in all: ordered × (100 + tolerance) / 100, rounded down to a whole unit. */
    static long allowed(OrderLineRow line) {
        return BigDecimal.valueOf(line.quantity()).multiply(BigDecimal.valueOf(100).add(line.tolerancePercent()))
                .divideToIntegralValue(BigDecimal.valueOf(100)).longValueExact();
    }

    /** With the warehouse department installed an unknown warehouse is refused now; without it, posting checks later. */
    private void checkWarehouse(String code) {
        WarehouseDirectory directory = warehouses;
        if (directory != null && directory.find(code).filter(io.mercato.warehouse.api.Warehouse::active).isEmpty()) {
            throw new ValidationException("warehouseCode", "no active warehouse with code " + code);
        }
    }

    private static void validate(ReceiptInput input) {
        Check check = Check.input()
                .rule(input.warehouseCode() == null || input.warehouseCode().isBlank()
                        || Codes.WAREHOUSE.matcher(input.warehouseCode().strip()).matches(), "warehouseCode", "must be " + Codes.WAREHOUSE_TEXT)
                .text("note", input.note(), 1000, false);
        List<ReceiptInput.Line> lines = input.lines() == null ? List.of() : input.lines();
        check.rule(!lines.isEmpty(), "lines", "at least one line is required")
                .rule(lines.size() <= OrderTerms.MAX_LINES, "lines", "must be at most " + OrderTerms.MAX_LINES);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size() && i < OrderTerms.MAX_LINES; i++) {
            ReceiptInput.Line line = lines.get(i);
            String field = "lines[" + i + "].";
            if (line == null) {
                check.rule(false, "lines[" + i + "]", "is required");
                continue;
            }
            check.positive(field + "line", line.line())
                    .positive(field + "received", line.received());
            if (line.rejected() != null) {
                check.notNegative(field + "rejected", line.rejected());
            }
            if (line.received() != null && line.rejected() != null) {
                check.rule(line.rejected() <= line.received(), field + "rejected", "must not exceed the units received");
            }
            check.text(field + "rejectReason", line.rejectReason(), 500, line.rejected() != null && line.rejected() > 0);
            check.rule(line.line() == null || seen.add(line.line()), field + "line", "appears twice in this receipt");
        }
        check.validate();
    }
}
