package io.mercato.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.jobs.JobErrors;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;

/** Jobs' rows in error as JSON (Jackson) and as the CSV file of rejected rows (Commons CSV). */
@Component(service = JobErrors.class)
public class JsonJobErrors implements JobErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> LISTED = new TypeReference<>() { };

    @Override
    public String toJson(List<FieldError> errors) {
        try {
            return JSON.writeValueAsString(errors.stream().map(e -> Map.of("field", String.valueOf(e.field()), "message",
                    String.valueOf(e.message()))).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's errors could not be written", e);
        }
    }

    @Override
    public List<FieldError> fromJson(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LISTED).stream().map(e -> new FieldError(e.get("field"), e.get("message"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's errors could not be read", e);
        }
    }

    @Override
    public void writeCsv(List<FieldError> errors, Writer out) throws IOException {
        CSVPrinter csv = start(out);
        for (FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            String row = "";
            int colon = field.indexOf(':');
            if (field.startsWith("row ") && colon > 4) {
                row = field.substring(4, colon).strip();
                field = field.substring(colon + 1).strip();
            }
            csv.printRecord(row, field, error.message());
        }
        csv.flush();
    }

    @Override
    public CsvRows csvRows(Writer out) throws IOException {
        CSVPrinter csv = start(out);
        return new CsvRows() {
            @Override
            public void row(int line, String field, String message) throws IOException {
                csv.printRecord(line, field, message);
            }

            @Override
            public void flush() throws IOException {
                csv.flush();
            }
        };
    }

    private static CSVPrinter start(Writer out) throws IOException {
        out.write('\uFEFF');
        return CSVFormat.DEFAULT.builder().setHeader("row", "field", "message").build().print(out);
    }
}
