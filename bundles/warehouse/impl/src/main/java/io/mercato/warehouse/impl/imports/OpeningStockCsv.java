package io.mercato.warehouse.impl.imports;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.impl.service.Codes;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an opening-stock CSV ({@code sku,warehouse,quantity}) as a stream, row by row: every row that is well formed
 * goes to the sink, every one that is not is counted and the first {@value #REPORTED_ERRORS} reported by row number
 * (the header is row 1). What needs the database (does the warehouse exist, is the stock already recorded, does a
 * row repeat) is checked later, over the staged rows. Memory stays flat whatever the file's size.
 */
public final class OpeningStockCsv {
    static final List<String> HEADER = List.of("sku", "warehouse", "quantity");
    /** Rows one import may hold: the whole stock of a large company (100,000 SKUs in 50 warehouses). */
    public static final int MAX_ROWS = 5_000_000;
    /** Errors listed by row; the rest are counted. */
    public static final int REPORTED_ERRORS = 100;
    /** Different warehouses one file may name. */
    static final int MAX_WAREHOUSES = 1_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).build();

    private OpeningStockCsv() {
    }

    /** Receives each well-formed row. */
    @FunctionalInterface
    public interface RowSink {
        void accept(int line, String sku, String warehouse, int quantity);
    }

    /** What the file held: its well-formed rows went to the sink. */
    public record Summary(int rows, Set<String> warehouses) {
    }

    /** Reads every row; throws a {@link ValidationException} listing the first errors if any row is malformed. */
    public static Summary read(Reader source, RowSink sink) {
        ErrorReport errors = new ErrorReport(REPORTED_ERRORS);
        Set<String> warehouses = new TreeSet<>();
        int rows = 0;
        int line = 1;
        try (CSVParser parser = CSVParser.parse(TextFiles.withoutBom(source), FORMAT)) {
            if (parser.getHeaderNames().isEmpty()) {
                throw new ValidationException("body", "the CSV is empty; expected a header line sku,warehouse,quantity");
            }
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new ValidationException("header", "must be exactly " + String.join(",", HEADER));
            }
            for (CSVRecord record : parser) {
                line = (int) record.getRecordNumber() + 1;
                if (rows + errors.count() >= MAX_ROWS) {
                    throw new ValidationException("body", "at most " + MAX_ROWS + " rows per import; split the file");
                }
                if (parseRow(record, line, errors, sink)) {
                    rows++;
                    if (warehouses.add(record.get(1)) && warehouses.size() > MAX_WAREHOUSES) {
                        throw new ValidationException("body", "at most " + MAX_WAREHOUSES + " warehouses per import");
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("body", "unreadable CSV after row " + line
                    + ": check that it is UTF-8 text and that fields with commas or quotes are quoted, quotes doubled");
        }
        errors.throwIfAny("rows have errors; nothing was imported");
        if (rows == 0) {
            throw new ValidationException("body", "the CSV has a header but no rows");
        }
        return new Summary(rows, warehouses);
    }

    private static boolean parseRow(CSVRecord record, int line, ErrorReport errors, RowSink sink) {
        if (record.size() != HEADER.size()) {
            errors.add(new FieldError("row " + line, "must have exactly 3 columns"));
            return false;
        }
        String sku = record.get(0);
        String warehouse = record.get(1);
        int before = errors.count();
        if (!Codes.SKU.matcher(sku).matches()) {
            errors.add(new FieldError("row " + line + ": sku", "must be " + Codes.SKU_TEXT));
        }
        if (!Codes.WAREHOUSE.matcher(warehouse).matches()) {
            errors.add(new FieldError("row " + line + ": warehouse", "must be " + Codes.WAREHOUSE_TEXT));
        }
        int quantity = quantity(record.get(2));
        if (quantity < 0) {
            errors.add(new FieldError("row " + line + ": quantity", "must be a whole number from 0 to " + Check.MAX_COUNT));
        }
        if (errors.count() > before) {
            return false;
        }
        sink.accept(line, sku, warehouse, quantity);
        return true;
    }

    private static int quantity(String text) {
        try {
            int quantity = Integer.parseInt(text);
            return quantity <= Check.MAX_COUNT ? quantity : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }


    /** The first errors in row order and how many there were in all. */
    static final class ErrorReport {
        private final int reported;
        private final List<FieldError> first = new ArrayList<>();
        private int count;

        ErrorReport(int reported) {
            this.reported = reported;
        }

        void add(FieldError error) {
            count++;
            if (first.size() < reported) {
                first.add(error);
            }
        }

        int count() {
            return count;
        }

        List<FieldError> first() {
            return first;
        }

        /** Throws the first errors and, when there were more, one line saying how many more. */
        void throwIfAny(String summary) {
            if (count == 0) {
                return;
            }
            List<FieldError> listed = new ArrayList<>(first);
            if (count > first.size()) {
                listed.add(new FieldError("rows", (count - first.size()) + " more errors not listed; " + count + " in all"));
            }
            throw new ValidationException(listed);
        }
    }
}
