package io.mercato.platform.api.jobs;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * What every file import run as a background job does the same way: submitting one (staged in the caller's
 * transaction, so a 2xx means the upload is durable, then the worker woken), reading one (404 when there is none),
 * cancelling one (at once when nobody runs it, otherwise asked to stop before its next step), the recent ones, and the
 * CSV file of its rejected rows. The department keeps what is special to it: staging, checks, applying, its view.
 *
 * @param <R> the department's stored job row
 */
public final class ImportJobs<R extends ImportJobs.Job> {
    /** A stored job as the department's row record gives it. */
    public interface Job {
        long id();

        String status();
    }

    /** The job table as the department's MyBatis mapper declares it (its SQL names the department's own table). */
    public interface Table<R> {
        R find(long id);

        /** Takes the job for this transaction (an advisory lock); false when another node or thread runs it. */
        boolean lock(long id);

        /** Asks a running job to stop; 0 when it is over or was asked already. */
        int requestCancel(long id, String actor);

        List<R> recent(int limit, int offset);

        long count(int limit);
    }

    /**
     * How the department names its imports: {@code noun} in messages ("product import"), {@code auditPrefix} and
     * {@code auditEntity} in the audit log ("siteops", "product-import"), and which statuses are still open.
     */
    public record Naming(String noun, String auditPrefix, String auditEntity, Predicate<String> open) {
    }

    private final Transactions transactions;
    private final Class<? extends Table<R>> table;
    private final JobErrors errors;
    private final JobWorker worker;
    private final Naming naming;

    public ImportJobs(Transactions transactions, Class<? extends Table<R>> table, JobErrors errors, JobWorker worker, Naming naming) {
        this.transactions = transactions;
        this.table = table;
        this.errors = errors;
        this.worker = worker;
        this.naming = naming;
    }

    /** Stages a new job in one transaction ({@code stage} answers its id) and wakes the worker once it is committed. */
    public R submit(Actor actor, ToLongFunction<TransactionContext> stage) {
        R job = transactions.inTransaction(actor, tx -> tx.mapper(table).find(stage.applyAsLong(tx)));
        worker.wake();
        return job;
    }

    public R get(long id) {
        return found(id, transactions.read(tx -> tx.mapper(table).find(id)));
    }

    /**
     * Cancels a job: {@code cancelNow} ends it when nobody runs it (this transaction holds its lock); a running one is
     * asked to stop before its next step and rolls back, so nothing of it is applied either way. 409 when it is over.
     */
    public R cancel(long id, Actor actor, BiConsumer<TransactionContext, R> cancelNow) {
        transactions.inTransaction(actor, tx -> {
            Table<R> jobs = tx.mapper(table);
            R job = found(id, jobs.find(id));
            if (!naming.open().test(job.status())) {
                throw new ConflictException("import-over", capitalised(naming.noun()) + " " + id + " is " + job.status()
                        + " and can no longer be cancelled");
            }
            if (jobs.lock(id)) {
                cancelNow.accept(tx, job);
            } else if (jobs.requestCancel(id, actor.username()) > 0) {
                tx.audit(naming.auditPrefix() + ".import-cancel-requested", naming.auditEntity(), String.valueOf(id), Map.of());
            }
            return null;
        });
        return get(id);
    }

    /** The most recent jobs first, as the department shows them. */
    public <V> Page<V> recent(PageRequest page, Function<R, V> view) {
        return transactions.read(tx -> {
            Table<R> jobs = tx.mapper(table);
            return Page.of(jobs.recent(page.fetch(), page.offset()), page, jobs.count(page.countLimit()), null);
        }).map(view);
    }

    /**
     * Writes every rejected row of job {@code id} as CSV, streamed in one read transaction by {@code problems} (the
     * department's mapper handing its rule breaks over one by one): a whole refused file, never all in memory. Call
     * {@link #get} first for a 404: once the file streams, its answer has begun.
     */
    public void writeErrorsCsv(long id, BiConsumer<TransactionContext, java.util.function.Consumer<RejectedRow>> problems, Writer out)
            throws IOException {
        errors.writeCsv(rows -> transactions.read(tx -> {
            problems.accept(tx, rows);
            return null;
        }), out);
    }

    private R found(long id, R job) {
        if (job == null) {
            throw new NotFoundException("No " + naming.noun() + " " + id);
        }
        return job;
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
