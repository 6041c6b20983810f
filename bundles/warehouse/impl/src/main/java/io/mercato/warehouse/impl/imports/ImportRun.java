package io.mercato.warehouse.impl.imports;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.jobs.JobCancelled;
import io.mercato.platform.api.jobs.JobErrors;
import io.mercato.platform.api.jobs.JobProgress;
import io.mercato.warehouse.impl.persistence.ImportJobRow;
import io.mercato.warehouse.impl.persistence.ImportMapper;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs one import job: checks every staged row against the database, then loads them all in one transaction — set
 * based, in batches so progress can be shown — or none. The job's advisory lock makes sure only one thread of one
 * node runs it; a job cut off (stop, crash) is run again from the start by whoever finds it open.
 */
final class ImportRun {
    /** Rows loaded per statement: large enough for set-based speed, small enough for a progress bar that moves. */
    static final int BATCH_LINES = 100_000;
    /** Attempts before a job that keeps failing on something other than its data is given up. */
    static final int MAX_ATTEMPTS = 5;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final JobProgress progress;
    private final JobErrors jobErrors;
    private final BooleanSupplier stopping;

    ImportRun(Transactions transactions, JobProgress progress, JobErrors jobErrors, BooleanSupplier stopping) {
        this.transactions = transactions;
        this.progress = progress;
        this.jobErrors = jobErrors;
        this.stopping = stopping;
    }

    /** Runs the job unless another thread or node runs it, or it is over. */
    void run(long jobId) {
        ImportJobRow job = transactions.read(tx -> tx.mapper(ImportMapper.class).find(jobId));
        if (job == null || !isOpen(job.status())) {
            return;
        }
        JobProgress.Running loaded = progress.start(jobId, "VALIDATING");
        try {
            transactions.inTransaction(new Actor(job.createdBy()), tx -> {
                ImportMapper imports = tx.mapper(ImportMapper.class);
                if (!imports.lock(jobId)) {
                    return null;
                }
                ImportJobRow current = imports.find(jobId);
                if (current == null || !isOpen(current.status())) {
                    return null;
                }
                imports.allowLongStatements();
                imports.allowLargeSorts();
                imports.planEachBatch();
                if (current.cancelRequestedBy() != null) {
                    cancelled(tx, current, current.cancelRequestedBy());
                    return null;
                }
                if (current.attempts() >= MAX_ATTEMPTS) {
                    end(tx, current, "FAILED", 0, List.of(), "given up after " + current.attempts()
                            + " attempts that did not finish; see the log");
                    return null;
                }
                enter(jobId, "VALIDATING", 1);
                List<FieldError> errors = new ArrayList<>();
                long errorCount = validate(imports, current, errors);
                if (errorCount > 0) {
                    end(tx, current, "FAILED", errorCount, errors, "nothing was imported");
                    return null;
                }
                stopIfCancelled(jobId);
                enter(jobId, "LOADING", 0);
                loaded.phase("LOADING");
                load(tx, imports, current, loaded);
                return null;
            });
        } catch (JobCancelled cancelled) {
            // The job's transaction rolled back, nothing of it applied; the job ends cancelled in a transaction of its own.
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                ImportMapper imports = tx.mapper(ImportMapper.class);
                if (imports.lock(jobId)) {
                    cancelled(tx, imports.find(jobId), cancelled.by());
                }
                return null;
            });
        } finally {
            progress.end(jobId);
        }
    }

    /** Ends a job that is not running as cancelled: its staged rows and claims go, nothing of it was applied. */
    static void cancelled(TransactionContext tx, ImportJobRow job, String by) {
        ImportMapper imports = tx.mapper(ImportMapper.class);
        imports.finish(job.id(), "CANCELLED", 0, "[]", "cancelled by " + by + "; nothing was imported");
        imports.dropRows(job.id());
        imports.release(job.id());
        tx.audit("stock.import-cancelled", "import", String.valueOf(job.id()), Map.of("by", by));
    }

    /** Throws when someone asked the job to stop (read committed, outside the job's own transaction). */
    private void stopIfCancelled(long jobId) {
        JobCancelled.ifRequested(transactions.read(tx -> tx.mapper(ImportMapper.class).cancelRequestedBy(jobId)));
    }

    static boolean isOpen(String status) {
        return Set.of("QUEUED", "VALIDATING", "LOADING").contains(status);
    }

    /** Shows the phase at once (its own transaction: the job's commits only at the end). */
    private void enter(long jobId, String status, int attempt) {
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            tx.mapper(ImportMapper.class).enter(jobId, status, attempt);
            return null;
        });
    }

    /** Keeps every rule the rows break and puts the first ones by row into {@code errors}; returns how many there are. */
    private static long validate(ImportMapper imports, ImportJobRow job, List<FieldError> errors) {
        long count = 0;
        List<String> named = Arrays.asList(job.warehouses().split(","));
        Set<String> usable = Set.copyOf(imports.activeWarehouses(job.warehouses()));
        List<String> unusable = named.stream().filter(code -> !usable.contains(code)).toList();
        if (!unusable.isEmpty()) {
            count += imports.storeRowsIn(job.id(), String.join(",", unusable));
        }
        count += imports.storeRepeatedRows(job.id());
        count += imports.storeRecordedRows(job.id());
        if (count > 0) {
            imports.firstProblems(job.id()).forEach(row -> errors.add(new FieldError("row " + row.line() + ": " + row.field(), row.message())));
        }
        return count;
    }

    private void load(TransactionContext tx, ImportMapper imports, ImportJobRow job, JobProgress.Running loaded) {
        int lastLine = imports.lastLine(job.id());
        String reference = "import " + job.id();
        Savepoint beforeLoading = savepoint(tx);
        try {
            for (int from = 0; from < lastLine; from += BATCH_LINES) {
                if (stopping.getAsBoolean()) {
                    throw new IllegalStateException("the warehouse department is stopping; the import will run again");
                }
                stopIfCancelled(job.id());
                loaded.add(imports.load(job.id(), from, Math.min(from + BATCH_LINES, lastLine), job.createdBy(), reference));
            }
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            rollbackTo(tx, beforeLoading);
            end(tx, job, "FAILED", 1, List.of(), "stock of a SKU in the file was recorded while the import ran; "
                    + "nothing was imported: upload the file again to see which rows");
            return;
        }
        tx.audit("stock.opening-imported", "import", String.valueOf(job.id()),
                Map.of("rows", job.rows(), "warehouses", job.warehouses()));
        end(tx, job, "SUCCEEDED", 0, List.of(), null);
    }

    /** Ends the job in the job's transaction: its status, its staged rows and its claims go together. */
    private void end(TransactionContext tx, ImportJobRow job, String status, long errorCount, List<FieldError> errors,
                            String detail) {
        ImportMapper imports = tx.mapper(ImportMapper.class);
        imports.finish(job.id(), status, errorCount, jobErrors.toJson(errors), detail);
        imports.dropRows(job.id());
        imports.release(job.id());
        if ("FAILED".equals(status)) {
            tx.audit("stock.import-failed", "import", String.valueOf(job.id()), Map.of("errors", errorCount,
                    "detail", detail == null ? "" : detail));
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Savepoint savepoint(TransactionContext tx) {
        try {
            return tx.connection().setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("The import's transaction is no longer usable", e);
        }
    }

    private static void rollbackTo(TransactionContext tx, Savepoint savepoint) {
        try {
            tx.connection().rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("The import's transaction is no longer usable", e);
        }
    }
}
