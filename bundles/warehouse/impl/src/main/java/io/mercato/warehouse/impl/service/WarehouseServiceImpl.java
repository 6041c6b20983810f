package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.api.Warehouse;
import io.mercato.warehouse.api.WarehouseDirectory;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import io.mercato.warehouse.impl.persistence.WarehouseRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The warehouse network: create, edit, list, and the directory other departments read. */
@Component(service = {WarehouseDirectory.class, WarehouseServiceImpl.class})
public class WarehouseServiceImpl implements WarehouseDirectory {
    private final Transactions transactions;

    @Activate
    public WarehouseServiceImpl(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    public Warehouse create(WarehouseInput input, Actor actor) {
        validate(input, true);
        return transactions.inTransaction(actor, tx -> {
            WarehouseRow row = tx.mapper(WarehouseMapper.class).insert(input.code(), input.name().strip(),
                    input.region().strip(), address(input), input.active() == null || input.active());
            if (row == null) {
                throw new ConflictException("duplicate-code", "A warehouse with code " + input.code() + " already exists");
            }
            tx.audit("warehouse.created", "warehouse", row.code(), row.toWarehouse());
            return row.toWarehouse();
        });
    }

    public Warehouse update(String code, WarehouseInput input, Actor actor) {
        validate(input, false);
        return transactions.inTransaction(actor, tx -> {
            WarehouseMapper warehouses = tx.mapper(WarehouseMapper.class);
            WarehouseRow before = requireRow(warehouses, code);
            warehouses.update(code, input.name().strip(), input.region().strip(), address(input),
                    input.active() == null ? before.active() : input.active());
            WarehouseRow after = warehouses.findByCode(code);
            tx.audit("warehouse.updated", "warehouse", code, Map.of("before", before.toWarehouse(), "after", after.toWarehouse()));
            return after.toWarehouse();
        });
    }

    public Page<Warehouse> search(String q, PageRequest page) {
        String query = TextSearch.contains(q);
        return transactions.read(tx -> {
            WarehouseMapper warehouses = tx.mapper(WarehouseMapper.class);
            List<Warehouse> items = warehouses.search(query, page.size(), page.offset()).stream()
                    .map(WarehouseRow::toWarehouse).toList();
            return new Page<>(items, page.page(), page.size(), warehouses.count(query));
        });
    }

    public Warehouse get(String code) {
        return transactions.read(tx -> requireRow(tx.mapper(WarehouseMapper.class), code).toWarehouse());
    }

    @Override
    public List<Warehouse> activeWarehouses() {
        return transactions.read(tx -> tx.mapper(WarehouseMapper.class).active().stream().map(WarehouseRow::toWarehouse).toList());
    }

    @Override
    public Optional<Warehouse> find(String code) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(WarehouseMapper.class).findByCode(code)))
                .map(WarehouseRow::toWarehouse);
    }

    static WarehouseRow requireRow(WarehouseMapper warehouses, String code) {
        WarehouseRow row = warehouses.findByCode(code);
        if (row == null) {
            throw new NotFoundException("No warehouse with code " + code);
        }
        return row;
    }

    /** An existing, active warehouse, as the source or target of stock. */
    static WarehouseRow requireActive(WarehouseMapper warehouses, String field, String code) {
        WarehouseRow row = warehouses.findByCode(code);
        if (row == null) {
            throw new io.mercato.platform.api.ValidationException(field, "no warehouse with code " + code);
        }
        if (!row.active()) {
            throw new ConflictException("warehouse-inactive", "Warehouse " + code + " is not active");
        }
        return row;
    }

    private static void validate(WarehouseInput input, boolean creating) {
        Check check = Check.input();
        if (creating) {
            check.code("code", input.code(), Codes.WAREHOUSE, Codes.WAREHOUSE_TEXT);
        }
        check.text("name", input.name(), 100, true)
                .text("region", input.region(), 50, true)
                .text("address", input.address(), 300, false)
                .validate();
    }

    private static String address(WarehouseInput input) {
        return input.address() == null ? "" : input.address().strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
