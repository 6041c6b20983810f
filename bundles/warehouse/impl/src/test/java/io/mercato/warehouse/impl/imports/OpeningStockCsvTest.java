package io.mercato.warehouse.impl.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningStockCsvTest {
    private record Row(int line, String sku, String warehouse, int quantity) {
    }

    private static List<Row> read(String csv) {
        List<Row> rows = new ArrayList<>();
        OpeningStockCsv.read(new StringReader(csv), (line, sku, warehouse, quantity) -> rows.add(new Row(line, sku, warehouse, quantity)));
        return rows;
    }

    @Test
    void streamsWellFormedRowsWithBomAndBlankLines() {
        // Rows are counted as records with the header as row 1; blank lines are not rows.
        List<Row> rows = new ArrayList<>();
        OpeningStockCsv.Summary summary = OpeningStockCsv.read(new StringReader("\uFEFFsku,warehouse,quantity\nA-1,SH-01,5\n\nB-2, BJ-01 ,0\n"),
                (line, sku, warehouse, quantity) -> rows.add(new Row(line, sku, warehouse, quantity)));
        assertEquals(List.of(new Row(2, "A-1", "SH-01", 5), new Row(3, "B-2", "BJ-01", 0)), rows);
        assertEquals(2, summary.rows());
        assertEquals(Set.of("SH-01", "BJ-01"), summary.warehouses());
    }

    @Test
    void reportsEveryMalformedRowByLine() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> read("sku,warehouse,quantity\nA 1,SH-01,5\nB-2,bj,-3\nA-3,SH-01,1,extra\nC-1,SH-01,2\nC-2,SH-01,1000000001\n"));
        assertEquals(List.of(
                new FieldError("row 2: sku", "must be 1-64 letters, digits, '.', '_' or '-'"),
                new FieldError("row 3: warehouse", "must be 2-20 upper-case letters, digits or '-'"),
                new FieldError("row 3: quantity", "must be a whole number from 0 to 1000000000"),
                new FieldError("row 4", "must have exactly 3 columns"),
                new FieldError("row 6: quantity", "must be a whole number from 0 to 1000000000")), refused.errors());
    }

    @Test
    void listsTheFirstHundredErrorsAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("sku,warehouse,quantity\n");
        for (int i = 0; i < 250; i++) {
            csv.append("S-").append(i).append(",SH-01,x\n");
        }
        ValidationException refused = assertThrows(ValidationException.class, () -> read(csv.toString()));
        assertEquals(OpeningStockCsv.REPORTED_ERRORS + 1, refused.errors().size());
        assertEquals("row 2: quantity", refused.errors().get(0).field());
        assertEquals(new FieldError("rows", "150 more errors not listed; 250 in all"), refused.errors().get(100));
    }

    @Test
    void refusesAFileWithoutTheHeaderOrWithoutRows() {
        assertEquals("header", assertThrows(ValidationException.class, () -> read("sku,qty\nA,1\n")).errors().get(0).field());
        assertEquals("body", assertThrows(ValidationException.class, () -> read("")).errors().get(0).field());
        assertEquals("body", assertThrows(ValidationException.class, () -> read("sku,warehouse,quantity\n")).errors().get(0).field());
        assertEquals("body", assertThrows(ValidationException.class, () -> read("sku,warehouse,quantity\n\"A,SH-01,1\nB\"x,SH-01,2\n"))
                .errors().get(0).field());
    }
}
