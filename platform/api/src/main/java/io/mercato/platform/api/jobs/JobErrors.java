package io.mercato.platform.api.jobs;

import io.mercato.platform.api.FieldError;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A job's rows in error (a platform service): kept with the job as a JSON array of {@code {field, message}} (the field
 * names the row, e.g. {@code row 12: sku}), and handed to the person who uploaded the file as a CSV file of the rejected
 * rows ({@code row,field,message}).
 */
@ProviderType
public interface JobErrors {
    String toJson(List<FieldError> errors);

    /** Reads what {@link #toJson} wrote; {@code null} is no errors. */
    List<FieldError> fromJson(String json);

    /** Writes the rows in error as CSV, UTF-8 with a byte-order mark so spreadsheets read Chinese text right. */
    void writeCsv(List<FieldError> errors, Writer out) throws IOException;

    /** A file of rejected rows written one row at a time: every row of a large refused file, never all in memory. */
    interface CsvRows extends java.io.Flushable {
        /** One rejected row: its row number in the file (the header is row 1), the field and what is wrong. */
        void row(int line, String field, String message) throws IOException;
    }

    /** Starts the same CSV as {@link #writeCsv} on {@code out} (byte-order mark and header written); flush it when done. */
    CsvRows csvRows(Writer out) throws IOException;

    /**
     * Writes every rejected row {@code rows} hands over (typically streamed from the job's table of rule breaks by a
     * mapper's result handler, in a read transaction) as the CSV file, nothing collected.
     */
    default void writeCsv(java.util.function.Consumer<java.util.function.Consumer<RejectedRow>> rows, Writer out) throws IOException {
        CsvRows csv = csvRows(out);
        rows.accept(row -> {
            try {
                csv.row(row.line(), row.field(), row.message());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** The same CSV as text, for a job's few listed rows (an answer's body). */
    default String csv(List<FieldError> errors) {
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            writeCsv(errors, csv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** The innermost cause's first line: what a failed job tells its owner. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
