package io.mercato.warehouse.impl.imports;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.jobs.ImportJobs;
import io.mercato.platform.api.jobs.JobErrors;
import io.mercato.platform.api.jobs.JobProgress;
import io.mercato.platform.api.jobs.JobWorker;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.impl.persistence.ImportJobRow;
import io.mercato.warehouse.impl.persistence.ImportMapper;
import io.mercato.warehouse.impl.service.WarehouseDatabase;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening-stock imports as background jobs. {@link #submit} stages a whole file in the caller's transaction (so a 2xx
 * means the upload is durable) and claims its warehouses: one import at a time per warehouse. A worker looks for open
 * jobs every second, here or left by a stopped or crashed node, and runs them ({@link ImportRun}).
 */
@Component(service = OpeningStockImports.class)
public class OpeningStockImports {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningStockImports.class);
    private static final int WORKERS = 2;
    private final Transactions transactions;
    private final JobErrors errors;
    private final JobProgress progress = new JobProgress();
    private final JobWorker worker;
    private final ImportJobs<ImportJobRow> jobs;

    @Activate
    public OpeningStockImports(@Reference WarehouseDatabase database, @Reference JobErrors errors) {
        this.transactions = database.transactions();
        this.errors = errors;
        // A batch takes about a second; a job cut off by a stop stays open and runs again from the start later.
        ImportRun run = new ImportRun(transactions, progress, errors, this::stopping);
        this.worker = new JobWorker("mercato-warehouse-import", WORKERS, Duration.ofSeconds(1),
                () -> transactions.read(tx -> tx.mapper(ImportMapper.class).open()), run::run, this::failed);
        this.jobs = new ImportJobs<>(transactions, ImportMapper.class, errors, worker,
                new ImportJobs.Naming("import", "stock", "import", ImportRun::isOpen));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.close();
    }

    private boolean stopping() {
        return worker.stopping();
    }

    /** Stages the file as a new job; 400 with the first errors if any row is malformed, 409 if a warehouse is busy. */
    public ImportJobView submit(Path file, Actor actor) {
        return view(jobs.submit(actor, tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            long id = imports.insertJob(actor.username());
            OpeningStockCsv.Summary summary = TextFiles.readStrictUtf8(file, reader -> {
                try (ImportStaging staging = new ImportStaging(tx.connection(), id)) {
                    OpeningStockCsv.Summary read = OpeningStockCsv.read(reader, staging);
                    staging.finish();
                    return read;
                }
            });
            imports.describe(id, summary.rows(), String.join(",", summary.warehouses()));
            for (String warehouse : summary.warehouses()) {
                if (imports.claim(id, warehouse) == null) {
                    throw new ConflictException("import-running", "An opening-stock import into " + warehouse
                            + " is still running (import " + imports.claimant(warehouse) + "); wait for it to finish");
                }
            }
            tx.audit("stock.import-submitted", "import", String.valueOf(id),
                    Map.of("rows", summary.rows(), "warehouses", List.copyOf(summary.warehouses())));
            return id;
        }));
    }

    public ImportJobView get(long id) {
        return view(jobs.get(id));
    }

    /**
     * Cancels an import: a waiting one at once; a running one stops before its next batch and its transaction rolls back,
     * so nothing of it is applied either way. 409 when it is over.
     */
    public ImportJobView cancel(long id, Actor actor) {
        return view(jobs.cancel(id, actor, (tx, job) -> ImportRun.cancelled(tx, job, actor.username())));
    }

    /** Writes every row in error of a refused import as CSV, streamed (a whole stock list may be refused). */
    public void writeErrorsCsv(long id, Writer out) throws IOException {
        jobs.writeErrorsCsv(id, (tx, rows) -> tx.mapper(ImportMapper.class).allProblems(id, found -> rows.accept(found.getResultObject())), out);
    }

    public Page<ImportJobView> recent(PageRequest page) {
        return jobs.recent(page, this::view);
    }

    private void failed(Long id, RuntimeException e) {
        if (id == null) {
            LOG.debug("Looking for open imports failed: {}", e.toString());
        } else if (worker.stopping()) {
            LOG.info("Import {} was cut off by the department stopping; it will run again", id);
        } else {
            LOG.warn("Import {} failed and will be tried again: {}", id, e.toString());
        }
    }

    private ImportJobView view(ImportJobRow row) {
        long processed = progress.of(row.id()).map(JobProgress.Running::processed)
                .orElse("SUCCEEDED".equals(row.status()) ? (long) row.rows() : 0L);
        List<String> warehouses = row.warehouses() == null || row.warehouses().isEmpty() ? List.of()
                : Arrays.asList(row.warehouses().split(","));
        return new ImportJobView(row.id(), row.status(), row.rows(), processed, warehouses, row.errorCount(), errors.fromJson(row.errors()),
                row.detail(), row.createdBy(), row.createdAt(), row.startedAt(), row.loadingAt(), row.finishedAt(), row.cancelRequestedBy());
    }

}
