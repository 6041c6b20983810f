package io.mercato.siteops.impl.imports;

import io.mercato.siteops.impl.support.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Stages an import's rows in {@code siteops.product_import_row} in JDBC batches as they are read, on the caller's transaction. */
final class ImportStaging implements ProductCsv.RowSink, AutoCloseable {
    private static final int BATCH = 1_000;
    private final PreparedStatement insert;
    private final long importId;
    private int pending;

    ImportStaging(Connection connection, long importId) {
        try {
            this.insert = connection.prepareStatement("INSERT INTO siteops.product_import_row (import_id, line, product_key, category, merchant, "
                    + "title, description, sku, attributes, merchant_sku, barcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)");
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import could not start", e);
        }
        this.importId = importId;
    }

    @Override
    public void accept(ProductCsv.Row row) {
        try {
            insert.setLong(1, importId);
            insert.setInt(2, row.line());
            insert.setString(3, row.product());
            insert.setString(4, row.category());
            insert.setString(5, row.merchant());
            insert.setString(6, row.title());
            insert.setString(7, row.description());
            insert.setString(8, row.sku());
            insert.setString(9, Texts.json(row.attributes()));
            insert.setString(10, row.merchantSku());
            insert.setString(11, row.barcode());
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import failed", e);
        }
    }

    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
            pending = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import failed", e);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            // the transaction ends anyway
        }
    }
}
