package io.mercato.siteops.impl.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.siteops.impl.catalog.MerchantStandings;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextFiles;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.ImportJobRow;
import io.mercato.siteops.impl.persistence.ImportMapper;
import io.mercato.siteops.impl.persistence.RowProblemRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Product CSV imports as background jobs. {@link #submit} reads and stages the whole file in the caller's transaction
 * (a 2xx means the upload is durable; a malformed row is a 400 at once). A worker then checks every row against the
 * catalog, set based, and applies all of them in one transaction, or none and reports the rows that break a rule. A
 * job cut off by a stop or a crash is still QUEUED and runs again.
 */
@Component(service = ProductImports.class)
public class ProductImports {
    private static final Logger LOG = LoggerFactory.getLogger(ProductImports.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Transactions transactions;
    private final Map<Long, String> phases = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mercato-siteops-import"));
    private volatile boolean stopping;

    @Reference
    private MerchantStandings merchants;

    @Activate
    public ProductImports(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
        worker.scheduleWithFixedDelay(this::runWaiting, 2, 2, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
            LOG.warn("A product import is still running while site operations stops; it rolls back and runs again later");
        }
    }

    /** Stages the file as a new import; 400 with the first malformed rows if there are any. */
    public ImportJobView submit(Path file, Actor actor) {
        ImportJobView job = transactions.inTransaction(actor, tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            long id = imports.insertJob(actor.username());
            int rows;
            try (Reader reader = TextFiles.strictUtf8(file); ImportStaging staging = new ImportStaging(tx.connection(), id)) {
                rows = ProductCsv.read(reader, staging);
                staging.flush();
            } catch (IOException e) {
                throw new IllegalStateException("The uploaded file could not be read back", e);
            }
            imports.describe(id, rows);
            tx.audit("siteops.import-submitted", "product-import", String.valueOf(id), Map.of("rows", rows));
            return view(imports.find(id));
        });
        worker.schedule(this::runWaiting, 100, TimeUnit.MILLISECONDS);
        return job;
    }

    public ImportJobView get(long id) {
        ImportJobRow row = transactions.read(tx -> tx.mapper(ImportMapper.class).find(id));
        if (row == null) {
            throw new NotFoundException("No product import " + id);
        }
        return view(row);
    }

    public Page<ImportJobView> recent(PageRequest page) {
        return transactions.read(tx -> {
            ImportMapper imports = tx.mapper(ImportMapper.class);
            return Page.of(imports.recent(page.fetch(), page.offset()), page, imports.count(page.countLimit()), null).map(this::view);
        });
    }

    private void runWaiting() {
        try {
            while (!stopping && runNext()) {
                // one job after the other
            }
        } catch (RuntimeException e) {
            LOG.warn("A product import failed and will be tried again: {}", e.toString());
        }
    }

    /** Runs the oldest waiting import as the member of staff who submitted it; false when none waits. */
    boolean runNext() {
        ImportJobRow waiting = transactions.read(tx -> tx.mapper(ImportMapper.class).nextWaiting());
        if (waiting == null) {
            return false;
        }
        long id = waiting.id();
        try {
            phases.put(id, "CHECKING");
            return transactions.inTransaction(new Actor(waiting.createdBy()), tx -> {
                ImportMapper imports = tx.mapper(ImportMapper.class);
                if (imports.claim(id) == null) {
                    return false;
                }
                imports.allowLongStatements();
                imports.allowLargeSorts();
                imports.analyseStagedRows();
                imports.lockNamedProducts(id);
                List<RowProblemRow> problems = imports.problems(id, unusableMerchants(imports.merchants(id)), ProductCsv.REPORTED_ERRORS);
                if (!problems.isEmpty()) {
                    imports.failed(id, problems.get(0).total(), json(problems.stream().map(p -> new FieldError("row " + p.line() + ": " + p.field(),
                            p.message())).toList()), "nothing was imported");
                    imports.dropRows(id);
                    tx.audit("siteops.import-refused", "product-import", String.valueOf(id), Map.of("errors", problems.get(0).total()));
                    return true;
                }
                phases.put(id, "APPLYING");
                apply(tx, imports, waiting);
                return true;
            });
        } catch (RuntimeException failure) {
            if (stopping) {
                throw failure;
            }
            // A rule broken by an edit made meanwhile (a SKU or barcode taken) or a fault: reported, nothing applied.
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                tx.mapper(ImportMapper.class).dropRows(id);
                return tx.mapper(ImportMapper.class).failed(id, 0, "[]", "nothing was imported: " + rootMessage(failure));
            });
            LOG.warn("Product import {} failed: {}", id, rootMessage(failure));
            return true;
        } finally {
            phases.remove(id);
        }
    }

    private static void apply(TransactionContext tx, ImportMapper imports, ImportJobRow job) {
        String actor = job.createdBy();
        imports.bindExisting(job.id());
        imports.bindNew(job.id());
        int created = imports.insertProducts(job.id(), actor);
        int updated = imports.updateProducts(job.id());
        int skusUpdated = imports.updateSkus(job.id());
        int skusAdded = imports.insertSkus(job.id(), actor);
        imports.succeeded(job.id(), created, updated, skusAdded);
        imports.dropRows(job.id());
        tx.audit("siteops.products-imported", "product-import", String.valueOf(job.id()), Map.of("rows", job.rows(),
                "created", created, "updated", updated, "skusAdded", skusAdded, "skusUpdated", skusUpdated));
    }

    /** The merchants the file names that merchant onboarding does not know as selling (none checked while it is not installed). */
    private List<String> unusableMerchants(List<String> named) {
        return named.stream().filter(code -> {
            MerchantStandings.Kind kind = merchants.of(code).kind();
            return kind == MerchantStandings.Kind.UNKNOWN || kind == MerchantStandings.Kind.NOT_SELLING;
        }).toList();
    }

    private ImportJobView view(ImportJobRow row) {
        return new ImportJobView(row.id(), row.status(), Optional.ofNullable(phases.get(row.id())).orElse("QUEUED".equals(row.status()) ? "WAITING"
                : null), row.rows(), row.created(), row.updated(), row.skusAdded(), row.errorCount(), errors(row.errors()), row.detail(),
                row.createdBy(), row.createdAt(), row.finishedAt());
    }

    private static List<FieldError> errors(String json) {
        try {
            List<Map<String, String>> listed = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { });
            return listed.stream().map(e -> new FieldError(e.get("field"), e.get("message"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("An import's errors could not be read", e);
        }
    }

    private static String json(List<FieldError> errors) {
        try {
            return JSON.writeValueAsString(errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int detail = message.indexOf("\n");
        return detail < 0 ? message : message.substring(0, detail);
    }

}
