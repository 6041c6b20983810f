package io.mercato.warehouse.impl.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stages the rows of an upload in {@code warehouse.import_row} with PostgreSQL's {@code COPY}, in chunks as they are
 * read: hundreds of thousands of rows a second, on the caller's transaction. Codes are validated before they get here
 * (no tab, newline or backslash), so the text format needs no escaping.
 */
final class ImportStaging implements OpeningStockCsv.RowSink, AutoCloseable {
    private static final int CHUNK = 1 << 16;
    private final CopyIn copy;
    private final String jobPrefix;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 256);

    ImportStaging(Connection connection, long jobId) {
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY warehouse.import_row (job_id, line, sku, warehouse_code, quantity) FROM STDIN");
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import could not start", e);
        }
        this.jobPrefix = jobId + "\t";
    }

    @Override
    public void accept(int line, String sku, String warehouse, int quantity) {
        chunk.append(jobPrefix).append(line).append('\t').append(sku).append('\t').append(warehouse).append('\t')
                .append(quantity).append('\n');
        if (chunk.length() >= CHUNK) {
            flush();
        }
    }

    /** Sends what is left and ends the copy; returns the rows staged. */
    long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import failed", e);
        }
    }

    private void flush() {
        if (chunk.length() == 0) {
            return;
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import failed", e);
        }
    }

    /** Abandons an unfinished copy, so the connection can roll back and be used again. */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the transaction rolls back anyway
            }
        }
    }
}
