package io.mercato.siteops.impl.imports;

import io.mercato.siteops.impl.catalog.MerchantStandings;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.jobs.JobCancelled;
import io.mercato.platform.api.jobs.ImportJobs;
import io.mercato.platform.api.jobs.JobErrors;
import io.mercato.platform.api.jobs.JobProgress;
import io.mercato.platform.api.jobs.JobWorker;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.ImportJobRow;
import io.mercato.siteops.impl.persistence.ImportMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Product CSV imports as background jobs. {@link #submit} reads and stages the whole file in the caller's transaction
 * (a 2xx means the upload is durable; a malformed row is a 400 at once). A worker then checks every row against the
 * catalog, set based, and applies all of them in one transaction, or none and reports the rows that break a rule. A
 * job cut off by a stop or a crash is still QUEUED and runs again.
 */
@Component(service = ProductImports.class)
public class ProductImports {
    private static final Logger LOG = LoggerFactory.getLogger(ProductImports.class);
    private final Transactions transactions;
    private final JobErrors errors;
    private final JobProgress progress = new JobProgress();
    private final JobWorker worker;
    private final ImportJobs<ImportJobRow> jobs;

    @Reference
    private MerchantStandings merchants;

    @Activate
    public ProductImports(@Reference SiteopsDatabase database, @Reference JobErrors errors) {
        this.transactions = database.transactions();
        this.errors = errors;
        // One thread: imports run one after the other. One cut off by a stop rolls back and runs again later.
        this.worker = new JobWorker("mercato-siteops-import", 1, Duration.ofSeconds(2),
                () -> transactions.read(tx -> tx.mapper(ImportMapper.class).waiting()), this::run, this::failed);
        this.jobs = new ImportJobs<>(transactions, ImportMapper.class, errors, worker,
                new ImportJobs.Naming("product import", "siteops", "product-import", "QUEUED"::equals));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.close();
    }

    /** Stages the file as a new import; 400 with the first malformed rows if there are any. */
    public ImportJobView submit(Path file, Actor actor) {
        return view(jobs.submit(actor, tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            long id = imports.insertJob(actor.username());
            int rows = TextFiles.readStrictUtf8(file, reader -> {
                try (ImportStaging staging = new ImportStaging(tx.connection(), id)) {
                    int read = ProductCsv.read(reader, staging);
                    staging.flush();
                    return read;
                }
            });
            imports.describe(id, rows);
            tx.audit("siteops.import-submitted", "product-import", String.valueOf(id), Map.of("rows", rows));
            return id;
        }));
    }

    public ImportJobView get(long id) {
        return view(jobs.get(id));
    }

    /**
     * Cancels an import: a waiting one at once; one being checked or applied stops before its next step and its
     * transaction rolls back, so nothing of it is applied either way. 409 when it is over.
     */
    public ImportJobView cancel(long id, Actor actor) {
        return view(jobs.cancel(id, actor, (tx, job) -> cancelled(tx, id, actor.username())));
    }

    /** Ends an import that is not running as cancelled: its staged rows go, nothing of it was applied. */
    private static void cancelled(TransactionContext tx, long id, String by) {
        ImportMapper imports = tx.mapper(ImportMapper.class);
        imports.cancelled(id, "cancelled by " + by + "; nothing was imported");
        imports.dropRows(id);
        tx.audit("siteops.import-cancelled", "product-import", String.valueOf(id), Map.of("by", by));
    }

    /** Writes every row in error of a refused import as CSV, streamed (a whole catalog may be refused). */
    public void writeErrorsCsv(long id, Writer out) throws IOException {
        jobs.writeErrorsCsv(id, (tx, rows) -> tx.mapper(ImportMapper.class).allProblems(id, found -> rows.accept(found.getResultObject())), out);
    }

    public Page<ImportJobView> recent(PageRequest page) {
        return jobs.recent(page, this::view);
    }

    private void failed(Long id, RuntimeException e) {
        LOG.warn("A product import failed and will be tried again: {}", e.toString());
    }

    /** Runs a waiting import as the member of staff who submitted it (unless it is over or another node runs it). */
    private void run(long id) {
        ImportJobRow waiting = transactions.read(tx -> tx.mapper(ImportMapper.class).find(id));
        if (waiting == null || !"QUEUED".equals(waiting.status())) {
            return;
        }
        JobProgress.Running running = progress.start(id, "CHECKING");
        try {
            transactions.inTransaction(new Actor(waiting.createdBy()), tx -> {
                ImportMapper imports = tx.mapper(ImportMapper.class);
                ImportJobRow current = imports.lock(id) ? imports.find(id) : null;
                if (current == null || !"QUEUED".equals(current.status())) {
                    return false;
                }
                stopIfCancelled(imports, id);
                imports.allowLongStatements();
                imports.allowLargeSorts();
                imports.analyseStagedRows();
                imports.lockNamedProducts(id);
                int problems = imports.storeProblems(id, unusableMerchants(imports.merchants(id)));
                if (problems > 0) {
                    List<FieldError> first = imports.firstProblems(id, ProductCsv.REPORTED_ERRORS).stream()
                            .map(p -> new FieldError("row " + p.line() + ": " + p.field(), p.message())).toList();
                    imports.failed(id, problems, errors.toJson(first), "nothing was imported");
                    imports.dropRows(id);
                    tx.audit("siteops.import-refused", "product-import", String.valueOf(id), Map.of("errors", problems));
                    return true;
                }
                stopIfCancelled(imports, id);
                running.phase("APPLYING");
                apply(tx, imports, waiting, () -> stopIfCancelled(imports, id));
                return true;
            });
        } catch (JobCancelled cancelled) {
            // The import's transaction rolled back, nothing of it applied; it ends cancelled in a transaction of its own.
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                if (tx.mapper(ImportMapper.class).lock(id)) {
                    cancelled(tx, id, cancelled.by());
                }
                return null;
            });
        } catch (RuntimeException failure) {
            if (worker.stopping()) {
                throw failure;
            }
            // A rule broken by an edit made meanwhile (a SKU or barcode taken) or a fault: reported, nothing applied.
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                tx.mapper(ImportMapper.class).dropRows(id);
                return tx.mapper(ImportMapper.class).failed(id, 0, "[]", "nothing was imported: " + JobErrors.rootMessage(failure));
            });
            LOG.warn("Product import {} failed: {}", id, JobErrors.rootMessage(failure));
        } finally {
            progress.end(id);
        }
    }

    /** Applies the checked rows, step by step; {@code checkpoint} between the steps stops it when someone cancelled it. */
    private static void apply(TransactionContext tx, ImportMapper imports, ImportJobRow job, Runnable checkpoint) {
        String actor = job.createdBy();
        imports.bindExisting(job.id());
        imports.bindNew(job.id());
        checkpoint.run();
        int created = imports.insertProducts(job.id(), actor);
        checkpoint.run();
        int updated = imports.updateProducts(job.id());
        checkpoint.run();
        int skusUpdated = imports.updateSkus(job.id());
        checkpoint.run();
        int skusAdded = imports.insertSkus(job.id(), actor);
        checkpoint.run();
        imports.succeeded(job.id(), created, updated, skusAdded);
        imports.dropRows(job.id());
        tx.audit("siteops.products-imported", "product-import", String.valueOf(job.id()), Map.of("rows", job.rows(),
                "created", created, "updated", updated, "skusAdded", skusAdded, "skusUpdated", skusUpdated));
    }

    /** Throws when someone asked the import to stop (read committed: a request made while this transaction runs counts). */
    private static void stopIfCancelled(ImportMapper imports, long id) {
        JobCancelled.ifRequested(imports.cancelRequestedBy(id));
    }

    /** The merchants the file names that merchant onboarding does not know as selling (none checked while it is not installed). */
    private List<String> unusableMerchants(List<String> named) {
        return named.stream().filter(code -> {
            MerchantStandings.Kind kind = merchants.of(code).kind();
            return kind == MerchantStandings.Kind.UNKNOWN || kind == MerchantStandings.Kind.NOT_SELLING;
        }).toList();
    }

    private ImportJobView view(ImportJobRow row) {
        return new ImportJobView(row.id(), row.status(), progress.of(row.id()).map(JobProgress.Running::phase).orElse("QUEUED".equals(row.status()) ? "WAITING"
                : null), row.rows(), row.created(), row.updated(), row.skusAdded(), row.errorCount(), errors.fromJson(row.errors()), row.detail(),
                row.createdBy(), row.createdAt(), row.finishedAt(), row.cancelRequestedBy());
    }


}
