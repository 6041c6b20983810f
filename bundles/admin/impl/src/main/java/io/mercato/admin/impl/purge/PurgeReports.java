package io.mercato.admin.impl.purge;

import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.persistence.ExportRow;
import io.mercato.admin.impl.persistence.PurgeMapper;
import io.mercato.admin.impl.service.AdminDatabase;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.outbox.OutboxMonitor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.references.DocumentReferences;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The dry run of a purge: the department's tables and rows, what other departments hold of its documents, the
 * outbox events waiting for it, and a hash of its data that a later purge must still find.
 */
@Component(service = PurgeReports.class)
public class PurgeReports {
    private final Transactions transactions;
    private final OutboxMonitor outbox;
    private final List<DocumentReferences> references = new CopyOnWriteArrayList<>();

    @Activate
    public PurgeReports(@Reference AdminDatabase database, @Reference OutboxMonitor outbox) {
        this.transactions = database.transactions();
        this.outbox = outbox;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReferences(DocumentReferences held) {
        references.add(held);
    }

    void removeReferences(DocumentReferences held) {
        references.remove(held);
    }

    /** The report of the schema named like the department; 409 when it has none (never created, or purged). */
    public PurgeReport report(String code) {
        List<PurgeMapper.TableFingerprint> tables = transactions.read(tx -> {
            PurgeMapper purge = tx.mapper(PurgeMapper.class);
            if (!purge.schemaExists(code)) {
                throw new ConflictException("no-data", "There is no schema " + code + ": nothing to export or purge");
            }
            return purge.tables(code);
        });
        List<PurgeReport.TableRows> rows = tables.stream().map(t -> new PurgeReport.TableRows(t.tableName(), t.rows())).toList();
        long total = tables.stream().mapToLong(PurgeMapper.TableFingerprint::rows).sum();
        List<PurgeReport.Reference> held = new ArrayList<>();
        for (DocumentReferences holder : references) {
            holder.heldTo(code).stream().filter(reference -> reference.count() > 0)
                    .forEach(reference -> held.add(new PurgeReport.Reference(reference.holder(), reference.description(), reference.count())));
        }
        List<PurgeReport.WaitingEvents> waiting = outbox.subscriptions().stream()
                .filter(subscription -> subscription.subscriber().startsWith(code + "."))
                .filter(subscription -> subscription.pending() + subscription.parked() > 0)
                .map(subscription -> new PurgeReport.WaitingEvents(subscription.subscriber(), subscription.pending(), subscription.parked()))
                .toList();
        String hash = hash(tables);
        ExportRow latest = transactions.read(tx -> tx.mapper(PurgeMapper.class).exports(code)).stream().findFirst().orElse(null);
        SchemaExport export = latest == null ? null : export(latest);
        return new PurgeReport(code, code, rows, total, held, waiting, hash, export, export != null && export.reportHash().equals(hash));
    }

    public static SchemaExport export(ExportRow row) {
        return new SchemaExport(row.id(), row.code(), row.operationId(), row.fileName(), row.bytes(), row.sha256(), row.reportHash(),
                row.tables(), row.rowCount(), row.createdBy(), row.createdAt());
    }

    private static String hash(List<PurgeMapper.TableFingerprint> tables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PurgeMapper.TableFingerprint table : tables) {
                digest.update((table.tableName() + ":" + table.rows() + ":" + table.checksum() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
