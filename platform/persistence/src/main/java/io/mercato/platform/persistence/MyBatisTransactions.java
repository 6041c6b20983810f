package io.mercato.platform.persistence;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.TransactionWork;
import io.mercato.platform.api.persistence.Transactions;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.managed.ManagedTransaction;

/**
 * Transactions of one bundle's mappers. Inside a request that began an idempotent transaction on this thread
 * (see {@link RequestTransaction}) the work joins it and commits with the request; otherwise each call is a
 * transaction of its own.
 */
final class MyBatisTransactions implements Transactions {
    private final SqlSessionFactory sessions;
    private final AuditWriter audit;
    private final OutboxWriter outbox;

    MyBatisTransactions(SqlSessionFactory sessions, AuditWriter audit, OutboxWriter outbox) {
        this.sessions = sessions;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Deadlocks and serialization failures are transient in PostgreSQL: the work is retried a few times. */
    private static final int ATTEMPTS = 3;

    @Override
    public <T> T inTransaction(Actor actor, TransactionWork<T> work) {
        RequestTransaction request = RequestTransaction.current();
        if (request != null) {
            return joined(request, actor, work);
        }
        for (int attempt = 1; ; attempt++) {
            try (SqlSession session = sessions.openSession(false)) {
                try {
                    T result = work.run(new Context(session, actor));
                    session.commit(true);
                    return result;
                } catch (RuntimeException | Error e) {
                    // Forced: MyBatis rolls back on close only after an update it saw, and an INSERT ... RETURNING run as a
                    // select is none; closing would then switch auto-commit back on, which commits the half-done work.
                    rollBack(session, e);
                    throw e;
                }
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs the work on the request's connection; committing is the request's business. A savepoint gives the
     * work the same all-or-nothing it has on its own: if it fails, its part is undone and the request goes on.
     */
    private <T> T joined(RequestTransaction request, Actor actor, TransactionWork<T> work) {
        Configuration configuration = sessions.getConfiguration();
        Savepoint savepoint = request.savepoint();
        try (SqlSession session = new DefaultSqlSession(configuration,
                configuration.newExecutor(new ManagedTransaction(request.connection(), false)), false)) {
            T result = work.run(new Context(session, actor));
            session.flushStatements();
            // Not released: a round trip saved per write; PostgreSQL ends all savepoints with the transaction anyway.
            return result;
        } catch (RuntimeException e) {
            request.rollbackTo(savepoint);
            throw e;
        }
    }

    /**
     * A read on the request's connection without a savepoint (two round trips saved per read; it writes nothing to
     * undo). A failed statement aborts PostgreSQL's transaction, so the request is then marked to commit nothing.
     */
    private <T> T joinedRead(RequestTransaction request, TransactionWork<T> work) {
        Configuration configuration = sessions.getConfiguration();
        try (SqlSession session = new DefaultSqlSession(configuration,
                configuration.newExecutor(new ManagedTransaction(request.connection(), false)), false)) {
            return work.run(new Context(session, Actor.SYSTEM));
        } catch (RuntimeException e) {
            if (fromDatabase(e)) {
                request.rollbackOnly();
            }
            throw e;
        }
    }

    private static boolean fromDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof org.apache.ibatis.exceptions.PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /** The work's own failure is what the caller must see, also when the connection is too broken to roll back. */
    private static void rollBack(SqlSession session, Throwable failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    private static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        RequestTransaction request = RequestTransaction.current();
        if (request != null) {
            // Reads inside an idempotent request see what the request has written so far.
            return joinedRead(request, work);
        }
        // A transaction even for reads: one snapshot for a page and its count, and the PostgreSQL driver streams a
        // result with a fetch size only outside auto-commit. Nothing is written, so it simply ends.
        try (SqlSession session = sessions.openSession(false); CustomPlans plans = CustomPlans.on(session.getConnection())) {
            T result;
            try {
                result = work.run(new Context(session, Actor.SYSTEM));
            } catch (RuntimeException | Error e) {
                rollBack(session, e);
                throw e;
            }
            // Nothing was written: a connection that broke after the work had its answer changes nothing.
            rollBack(session, new IllegalStateException("ending a read"));
            return result;
        }
    }

    private final class Context implements TransactionContext {
        private final SqlSession session;
        private final Actor actor;

        Context(SqlSession session, Actor actor) {
            this.session = session;
            this.actor = actor;
        }

        @Override
        public <M> M mapper(Class<M> mapperType) {
            return session.getMapper(mapperType);
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public java.sql.Connection connection() {
            return session.getConnection();
        }

        @Override
        public java.util.OptionalLong withinMillis(int millis, java.util.function.LongSupplier statement) {
            session.flushStatements();
            return TimeBox.run(session.getConnection(), millis, statement);
        }

        @Override
        public void audit(String action, String entity, String entityId, Object details) {
            audit.write(session.getConnection(), actor, action, entity, entityId, details);
        }

        @Override
        public long publish(String topic, java.util.Map<String, ?> payload) {
            session.flushStatements();
            return outbox.publish(session.getConnection(), actor, topic, payload);
        }
    }
}
