package io.mercato.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.IdempotencyStore.IdempotentRequest;
import io.mercato.platform.api.persistence.IdempotencyStore.Outcome;
import io.mercato.platform.api.persistence.IdempotencyStore.StoredResponse;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.persistence.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The key, the work and the stored answer of an idempotent request commit together, against a real PostgreSQL. */
class IdempotentRequestTest {
    @TempDir
    static Path data;
    private static EmbeddedPostgres server;
    private static PGSimpleDataSource dataSource;
    private static JdbcIdempotencyStore store;
    private static Transactions transactions;

    public interface NoteMapper {
        @Insert("INSERT INTO probe.note (text) VALUES (#{text})")
        void add(@Param("text") String text);

        @Select("INSERT INTO probe.note (text) VALUES (#{text}) RETURNING text")
        String addReturning(@Param("text") String text);

        @Select("SELECT count(*) FROM probe.note WHERE text = #{text}")
        int count(@Param("text") String text);

        @Select("SELECT count(*) FROM probe.nowhere")
        int broken();
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.prepare(data.resolve("postgresql"), "test",
                () -> IdempotentRequestTest.class.getResourceAsStream("/postgres-linux-x86_64.txz"), 0);
        server.start();
        dataSource = server.dataSource();
        new SchemaMigrator(dataSource).migrate("platform", IdempotentRequestTest.class.getClassLoader());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA probe; CREATE TABLE probe.note (text text NOT NULL)");
        }
        store = new JdbcIdempotencyStore(dataSource);
        transactions = new MyBatisTransactions(MyBatisSessions.forMappers(dataSource,
                IdempotentRequestTest.class.getClassLoader(), NoteMapper.class), new AuditWriter(), new OutboxWriter());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theWorkAndTheKeyCommitTogether() throws Exception {
        try (IdempotentRequest request = store.begin("alice", "k-1", "f")) {
            assertEquals(Outcome.NEW, request.outcome());
            add("together");
            assertEquals(0, committedNotes("together"), "nothing is visible before the request completes");
            request.complete(new StoredResponse(201, "application/json", "{\"id\":1}"));
        }
        assertEquals(1, committedNotes("together"));
        try (IdempotentRequest retry = store.begin("alice", "k-1", "f")) {
            assertEquals(Outcome.REPLAY, retry.outcome());
            assertEquals("{\"id\":1}", retry.storedResponse().body());
            assertEquals(201, retry.storedResponse().status());
        }
        assertEquals(1, committedNotes("together"), "a replay does not do the work again");
    }

    @Test
    void anUnfinishedRequestLeavesNothingAndItsKeyFree() throws Exception {
        try (IdempotentRequest request = store.begin("alice", "k-2", "f")) {
            add("abandoned");
            // no complete(): the answer was never stored, as after a crash before the commit
        }
        assertEquals(0, committedNotes("abandoned"));
        try (IdempotentRequest retry = store.begin("alice", "k-2", "f")) {
            assertEquals(Outcome.NEW, retry.outcome(), "the retry runs the request for real");
        }
    }

    @Test
    void workThatFailsAfterAnInsertReturningLeavesNothing() throws Exception {
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(new Actor("alice"), tx -> {
            tx.mapper(NoteMapper.class).addReturning("returning");
            throw new IllegalStateException("validation failed after an INSERT ... RETURNING");
        }));
        assertEquals(0, committedNotes("returning"));
    }

    @Test
    void failedWorkIsUndoneButTheRequestGoesOn() throws Exception {
        try (IdempotentRequest request = store.begin("alice", "k-3", "f")) {
            assertThrows(IllegalStateException.class, () -> transactions.inTransaction(new Actor("alice"), tx -> {
                tx.mapper(NoteMapper.class).add("half");
                throw new IllegalStateException("validation failed after a write");
            }));
            add("whole");
            request.complete(new StoredResponse(200, "application/json", "{}"));
        }
        assertEquals(0, committedNotes("half"));
        assertEquals(1, committedNotes("whole"));
    }

    @Test
    void aReadSeesTheRequestsWritesAndAJavaFailureInItSparesTheRequest() throws Exception {
        try (IdempotentRequest request = store.begin("erin", "k-6", "f")) {
            add("seen");
            int seen = transactions.read(tx -> tx.mapper(NoteMapper.class).count("seen"));
            assertEquals(1, seen);
            assertThrows(IllegalStateException.class, () -> transactions.read(tx -> {
                tx.mapper(NoteMapper.class).count("seen");
                throw new IllegalStateException("not found");
            }));
            request.complete(new StoredResponse(200, "application/json", "{}"));
        }
        assertEquals(1, committedNotes("seen"));
    }

    @Test
    void aReadWhoseStatementFailsLetsNothingOfTheRequestCommit() throws Exception {
        try (IdempotentRequest request = store.begin("erin", "k-7", "f")) {
            add("doomed");
            assertThrows(RuntimeException.class, () -> transactions.read(tx -> tx.mapper(NoteMapper.class).broken()));
            assertThrows(RuntimeException.class, () -> request.complete(new StoredResponse(200, "application/json", "{}")));
        }
        assertEquals(0, committedNotes("doomed"));
        try (IdempotentRequest retry = store.begin("erin", "k-7", "f")) {
            assertEquals(Outcome.NEW, retry.outcome(), "the key stays free for a retry");
        }
    }

    @Test
    void aConcurrentRetryWaitsForTheFirstAttemptAndReplaysIt() throws Exception {
        IdempotentRequest first = store.begin("bob", "k-4", "f");
        add("once");
        CompletableFuture<Outcome> retry = CompletableFuture.supplyAsync(() -> {
            try (IdempotentRequest second = store.begin("bob", "k-4", "f")) {
                return second.outcome();
            }
        });
        Thread.sleep(300);
        first.complete(new StoredResponse(200, "application/json", "{}"));
        first.close();
        assertEquals(Outcome.REPLAY, retry.get(20, TimeUnit.SECONDS));
        assertEquals(1, committedNotes("once"));
    }

    @Test
    void theSameKeyForAnotherRequestIsAMismatch() {
        try (IdempotentRequest request = store.begin("carol", "k-5", "f1")) {
            request.complete(new StoredResponse(200, "application/json", "{}"));
        }
        try (IdempotentRequest other = store.begin("carol", "k-5", "f2")) {
            assertEquals(Outcome.MISMATCH, other.outcome());
        }
        try (IdempotentRequest otherOwner = store.begin("dave", "k-5", "f2")) {
            assertEquals(Outcome.NEW, otherOwner.outcome(), "keys belong to their owner");
        }
    }

    private static void add(String text) {
        transactions.inTransaction(new Actor("alice"), tx -> {
            tx.mapper(NoteMapper.class).add(text);
            return null;
        });
    }

    private static int committedNotes(String text) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM probe.note WHERE text = '" + text + "'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
