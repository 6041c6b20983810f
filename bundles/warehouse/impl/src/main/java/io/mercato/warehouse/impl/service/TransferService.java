package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.impl.persistence.TransferLineOfRow;
import io.mercato.warehouse.impl.persistence.TransferLineRow;
import io.mercato.warehouse.impl.persistence.TransferMapper;
import io.mercato.warehouse.impl.persistence.TransferRow;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import io.mercato.warehouse.impl.persistence.WarehouseRow;
import io.mercato.warehouse.impl.service.StockLedger.Delta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.mercato.platform.api.org.OrgDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inter-warehouse transfers: requested → shipped (stock leaves the source and is in transit to the target)
 * → received (possibly short; the shortage is a ledger line of its own), or cancelled before shipping.
 */
@Component(service = TransferService.class)
public class TransferService {
    /** Lines one transfer may carry: a lorry-load of SKUs, and a bound on what a page of transfers holds. */
    static final int MAX_LINES = 500;
    private static final Set<String> STATUSES = Set.of("REQUESTED", "SHIPPED", "RECEIVED", "CANCELLED");
    /** The capability whose owner a transfer belongs to. */
    public static final String CAPABILITY = "warehouse.transfer";
    private final Transactions transactions;
    private final OrgDirectory org;

    @Activate
    public TransferService(@Reference WarehouseDatabase database, @Reference OrgDirectory org) {
        this.transactions = database.transactions();
        this.org = org;
    }

    public TransferView request(TransferRequest request, Actor actor) {
        validate(request);
        String owner = org.departmentOwning(CAPABILITY).orElse(null);
        return transactions.inTransaction(actor, tx -> {
            WarehouseMapper warehouses = tx.mapper(WarehouseMapper.class);
            WarehouseRow from = WarehouseServiceImpl.requireActive(warehouses, "fromWarehouse", request.fromWarehouse());
            WarehouseRow to = WarehouseServiceImpl.requireActive(warehouses, "toWarehouse", request.toWarehouse());
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            long id = transfers.insert(from.id(), to.id(), blankToNull(request.note()), actor.username(), owner);
            request.lines().forEach(line -> transfers.insertLine(id, line.sku(), line.quantity()));
            TransferView created = view(transfers, id);
            tx.audit("transfer.requested", "transfer", created.number(), created);
            return created;
        });
    }

    public TransferView ship(long id, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            TransferRow transfer = lockInStatus(transfers, id, "REQUESTED", "shipped");
            for (TransferLineRow line : transfers.lines(id)) {
                StockLedger.move(tx, line.sku(), transfer.fromWarehouseId(), transfer.fromWarehouse(), "TRANSFER_OUT",
                        new Delta(-line.quantity(), 0, 0), null, number(id));
                StockLedger.move(tx, line.sku(), transfer.toWarehouseId(), transfer.toWarehouse(), "TRANSFER_IN_TRANSIT",
                        new Delta(0, 0, line.quantity()), null, number(id));
                transfers.setShipped(id, line.sku(), line.quantity());
            }
            transfers.markShipped(id);
            return audited(tx, transfers, id, "transfer.shipped");
        });
    }

    public TransferView receive(long id, ReceiptRequest receipt, Actor actor) {
        Map<String, Integer> arrived = arrivedQuantities(receipt);
        return transactions.inTransaction(actor, tx -> {
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            TransferRow transfer = lockInStatus(transfers, id, "SHIPPED", "received");
            List<TransferLineRow> lines = transfers.lines(id);
            checkArrivals(arrived, lines);
            for (TransferLineRow line : lines) {
                int shipped = line.shipped();
                int received = arrived.getOrDefault(line.sku(), shipped);
                StockLedger.move(tx, line.sku(), transfer.toWarehouseId(), transfer.toWarehouse(), "TRANSFER_IN",
                        new Delta(received, 0, -received), null, number(id));
                if (received < shipped) {
                    StockLedger.move(tx, line.sku(), transfer.toWarehouseId(), transfer.toWarehouse(), "TRANSFER_SHORTAGE",
                            new Delta(0, 0, received - shipped), "short by " + (shipped - received), number(id));
                }
                transfers.setReceived(id, line.sku(), received);
            }
            transfers.markReceived(id, receipt == null ? null : blankToNull(receipt.note()));
            return audited(tx, transfers, id, "transfer.received");
        });
    }

    public TransferView cancel(long id, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            lockInStatus(transfers, id, "REQUESTED", "cancelled");
            transfers.markCancelled(id);
            return audited(tx, transfers, id, "transfer.cancelled");
        });
    }

    public TransferView get(long id) {
        return transactions.read(tx -> {
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            if (transfers.find(id) == null) {
                throw new NotFoundException("No transfer " + id);
            }
            return view(transfers, id);
        });
    }

    /** Newest first; {@code q} finds transfers by warehouse code or SKU. Paged by number or by the last id seen. */
    public Page<TransferView> search(String status, String q, PageRequest page) {
        String statusFilter = blankToNull(status);
        if (statusFilter != null && !STATUSES.contains(statusFilter)) {
            throw new io.mercato.platform.api.ValidationException("status", "must be one of " + STATUSES);
        }
        String pattern = TextSearch.contains(q);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            TransferMapper transfers = tx.mapper(TransferMapper.class);
            Page<TransferRow> rows = Page.of(transfers.search(statusFilter, pattern, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> transfers.count(statusFilter, pattern, page.countLimit())),
                    row -> Cursor.of(row.id()));
            Map<Long, List<TransferLineRow>> lines = new HashMap<>();
            if (!rows.items().isEmpty()) {
                for (TransferLineOfRow line : transfers.linesOf(rows.items().stream().map(TransferRow::id).toList())) {
                    lines.computeIfAbsent(line.transferId(), id -> new ArrayList<>()).add(line.line());
                }
            }
            return rows.map(row -> TransferView.of(row, lines.getOrDefault(row.id(), List.of())));
        });
    }

    private static TransferRow lockInStatus(TransferMapper transfers, long id, String expected, String action) {
        TransferRow transfer = transfers.lock(id);
        if (transfer == null) {
            throw new NotFoundException("No transfer " + id);
        }
        if (!expected.equals(transfer.status())) {
            throw new ConflictException("transfer-status", "Transfer " + number(id) + " is " + transfer.status()
                    + " and cannot be " + action);
        }
        return transfer;
    }

    private static TransferView audited(TransactionContext tx, TransferMapper transfers, long id, String action) {
        TransferView after = view(transfers, id);
        tx.audit(action, "transfer", after.number(), after);
        return after;
    }

    private static TransferView view(TransferMapper transfers, long id) {
        return TransferView.of(transfers.find(id), transfers.lines(id));
    }

    private static String number(long id) {
        return String.format("TR-%06d", id);
    }

    private static Map<String, Integer> arrivedQuantities(ReceiptRequest receipt) {
        Map<String, Integer> arrived = new HashMap<>();
        if (receipt == null || receipt.lines() == null) {
            return arrived;
        }
        Check check = Check.input();
        for (int i = 0; i < receipt.lines().size(); i++) {
            TransferRequest.Line line = receipt.lines().get(i);
            check.required("lines[" + i + "].sku", line == null ? null : line.sku());
            if (line != null) {
                check.notNegative("lines[" + i + "].quantity", line.quantity());
                if (line.sku() != null && arrived.put(line.sku(), line.quantity()) != null) {
                    check.add(new FieldError("lines[" + i + "].sku", "is listed twice"));
                }
            }
        }
        check.validate();
        return arrived;
    }

    private static void checkArrivals(Map<String, Integer> arrived, List<TransferLineRow> lines) {
        Map<String, Integer> shipped = new HashMap<>();
        lines.forEach(line -> shipped.put(line.sku(), line.shipped()));
        Check check = Check.input();
        arrived.forEach((sku, quantity) -> {
            if (!shipped.containsKey(sku)) {
                check.add(new FieldError("lines", "SKU " + sku + " is not part of this transfer"));
            } else if (quantity > shipped.get(sku)) {
                check.add(new FieldError("lines", "SKU " + sku + ": received " + quantity + " is more than the "
                        + shipped.get(sku) + " shipped"));
            }
        });
        check.validate();
    }

    private static void validate(TransferRequest request) {
        Check check = Check.input()
                .required("fromWarehouse", request.fromWarehouse())
                .required("toWarehouse", request.toWarehouse())
                .rule(request.fromWarehouse() == null || !request.fromWarehouse().equals(request.toWarehouse()),
                        "toWarehouse", "must differ from fromWarehouse")
                .text("note", request.note(), 500, false)
                .rule(request.lines() != null && !request.lines().isEmpty(), "lines", "needs at least one line")
                .rule(request.lines() == null || request.lines().size() <= MAX_LINES, "lines",
                        "at most " + MAX_LINES + " lines per transfer; split a larger one");
        Set<String> seen = new HashSet<>();
        List<TransferRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            TransferRequest.Line line = lines.get(i);
            if (line == null) {
                check.add(new FieldError("lines[" + i + "]", "is required"));
                continue;
            }
            check.code("lines[" + i + "].sku", line.sku(), Codes.SKU, Codes.SKU_TEXT)
                    .positive("lines[" + i + "].quantity", line.quantity());
            if (line.sku() != null && !seen.add(line.sku())) {
                check.add(new FieldError("lines[" + i + "].sku", "is listed twice"));
            }
        }
        check.validate();
    }

    private static String blankToNull(String text) {
        return WarehouseServiceImpl.blankToNull(text);
    }
}
