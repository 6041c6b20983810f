package io.mercato.warehouse.impl.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.DaemonThreads;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.impl.persistence.ImportJobRow;
import io.mercato.warehouse.impl.persistence.ImportMapper;
import io.mercato.warehouse.impl.service.WarehouseDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORKERS = 2;
    private final Transactions transactions;
    private final ImportProgress progress = new ImportProgress();
    private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(WORKERS, DaemonThreads.named("mercato-warehouse-import"));
    private final ImportRun run;
    private volatile boolean stopping;

    @Activate
    public OpeningStockImports(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
        this.run = new ImportRun(transactions, progress, () -> stopping);
        workers.scheduleWithFixedDelay(this::startOpenJobs, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        workers.shutdown();
        // A batch takes about a second; a job cut off here stays open and runs again from the start later.
        if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
            LOG.warn("An opening-stock import is still running while the warehouse department stops");
        }
    }

    /** Stages the file as a new job; 400 with the first errors if any row is malformed, 409 if a warehouse is busy. */
    public ImportJobView submit(Path file, Actor actor) {
        ImportJobView job = transactions.inTransaction(actor, tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            long id = imports.insertJob(actor.username());
            OpeningStockCsv.Summary summary;
            try (Reader reader = TextFiles.strictUtf8(file); ImportStaging staging = new ImportStaging(tx.connection(), id)) {
                summary = OpeningStockCsv.read(reader, staging);
                staging.finish();
            } catch (IOException e) {
                throw new IllegalStateException("The uploaded file could not be read back", e);
            }
            imports.describe(id, summary.rows(), String.join(",", summary.warehouses()));
            for (String warehouse : summary.warehouses()) {
                if (imports.claim(id, warehouse) == null) {
                    throw new ConflictException("import-running", "An opening-stock import into " + warehouse
                            + " is still running (import " + imports.claimant(warehouse) + "); wait for it to finish");
                }
            }
            tx.audit("stock.import-submitted", "import", String.valueOf(id),
                    Map.of("rows", summary.rows(), "warehouses", List.copyOf(summary.warehouses())));
            return view(imports.find(id));
        });
        workers.schedule(this::startOpenJobs, 200, TimeUnit.MILLISECONDS);
        return job;
    }

    public ImportJobView get(long id) {
        ImportJobRow row = transactions.read(tx -> tx.mapper(ImportMapper.class).find(id));
        if (row == null) {
            throw new NotFoundException("No import " + id);
        }
        return view(row);
    }

    public Page<ImportJobView> recent(PageRequest page) {
        return transactions.read(tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            return Page.of(imports.recent(page.fetch(), page.offset()), page, imports.count(page.countLimit()), null)
                    .map(this::view);
        });
    }

    private void startOpenJobs() {
        if (stopping) {
            return;
        }
        try {
            for (long id : transactions.read(tx -> tx.mapper(ImportMapper.class).open())) {
                if (scheduled.add(id)) {
                    workers.execute(() -> runJob(id));
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Looking for open imports failed: {}", e.toString());
        }
    }

    private void runJob(long id) {
        try {
            run.run(id);
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("Import {} was cut off by the department stopping; it will run again", id);
            } else {
                LOG.warn("Import {} failed and will be tried again: {}", id, e.toString());
            }
        } finally {
            scheduled.remove(id);
        }
    }

    private ImportJobView view(ImportJobRow row) {
        long processed = progress.processed(row.id()).orElse("SUCCEEDED".equals(row.status()) ? (long) row.rows() : 0L);
        List<String> warehouses = row.warehouses() == null || row.warehouses().isEmpty() ? List.of()
                : Arrays.asList(row.warehouses().split(","));
        return new ImportJobView(row.id(), row.status(), row.rows(), processed, warehouses, row.errorCount(), errors(row.errors()),
                row.detail(), row.createdBy(), row.createdAt(), row.startedAt(), row.loadingAt(), row.finishedAt());
    }

    private static List<FieldError> errors(String json) {
        try {
            List<Map<String, String>> listed = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { });
            return listed.stream().map(e -> new FieldError(e.get("field"), e.get("message"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("An import's errors could not be read", e);
        }
    }

}
