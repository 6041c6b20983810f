package io.mercato.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.jobs.JobErrors;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobErrorsTest {
    private final JsonJobErrors errors = new JsonJobErrors();

    @Test
    void rowsInErrorRoundTripThroughJson() {
        List<FieldError> rows = List.of(new FieldError("row 12: sku", "“杯子” appears twice, in \"WH-1\""), new FieldError("file", "is empty"));
        assertEquals(rows, errors.fromJson(errors.toJson(rows)));
        assertEquals(List.of(), errors.fromJson(null));
        assertEquals(List.of(), errors.fromJson("[]"));
    }

    @Test
    void rejectedRowsAreACsvFileWithTheRowApart() throws Exception {
        StringWriter out = new StringWriter();
        errors.writeCsv(List.of(new FieldError("row 12: sku", "A-1, A-2 \"twice\""), new FieldError("row 7: warehouse", "无此仓库"),
                new FieldError("file", "is empty")), out);
        assertEquals("\uFEFFrow,field,message\r\n12,sku,\"A-1, A-2 \"\"twice\"\"\"\r\n7,warehouse,无此仓库\r\n\"\",file,is empty\r\n", out.toString());
    }

    @Test
    void aFailureIsToldByItsInnermostCause() {
        RuntimeException failure = new RuntimeException("outer", new IllegalStateException("duplicate key value\n  Detail: x"));
        assertEquals("duplicate key value", JobErrors.rootMessage(failure));
    }
}
