package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import io.mercato.warehouse.impl.persistence.WarehouseRow;
import io.mercato.warehouse.impl.service.StockLedger.Delta;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opening stock from CSV ({@code sku,warehouse,quantity}): every row valid → all applied in one
 * transaction; any row invalid → nothing applied and every row's errors reported.
 */
@Component(service = OpeningStockImport.class)
public class OpeningStockImport {
    static final List<String> HEADER = List.of("sku", "warehouse", "quantity");
    private static final int MAX_ROWS = 50_000;
    private final Transactions transactions;

    @Activate
    public OpeningStockImport(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    public record Result(int applied) {
    }

    record Row(int line, String sku, String warehouse, int quantity) {
    }

    public Result importCsv(String csv, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = parse(csv, errors);
        return transactions.inTransaction(actor, tx -> {
            WarehouseMapper warehouses = tx.mapper(WarehouseMapper.class);
            StockMapper stock = tx.mapper(StockMapper.class);
            Map<String, WarehouseRow> known = new HashMap<>();
            for (Row row : rows) {
                WarehouseRow warehouse = known.computeIfAbsent(row.warehouse(), warehouses::findByCode);
                if (warehouse == null || !warehouse.active()) {
                    errors.add(new FieldError("row " + row.line() + ": warehouse", "no active warehouse " + row.warehouse()));
                } else if (stock.movementCount(row.sku(), warehouse.id()) > 0) {
                    errors.add(new FieldError("row " + row.line() + ": sku",
                            "stock of " + row.sku() + " in " + row.warehouse() + " is already recorded"));
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingInt(OpeningStockImport::lineOf));
                throw new ValidationException(errors);
            }
            for (Row row : rows) {
                WarehouseRow warehouse = known.get(row.warehouse());
                StockLedger.move(tx, row.sku(), warehouse.id(), warehouse.code(), "OPENING",
                        new Delta(row.quantity(), 0, 0), "opening stock import", null, "row " + row.line() + ": quantity");
            }
            tx.audit("stock.opening-imported", "stock", "import", Map.of("rows", rows.size()));
            return new Result(rows.size());
        });
    }

    static List<Row> parse(String csv, List<FieldError> errors) {
        List<Row> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("body", "the CSV is empty; expected a header line sku,warehouse,quantity");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new ValidationException("header", "must be exactly " + String.join(",", HEADER));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    throw new ValidationException("body", "at most " + MAX_ROWS + " rows per import");
                }
                int line = (int) record.getRecordNumber() + 1;
                Row row = parseRow(record, line, errors);
                if (row != null && !seen.add(row.sku() + '\u0000' + row.warehouse())) {
                    errors.add(new FieldError("row " + line + ": sku", row.sku() + " in " + row.warehouse() + " appears twice"));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("body", "unreadable CSV after line " + (rows.size() + errors.size() + 1)
                    + ": check quotes and separators (fields with commas or quotes must be quoted, quotes doubled)");
        }
        return rows;
    }

    private static Row parseRow(CSVRecord record, int line, List<FieldError> errors) {
        if (!record.isConsistent()) {
            errors.add(new FieldError("row " + line, "must have exactly 3 columns"));
            return null;
        }
        String sku = record.get("sku");
        String warehouse = record.get("warehouse");
        String quantityText = record.get("quantity");
        int before = errors.size();
        if (!Codes.SKU.matcher(sku).matches()) {
            errors.add(new FieldError("row " + line + ": sku", "must be " + Codes.SKU_TEXT));
        }
        if (!Codes.WAREHOUSE.matcher(warehouse).matches()) {
            errors.add(new FieldError("row " + line + ": warehouse", "must be " + Codes.WAREHOUSE_TEXT));
        }
        int quantity = -1;
        try {
            quantity = Integer.parseInt(quantityText);
        } catch (NumberFormatException e) {
            quantity = -1;
        }
        if (quantity < 0 || quantity > Check.MAX_COUNT) {
            errors.add(new FieldError("row " + line + ": quantity", "must be a whole number from 0 to " + Check.MAX_COUNT));
        }
        return errors.size() == before ? new Row(line, sku, warehouse, quantity) : null;
    }

    private static int lineOf(FieldError error) {
        String field = error.field();
        try {
            return Integer.parseInt(field.replaceAll("^row (\\d+).*$", "$1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String stripBom(String text) {
        return text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
