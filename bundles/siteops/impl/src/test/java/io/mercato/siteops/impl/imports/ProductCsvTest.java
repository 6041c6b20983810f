package io.mercato.siteops.impl.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductCsvTest {
    @Test
    void readsRowsInAnyColumnOrderWithUnicodeAndQuotedFields() {
        String csv = "\uFEFFtitle,product,category,sku,attributes,barcode,description\n"
                + "\"纯棉T恤, 白色\",new-1,apparel,TS-W-M,颜色=白; 尺码=M,6901234567892,\"第一行\n第二行\"\n"
                + "\"纯棉T恤, 白色\",new-1,apparel,TS-W-L,颜色=白；尺码=L,,\"第一行\n第二行\"\n";
        List<ProductCsv.Row> rows = new ArrayList<>();
        assertEquals(2, ProductCsv.read(new StringReader(csv), rows::add));
        ProductCsv.Row first = rows.get(0);
        assertEquals("纯棉T恤, 白色", first.title());
        assertEquals("APPAREL", first.category());
        assertEquals(Map.of("颜色", "白", "尺码", "M"), first.attributes());
        assertEquals("第一行\n第二行", first.description());
        assertEquals(3, rows.get(1).line());
        assertEquals(null, rows.get(1).barcode());
        assertEquals(Map.of("颜色", "白", "尺码", "L"), rows.get(1).attributes());
    }

    @Test
    void everyMalformedRowIsReportedAndNothingIsPassedOn() {
        String csv = "product,category,merchant,title,sku,barcode,merchant_sku\n"
                + "new-1,APPAREL,,Shirt,OK-1,,\n"
                + ",APPAREL,,Shirt,BAD SKU,123,\n"
                + "new-2,APPAREL,M-1,,M-SKU,,\n";
        List<ProductCsv.Row> rows = new ArrayList<>();
        ValidationException refused = assertThrows(ValidationException.class, () -> ProductCsv.read(new StringReader(csv), rows::add));
        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("row 3: product", "row 3: sku", "row 3: barcode", "row 4: title", "row 4: merchant_sku"), fields);
        assertEquals(1, rows.size(), "only the well-formed row reached the sink, which the caller's transaction then rolls back");
    }

    @Test
    void anUnknownOrMissingColumnIsAHeaderError() {
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> ProductCsv.read(new StringReader("product,category,title,price\nx,A,B,1\n"), row -> { }));
        assertEquals("header", unknown.errors().get(0).field());
        assertTrue(unknown.errors().get(0).message().contains("price"));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> ProductCsv.read(new StringReader("product,title\nx,B\n"), row -> { }));
        assertTrue(missing.errors().get(0).message().contains("category"));
    }

    @Test
    void attributesRoundTrip() {
        Map<String, String> attributes = ProductCsv.attributes("颜色=红; 尺码=XL", "row 2: ", new ArrayList<>());
        assertEquals("颜色=红; 尺码=XL", ProductCsv.attributesText(attributes));
        List<FieldError> problems = new ArrayList<>();
        ProductCsv.attributes("颜色", "row 2: ", problems);
        assertEquals("row 2: attributes", problems.get(0).field());
    }
}
