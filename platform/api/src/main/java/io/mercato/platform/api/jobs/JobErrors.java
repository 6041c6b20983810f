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
