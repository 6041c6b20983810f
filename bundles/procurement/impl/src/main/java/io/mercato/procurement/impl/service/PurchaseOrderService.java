package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.OrderLineRow;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderRow;
import io.mercato.procurement.impl.persistence.ReceiptLineRow;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.procurement.impl.persistence.ReceiptRow;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.SupplierRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Purchase orders: create, edit (a change of terms is a new revision that needs approval again), copy, read, list. */
@Component(service = PurchaseOrderService.class)
public class PurchaseOrderService {
    /** Dates of arrival are the company's calendar days (China Standard Time). */
    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<String> STATUSES = Set.of("DRAFT", "AWAITING_APPROVAL", "APPROVED", "SENT", "PARTIALLY_RECEIVED",
            "RECEIVED", "CANCELLED");
    private static final Set<String> EDITABLE = Set.of("DRAFT", "AWAITING_APPROVAL", "APPROVED");
    private final Transactions transactions;
    private final Owners owners;
    private final Clock clock = Clock.system(COMPANY_ZONE);

    @Activate
    public PurchaseOrderService(@Reference ProcurementDatabase database, @Reference Owners owners) {
        this.transactions = database.transactions();
        this.owners = owners;
    }

    public PurchaseOrder create(OrderInput input, String copiedFrom, Actor actor) {
        OrderTerms.validate(input, LocalDate.now(clock));
        String owner = owners.of(Capabilities.ORDER);
        return transactions.inTransaction(actor, tx -> insert(tx, orderable(tx, input.supplier()), input, copiedFrom, owner));
    }

    /** A new draft order in the caller's transaction (a copy names its original; an award, its tender in the note). */
    static PurchaseOrder insert(TransactionContext tx, SupplierRow supplier, OrderInput input, String copiedFrom, String owner) {
        PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
        String number = orders.insert(supplier.id(), currency(input), input.warehouseCode(), input.expectedOn(),
                OrderTerms.total(input.lines()), copiedFrom, blank(input.note()), owner, tx.actor().username());
        PurchaseOrderRow row = orders.find(number);
        insertLines(orders, row.id(), input.lines());
        PurchaseOrder created = view(tx, row);
        tx.audit(copiedFrom == null ? "purchase-order.created" : "purchase-order.copied", "purchase-order", number,
                copiedFrom == null ? created : Map.of("from", copiedFrom, "order", created));
        return created;
    }

    /** A copy is a new draft: same supplier, warehouse and lines; never the original's approval. */
    public PurchaseOrder copy(String number, Actor actor) {
        PurchaseOrder original = get(number);
        LocalDate today = LocalDate.now(clock);
        OrderInput input = new OrderInput(original.supplier(), original.warehouseCode(),
                original.expectedOn().isBefore(today) ? today.plusDays(7) : original.expectedOn(), original.currency(),
                original.note(), original.lines().stream().map(line -> new OrderInput.Line(line.sku(), line.quantity(),
                        line.unitPrice(), line.tolerancePercent())).toList());
        return create(input, original.number(), actor);
    }

    /**
     * Edits an order not yet sent. A change of supplier, currency, warehouse or lines is a new revision: back to draft,
     * and any approval given before no longer holds. A new date or note alone keeps the order where it is.
     */
    public PurchaseOrder update(String number, OrderInput input, Actor actor) {
        OrderTerms.validate(input, LocalDate.now(clock));
        return transactions.inTransaction(actor, tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            PurchaseOrderRow before = require(orders.lock(number), number);
            if (!EDITABLE.contains(before.status())) {
                throw new ConflictException("order-not-editable", number + " is " + before.status()
                        + "; only orders not yet sent can be changed (cancel it and copy it instead)");
            }
            PurchaseOrder old = view(tx, before);
            SupplierRow supplier = orderable(tx, input.supplier());
            boolean termsChanged = supplier.id() != before.supplierId() || !currency(input).equals(before.currency())
                    || !input.warehouseCode().equals(before.warehouseCode()) || linesChanged(old.lines(), input.lines());
            if (termsChanged) {
                orders.revise(before.id(), supplier.id(), currency(input), input.warehouseCode(), input.expectedOn(),
                        OrderTerms.total(input.lines()), blank(input.note()));
                orders.deleteLines(before.id());
                insertLines(orders, before.id(), input.lines());
            } else {
                orders.reschedule(before.id(), input.expectedOn(), blank(input.note()));
            }
            PurchaseOrder after = view(tx, orders.find(number));
            tx.audit(termsChanged ? "purchase-order.revised" : "purchase-order.rescheduled", "purchase-order", number,
                    Map.of("before", old, "after", after));
            return after;
        });
    }

    public PurchaseOrder get(String number) {
        return transactions.read(tx -> view(tx, require(tx.mapper(PurchaseOrderMapper.class).find(number), number)));
    }

    public Page<PurchaseOrder> search(String q, String status, String supplier, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String state = blank(status);
        String supplierCode = blank(supplier);
        Check.input().rule(state == null || STATUSES.contains(state), "status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()))
                .validate();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            return Page.of(orders.search(pattern, state, supplierCode, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> orders.count(pattern, state, supplierCode, page.countLimit())),
                    row -> Cursor.of(row.id())).map(PurchaseOrder::summary);
        });
    }

    /** Open orders past their expected arrival, oldest first (到货周期 follow-up); {@code supplier} narrows. */
    public Page<PurchaseOrder> overdue(String supplier, PageRequest page) {
        String supplierCode = blank(supplier);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(tx -> {
            PurchaseOrderMapper orders = tx.mapper(PurchaseOrderMapper.class);
            return Page.of(orders.overdue(today, supplierCode, page.fetch(), page.offset()), page,
                    orders.countOverdue(today, supplierCode, page.countLimit()), null).map(PurchaseOrder::summary);
        });
    }

    static PurchaseOrder view(TransactionContext tx, PurchaseOrderRow row) {
        List<PurchaseOrder.Line> lines = tx.mapper(PurchaseOrderMapper.class).lines(row.id()).stream().map(PurchaseOrder.Line::of).toList();
        ReceiptMapper receipts = tx.mapper(ReceiptMapper.class);
        List<ReceiptLineRow> receiptLines = receipts.linesOfOrder(row.id());
        List<PurchaseOrder.Receipt> received = receipts.ofOrder(row.id()).stream().map(receipt -> receipt(receipt, receiptLines)).toList();
        return PurchaseOrder.of(row, lines, received);
    }

    private static PurchaseOrder.Receipt receipt(ReceiptRow row, List<ReceiptLineRow> lines) {
        return new PurchaseOrder.Receipt(row.id(), row.warehouseCode(), row.note(), row.receivedBy(), row.receivedAt(),
                row.stockPostedAt() != null, row.stockPostedAt(), lines.stream().filter(line -> line.receiptId() == row.id())
                .map(line -> new PurchaseOrder.ReceiptLine(line.lineNo(), line.sku(), line.received(), line.rejected(),
                        line.rejectReason())).toList());
    }

    static PurchaseOrderRow require(PurchaseOrderRow row, String number) {
        if (row == null) {
            throw new NotFoundException("No purchase order " + number);
        }
        return row;
    }

    /** The supplier, if new orders may go to it: a blocked or held supplier gets none. */
    static SupplierRow orderable(TransactionContext tx, String code) {
        SupplierRow supplier = tx.mapper(SupplierMapper.class).find(code);
        if (supplier == null) {
            throw new io.mercato.platform.api.ValidationException("supplier", "no supplier with code " + code);
        }
        if (!"ACTIVE".equals(supplier.status())) {
            throw new ConflictException("supplier-" + supplier.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Supplier " + code + " is " + supplier.status() + " (" + supplier.statusReason() + "): no new orders");
        }
        Scorecard standing = SupplierService.scorecard(tx, supplier, 12);
        if ("D".equals(standing.grade())) {
            throw new ConflictException("supplier-standing", "Supplier " + code + " is graded D over the last 12 months ("
                    + standing.gradeReason() + "): no new orders until a supervisor reviews it");
        }
        return supplier;
    }

    private static void insertLines(PurchaseOrderMapper orders, long orderId, List<OrderInput.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            OrderInput.Line line = lines.get(i);
            orders.insertLine(orderId, i + 1, line.sku(), line.quantity(), line.unitPrice(), OrderTerms.tolerance(line));
        }
    }

    private static boolean linesChanged(List<PurchaseOrder.Line> before, List<OrderInput.Line> after) {
        if (before.size() != after.size()) {
            return true;
        }
        for (int i = 0; i < before.size(); i++) {
            PurchaseOrder.Line old = before.get(i);
            OrderInput.Line now = after.get(i);
            if (!old.sku().equals(now.sku()) || old.quantity() != now.quantity() || old.unitPrice().compareTo(now.unitPrice()) != 0
                    || old.tolerancePercent().compareTo(OrderTerms.tolerance(now)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String currency(OrderInput input) {
        return Objects.requireNonNullElse(input.currency(), "CNY");
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
