package io.mercato.admin.impl.purge;

import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.persistence.PurgeMapper;
import io.mercato.admin.impl.service.AdminDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.outbox.OutboxMonitor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Drops an uninstalled department's schema for good, only as the admin asked: its code typed in, the report they read
 * still true of the data, and an export of exactly that data on disk.
 */
@Component(service = Purger.class)
public class Purger {
    private final Transactions transactions;
    private final PurgeReports reports;
    private final SchemaExports exports;
    private final OutboxMonitor outbox;

    @Activate
    public Purger(@Reference AdminDatabase database, @Reference PurgeReports reports, @Reference SchemaExports exports,
                  @Reference OutboxMonitor outbox) {
        this.transactions = database.transactions();
        this.reports = reports;
        this.exports = exports;
        this.outbox = outbox;
    }

    /**
     * Refuses (400 naming the field, or 409 saying what changed) unless the purge may run; checked again when it runs.
     * Returns the report of the data as it is now.
     */
    public PurgeReport check(String code, String confirmCode, String reportHash, Long exportId) {
        Check.input()
                .rule(code.equals(confirmCode == null ? null : confirmCode.strip()), "confirmCode", "must be the department's code, typed in: " + code)
                .rule(reportHash != null && !reportHash.isBlank(), "reportHash", "is required: the hash of the purge report you read")
                .rule(exportId != null, "exportId", "is required: export the data first")
                .validate();
        PurgeReport now = reports.report(code);
        if (!now.hash().equals(reportHash.strip())) {
            throw new ConflictException("report-changed", "The data of " + code + " has changed since that report; read the report again");
        }
        SchemaExport export = exports.find(exportId);
        if (!export.code().equals(code) || !export.reportHash().equals(now.hash())) {
            throw new ConflictException("export-stale", "Export " + exportId + " does not hold the data of " + code
                    + " as it is now; export it again");
        }
        exports.file(export);
        return now;
    }

    /** Drops the schema (all or nothing, in one transaction) and the department's outbox subscriptions. */
    public Map<String, Object> purge(String code, String reportHash, long exportId, Actor actor) {
        // One scan of the schema: the report that the checks held against is the one recorded.
        PurgeReport report = check(code, code, reportHash, exportId);
        long dropped = outbox.dropSubscriptions(code, actor);
        SchemaExport export = exports.find(exportId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tables", report.tables().size());
        details.put("rows", report.totalRows());
        details.put("reportHash", report.hash());
        details.put("export", export.fileName());
        details.put("exportSha256", export.sha256());
        details.put("outboxDeliveriesDropped", dropped);
        transactions.inTransaction(actor, tx -> {
            tx.mapper(PurgeMapper.class).dropSchema(code);
            tx.audit("admin.module.purged", "module", code, details);
            return null;
        });
        return details;
    }
}
