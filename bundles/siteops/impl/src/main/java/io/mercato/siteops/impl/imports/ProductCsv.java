package io.mercato.siteops.impl.imports;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.ValidationException;
import io.mercato.siteops.impl.catalog.Products;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The product CSV, as exported and imported: one line per SKU, the product's own columns repeated on each of its lines
 * ({@code product} is its code, P-…, or for a new product a key of the file's own shared by its lines; a product without
 * SKUs is one line with an empty {@code sku}). {@code status} is written on export and ignored on import. Attributes are
 * {@code name=value} pairs separated by {@code ;}. Rows are read as a stream; every malformed one is counted and the
 * first {@value #REPORTED_ERRORS} reported by row number (the header is row 1).
 */
public final class ProductCsv {
    public static final List<String> COLUMNS = List.of("product", "status", "category", "merchant", "title", "description", "sku", "attributes",
            "merchant_sku", "barcode");
    static final Set<String> REQUIRED = Set.of("product", "category", "title");
    /** A whole catalog of a large shop (100,000 SKUs) with room to spare. */
    public static final int MAX_ROWS = 200_000;
    public static final int REPORTED_ERRORS = 100;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).build();

    private ProductCsv() {
    }

    /** A well-formed row: codes normalised, blanks as null. */
    public record Row(int line, String product, String category, String merchant, String title, String description, String sku,
                      Map<String, String> attributes, String merchantSku, String barcode) {
    }

    /** Receives each well-formed row. */
    @FunctionalInterface
    public interface RowSink {
        void accept(Row row);
    }

    /** Reads every row into the sink; the row count, or a {@link ValidationException} with the first errors by row. */
    public static int read(Reader source, RowSink sink) {
        List<FieldError> first = new ArrayList<>();
        int errors = 0;
        int rows = 0;
        int line = 1;
        try (CSVParser parser = CSVParser.parse(TextFiles.withoutBom(source), FORMAT)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            checkHeader(header);
            for (CSVRecord record : parser) {
                line = (int) record.getRecordNumber() + 1;
                if (rows + errors >= MAX_ROWS) {
                    throw new ValidationException("body", "at most " + MAX_ROWS + " rows per import; split the file");
                }
                List<FieldError> problems = new ArrayList<>();
                Row row = parse(record, header, line, problems);
                if (problems.isEmpty()) {
                    sink.accept(row);
                    rows++;
                } else {
                    errors++;
                    problems.stream().limit(Math.max(0, REPORTED_ERRORS - first.size())).forEach(first::add);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("body", "unreadable CSV after row " + line
                    + ": check that it is UTF-8 text and that fields with commas or quotes are quoted, quotes doubled");
        }
        if (errors > 0) {
            if (errors > first.size()) {
                first.add(new FieldError("rows", errors + " rows have errors in all; nothing was imported"));
            }
            throw new ValidationException(first);
        }
        if (rows == 0) {
            throw new ValidationException("body", "the file has a header but no rows");
        }
        return rows;
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw new ValidationException("body", "the CSV is empty; expected a header line " + String.join(",", COLUMNS));
        }
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException("header", "unknown column " + String.join(", ", unknown) + "; the columns are " + String.join(",", COLUMNS));
        }
        List<String> missing = REQUIRED.stream().filter(h -> !header.contains(h)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ValidationException("header", "needs the column " + String.join(", ", missing));
        }
    }

    private static Row parse(CSVRecord record, List<String> header, int line, List<FieldError> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            String value = record.get(i);
            values.put(header.get(i), value == null || value.isBlank() ? null : value.strip());
        }
        String at = "row " + line + ": ";
        String product = values.get("product");
        String category = values.get("category") == null ? null : values.get("category").toUpperCase(Locale.ROOT);
        String merchant = values.get("merchant");
        String title = values.get("title");
        String description = values.get("description");
        String sku = values.get("sku");
        String merchantSku = values.get("merchant_sku");
        String barcode = values.get("barcode");
        require(product != null && product.length() <= 40, at + "product", "is required: the product's code, or a new product's key (at most 40 characters)", problems);
        require(category != null && category.length() <= 30, at + "category", "is required: a category code", problems);
        require(merchant == null || Products.MERCHANT.matcher(merchant).matches(), at + "merchant", "must be a merchant code like M-000001, or empty for own goods", problems);
        require(title != null && title.length() <= 120, at + "title", "is required, at most 120 characters", problems);
        require(description == null || description.length() <= 10_000, at + "description", "is at most 10,000 characters", problems);
        require(sku == null || Products.SKU.matcher(sku).matches(), at + "sku", "must be 1 to 64 letters, digits, '.', '_' or '-'", problems);
        require(merchantSku == null || merchantSku.length() <= 64, at + "merchant_sku", "is at most 64 characters", problems);
        require(barcode == null || Products.BARCODE.matcher(barcode).matches(), at + "barcode", "must be 8 to 14 digits (EAN/UPC)", problems);
        require(merchant == null || sku == null || merchantSku != null, at + "merchant_sku", "is required for a merchant's goods", problems);
        require(sku != null || (values.get("attributes") == null && merchantSku == null && barcode == null), at + "sku",
                "is required when attributes, merchant_sku or barcode are given", problems);
        Map<String, String> attributes = attributes(values.get("attributes"), at, problems);
        return new Row(line, product, category, merchant, title, description, sku, attributes, merchantSku, barcode);
    }

    /** {@code 颜色=红; 尺码=XL}, within the catalog's limits on attributes ({@link Products#MAX_ATTRIBUTES} and the lengths). */
    static Map<String, String> attributes(String text, String at, List<FieldError> problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text == null) {
            return attributes;
        }
        for (String pair : text.split("[;；]")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? "" : pair.substring(0, equals).strip();
            String value = equals < 0 ? "" : pair.substring(equals + 1).strip();
            if (name.isEmpty() || name.length() > Products.MAX_ATTRIBUTE_NAME || value.isEmpty() || value.length() > Products.MAX_ATTRIBUTE_VALUE
                    || attributes.put(name, value) != null) {
                problems.add(new FieldError(at + "attributes", "must be name=value pairs separated by ';' (names up to "
                        + Products.MAX_ATTRIBUTE_NAME + " characters, values up to " + Products.MAX_ATTRIBUTE_VALUE + ", each name once)"));
                return attributes;
            }
        }
        if (attributes.size() > Products.MAX_ATTRIBUTES) {
            problems.add(new FieldError(at + "attributes", "are at most " + Products.MAX_ATTRIBUTES));
        }
        return attributes;
    }

    /** Writes attributes the way {@link #attributes} reads them. */
    public static String attributesText(Map<String, String> attributes) {
        StringBuilder text = new StringBuilder();
        attributes.forEach((name, value) -> text.append(text.length() == 0 ? "" : "; ").append(name).append('=').append(value));
        return text.toString();
    }

    private static void require(boolean holds, String field, String message, List<FieldError> problems) {
        if (!holds) {
            problems.add(new FieldError(field, message));
        }
    }

}
