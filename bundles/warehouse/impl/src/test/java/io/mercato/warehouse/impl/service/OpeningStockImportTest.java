package io.mercato.warehouse.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningStockImportTest {
    @Test
    void parsesValidRowsWithBomAndBlankLines() {
        // Rows are counted as records with the header as row 1; blank lines are not rows.
        List<FieldError> errors = new ArrayList<>();
        List<OpeningStockImport.Row> rows = OpeningStockImport.parse("\uFEFFsku,warehouse,quantity\nA-1,SH-01,5\n\nB-2, BJ-01 ,0\n", errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(new OpeningStockImport.Row(2, "A-1", "SH-01", 5), new OpeningStockImport.Row(3, "B-2", "BJ-01", 0)), rows);
    }

    @Test
    void reportsEveryBadRowByLine() {
        List<FieldError> errors = new ArrayList<>();
        OpeningStockImport.parse("sku,warehouse,quantity\nA 1,SH-01,5\nB-2,bj,-3\nA-3,SH-01,1,extra\nC-1,SH-01,2\nC-1,SH-01,4\n", errors);
        assertEquals(List.of(
                new FieldError("row 2: sku", "must be " + Codes.SKU_TEXT),
                new FieldError("row 3: warehouse", "must be " + Codes.WAREHOUSE_TEXT),
                new FieldError("row 3: quantity", "must be a whole number from 0 to 1000000000"),
                new FieldError("row 4", "must have exactly 3 columns"),
                new FieldError("row 6: sku", "C-1 in SH-01 appears twice")), errors);
    }

    @Test
    void requiresTheHeader() {
        assertThrows(ValidationException.class, () -> OpeningStockImport.parse("sku,qty\nA,1\n", new ArrayList<>()));
        assertThrows(ValidationException.class, () -> OpeningStockImport.parse("  ", new ArrayList<>()));
    }
}
