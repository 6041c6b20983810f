package io.mercato.admin.impl.service;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModuleState;
import io.mercato.admin.api.OperationOptions;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.purge.Purger;
import io.mercato.admin.impl.purge.SchemaExports;
import io.mercato.platform.api.Actor;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the operations on an uninstalled department's data: exporting its schema, purging it. */
@Component(service = DataOperations.class)
public class DataOperations {
    private static final Logger LOG = LoggerFactory.getLogger(DataOperations.class);
    private final SchemaExports exports;
    private final Purger purger;
    private final ModuleJournal journal;

    @Activate
    public DataOperations(@Reference SchemaExports exports, @Reference Purger purger, @Reference ModuleJournal journal) {
        this.exports = exports;
        this.purger = purger;
        this.journal = journal;
    }

    void run(long id, String code, ModuleAction action, OperationOptions options, Actor actor) {
        try {
            if (action == ModuleAction.EXPORT) {
                journal.step(id, "exporting schema " + code + " (one CSV per table)", 20);
                SchemaExport export = exports.export(code, id, actor);
                journal.finish(id, code, action, ModuleOperation.SUCCEEDED, null, ModuleState.UNINSTALLED, null, actor);
                LOG.info("Exported schema {} to {} ({} bytes)", code, export.fileName(), export.bytes());
            } else {
                journal.step(id, "checking the report and the export, then dropping schema " + code, 30);
                Map<String, Object> purged = purger.purge(code, options.reportHash(), options.exportId(), actor);
                journal.finish(id, code, action, ModuleOperation.SUCCEEDED, null, ModuleState.PURGED, null, actor);
                LOG.info("Purged schema {}: {}", code, purged);
            }
        } catch (Exception e) {
            // Nothing was dropped: the schema goes in one transaction, after every check.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("{} of {} failed: {}", action, code, reason);
            journal.finish(id, code, action, ModuleOperation.ROLLED_BACK, reason, ModuleState.UNINSTALLED, null, actor);
        }
    }
}
