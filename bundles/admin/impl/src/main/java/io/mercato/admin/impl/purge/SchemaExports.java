package io.mercato.admin.impl.purge;

import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.persistence.ExportRow;
import io.mercato.admin.impl.persistence.PurgeMapper;
import io.mercato.admin.impl.service.AdminDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.PGConnection;

/**
 * Writes a department's schema into {@code data/admin/exports/<code>-<time>.zip}: one CSV per table (PostgreSQL's own
 * COPY, header row, streamed) and the purge report it was taken under.
 */
@Component(service = SchemaExports.class)
public class SchemaExports {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Transactions transactions;
    private final PurgeReports reports;
    private final Path folder;

    @Activate
    public SchemaExports(@Reference AdminDatabase database, @Reference PurgeReports reports) {
        this.transactions = database.transactions();
        this.reports = reports;
        this.folder = Path.of(System.getProperty("karaf.data", "data"), "admin", "exports");
    }

    /** Exports the schema now; the export is recorded against the operation that asked for it. */
    public SchemaExport export(String code, long operationId, Actor actor) throws IOException {
        PurgeReport report = reports.report(code);
        Files.createDirectories(folder);
        String fileName = code + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + operationId + ".zip";
        Path partial = folder.resolve(fileName + ".partial");
        MessageDigest sha256 = sha256();
        try {
            write(code, report, partial, sha256);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Path done = folder.resolve(fileName);
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        ExportRow row = new ExportRow(0, code, operationId, fileName, Files.size(done), HexFormat.of().formatHex(sha256.digest()),
                report.hash(), report.tables().size(), report.totalRows(), actor.username(), null);
        return transactions.inTransaction(actor, tx -> {
            PurgeMapper purge = tx.mapper(PurgeMapper.class);
            long id = purge.insertExport(row);
            tx.audit("admin.module.exported", "module", code, Map.of("export", id, "file", fileName, "sha256", row.sha256(),
                    "rows", row.rowCount()));
            return PurgeReports.export(purge.export(id));
        });
    }

    private void write(String code, PurgeReport report, Path partial, MessageDigest sha256) throws IOException {
        try (OutputStream file = Files.newOutputStream(partial);
             ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(file, sha256), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("purge-report.txt"));
            zip.write(describe(report).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            transactions.read(tx -> {
                try {
                    var copy = tx.connection().unwrap(PGConnection.class).getCopyAPI();
                    for (PurgeReport.TableRows table : report.tables()) {
                        zip.putNextEntry(new ZipEntry(table.table() + ".csv"));
                        // COPY takes no parameters: the names come from the catalogue and are quoted here.
                        copy.copyOut("COPY " + quoted(code) + "." + quoted(table.table()) + " TO STDOUT (FORMAT csv, HEADER)", zip);
                        zip.closeEntry();
                    }
                    return null;
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException("Exporting schema " + code + " failed: " + e.getMessage(), e);
                }
            });
        }
    }

    public SchemaExport find(long id) {
        ExportRow row = transactions.read(tx -> tx.mapper(PurgeMapper.class).export(id));
        if (row == null) {
            throw new NotFoundException("No export " + id);
        }
        return PurgeReports.export(row);
    }

    /** The export's file, if it is still there. */
    public Path file(SchemaExport export) {
        Path file = folder.resolve(export.fileName());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("The file of export " + export.id() + " is no longer in " + folder);
        }
        return file;
    }

    private static String describe(PurgeReport report) {
        StringBuilder text = new StringBuilder("Schema " + report.schema() + ", report hash " + report.hash() + "\n");
        report.tables().forEach(table -> text.append(table.table()).append(": ").append(table.rows()).append(" rows\n"));
        report.references().forEach(reference -> text.append("held by ").append(reference.holder()).append(": ")
                .append(reference.count()).append(" ").append(reference.description()).append('\n'));
        return text.toString();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
