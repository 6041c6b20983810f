package io.mercato.platform.persistence;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.TransactionWork;
import io.mercato.platform.api.persistence.Transactions;
import java.sql.SQLException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

final class MyBatisTransactions implements Transactions {
    private final SqlSessionFactory sessions;
    private final AuditWriter audit;

    MyBatisTransactions(SqlSessionFactory sessions, AuditWriter audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Deadlocks and serialization failures are transient in PostgreSQL: the work is retried a few times. */
    private static final int ATTEMPTS = 3;

    @Override
    public <T> T inTransaction(Actor actor, TransactionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (SqlSession session = sessions.openSession(false)) {
                T result = work.run(new Context(session, actor));
                session.commit(true);
                return result;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
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
        try (SqlSession session = sessions.openSession(true)) {
            return work.run(new Context(session, Actor.SYSTEM));
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
        public void audit(String action, String entity, String entityId, Object details) {
            audit.write(session.getConnection(), actor, action, entity, entityId, details);
        }
    }
}
