package io.mercato.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.outbox.OutboxMonitor;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.persistence.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The outbox against a real PostgreSQL: with the change or not at all, once per subscriber, waiting, parking. */
class OutboxTest {
    @TempDir
    static Path data;
    private static EmbeddedPostgres server;
    private static PGSimpleDataSource dataSource;
    private static Transactions transactions;
    private static final Actor ALICE = new Actor("alice");
    private static final DeliveryPolicy QUICK = new DeliveryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200));

    public interface AppliedMapper {
        @Insert("INSERT INTO probe.applied (subscriber, event_id) VALUES (#{subscriber}, #{eventId})")
        void applied(@Param("subscriber") String subscriber, @Param("eventId") long eventId);

        @Insert("INSERT INTO probe.change (name) VALUES (#{name})")
        void change(@Param("name") String name);
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.prepare(data.resolve("postgresql"), "test",
                () -> OutboxTest.class.getResourceAsStream("/postgres-linux-x86_64.txz"), 0);
        server.start();
        dataSource = server.dataSource();
        new SchemaMigrator(dataSource).migrate("platform", OutboxTest.class.getClassLoader());
        // No unique key on purpose: a second application of an event would show as a second row.
        execute("CREATE SCHEMA probe; CREATE TABLE probe.applied (subscriber text NOT NULL, event_id bigint NOT NULL);"
                + "CREATE TABLE probe.change (name text NOT NULL)");
        transactions = new MyBatisTransactions(MyBatisSessions.forMappers(dataSource, OutboxTest.class.getClassLoader(),
                AppliedMapper.class), new AuditWriter(), new OutboxWriter());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anEventIsPublishedWithItsChangeOrNotAtAll() throws Exception {
        OutboxDispatcher dispatcher = new OutboxDispatcher(dataSource, QUICK);
        try {
            dispatcher.bindSubscriber(recording("test.atomic"), properties("test.atomic", "mercato/test/atomic"));
            publish("mercato/test/atomic", "kept");
            assertThrows(IllegalStateException.class, () -> transactions.inTransaction(ALICE, tx -> {
                tx.mapper(AppliedMapper.class).change("rolled back");
                tx.publish("mercato/test/atomic", Map.of("name", "rolled back"));
                throw new IllegalStateException("the change fails after publishing");
            }));
            waitUntil(() -> count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.atomic'") == 1);
            assertEquals(1, count("SELECT count(*) FROM platform.outbox_event WHERE topic = 'mercato/test/atomic'"));
            assertThrows(IllegalArgumentException.class, () -> publish("not a topic", "x"));
        } finally {
            dispatcher.deactivate();
        }
    }

    @Test
    void twoNodesDeliverEveryEventExactlyOnce() throws Exception {
        OutboxDispatcher first = new OutboxDispatcher(dataSource, QUICK);
        OutboxDispatcher second = new OutboxDispatcher(dataSource, QUICK);
        try {
            first.bindSubscriber(recording("test.twice"), properties("test.twice", "mercato/test/*"));
            second.bindSubscriber(recording("test.twice"), properties("test.twice", "mercato/test/*"));
            for (int i = 0; i < 200; i++) {
                publish("mercato/test/many", "event " + i);
            }
            waitUntil(() -> count("SELECT count(*) FROM platform.outbox_delivery WHERE subscriber = 'test.twice' AND state = 'DELIVERED'") == 200);
            assertEquals(200, count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.twice'"));
            assertEquals(200, count("SELECT count(DISTINCT event_id) FROM probe.applied WHERE subscriber = 'test.twice'"));
        } finally {
            first.deactivate();
            second.deactivate();
        }
    }

    @Test
    void eventsWaitForASubscriberThatIsAwayAndArriveOnceItIsBack() throws Exception {
        OutboxDispatcher dispatcher = new OutboxDispatcher(dataSource, QUICK);
        try {
            OutboxSubscriber subscriber = recording("test.away");
            dispatcher.bindSubscriber(subscriber, properties("test.away", "mercato/test/away"));
            dispatcher.unbindSubscriber(subscriber, properties("test.away", "mercato/test/away"));
            publish("mercato/test/away", "one");
            publish("mercato/test/away", "two");
            Thread.sleep(3 * OutboxDispatcher.ROUND_MILLIS);
            assertEquals(0, count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.away'"), "nothing delivered while away");
            OutboxMonitor.SubscriptionStatus away = status(dispatcher, "test.away");
            assertEquals(2, away.pending());
            assertTrue(!away.installed());

            dispatcher.bindSubscriber(subscriber, properties("test.away", "mercato/test/away"));
            waitUntil(() -> count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.away'") == 2);
            assertEquals(0, status(dispatcher, "test.away").pending());
        } finally {
            dispatcher.deactivate();
        }
    }

    @Test
    void aNewSubscriberAskingForItGetsWhatWasPublishedBefore() throws Exception {
        publish("mercato/test/history", "before anyone listened");
        OutboxDispatcher dispatcher = new OutboxDispatcher(dataSource, QUICK);
        try {
            dispatcher.bindSubscriber(recording("test.history"), Map.of(OutboxSubscriber.NAME, "test.history",
                    OutboxSubscriber.TOPICS, "mercato/test/history", OutboxSubscriber.REPLAY, "true"));
            dispatcher.bindSubscriber(recording("test.fresh"), properties("test.fresh", "mercato/test/history"));
            waitUntil(() -> count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.history'") == 1);
            assertEquals(0, count("SELECT count(*) FROM platform.outbox_delivery WHERE subscriber = 'test.fresh'"),
                    "without replay only what comes after");
        } finally {
            dispatcher.deactivate();
        }
    }

    @Test
    void aSubscriberThatKeepsFailingIsParkedWithItsErrorAndAnAdministratorRetriesIt() throws Exception {
        OutboxDispatcher dispatcher = new OutboxDispatcher(dataSource, QUICK);
        try {
            AtomicBoolean broken = new AtomicBoolean(true);
            AtomicInteger attempts = new AtomicInteger();
            OutboxSubscriber flaky = event -> {
                attempts.incrementAndGet();
                transactions.inTransaction(ALICE, tx -> {
                    tx.mapper(AppliedMapper.class).applied("test.flaky", event.id());
                    return null;
                });
                if (broken.get()) {
                    throw new IllegalStateException("the partner is down");
                }
            };
            dispatcher.bindSubscriber(flaky, properties("test.flaky", "mercato/test/flaky"));
            long eventId = publish("mercato/test/flaky", "parcel");
            JdbcOutboxMonitor monitor = new JdbcOutboxMonitor(dataSource, dispatcher);
            waitUntil(() -> status(dispatcher, "test.flaky").parked() == 1);
            assertEquals(QUICK.maxAttempts(), attempts.get());
            assertEquals(0, count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.flaky'"), "failed attempts leave nothing");
            OutboxMonitor.ParkedDelivery parked = monitor.parked("test.flaky", new PageRequest(0, 20)).items().get(0);
            assertEquals(eventId, parked.eventId());
            assertTrue(parked.lastError().contains("the partner is down"), parked.lastError());

            broken.set(false);
            monitor.retry("test.flaky", eventId, new Actor("admin"));
            waitUntil(() -> count("SELECT count(*) FROM probe.applied WHERE subscriber = 'test.flaky'") == 1);
            assertEquals(0, status(dispatcher, "test.flaky").parked());
            assertThrows(ConflictException.class, () -> monitor.retry("test.flaky", eventId, new Actor("admin")));
            assertEquals(1, count("SELECT count(*) FROM platform.audit_log WHERE action = 'outbox.retried' AND actor = 'admin'"));
        } finally {
            dispatcher.deactivate();
        }
    }

    private static OutboxSubscriber recording(String name) {
        return event -> transactions.inTransaction(ALICE, tx -> {
            tx.mapper(AppliedMapper.class).applied(name, event.id());
            return null;
        });
    }

    private static Map<String, Object> properties(String name, String topics) {
        return Map.of(OutboxSubscriber.NAME, name, OutboxSubscriber.TOPICS, topics);
    }

    private static long publish(String topic, String name) {
        return transactions.inTransaction(ALICE, tx -> {
            tx.mapper(AppliedMapper.class).change(name);
            return tx.publish(topic, Map.of("name", name));
        });
    }

    private static OutboxMonitor.SubscriptionStatus status(OutboxDispatcher dispatcher, String name) {
        return new JdbcOutboxMonitor(dataSource, dispatcher).subscriptions().stream()
                .filter(s -> s.subscriber().equals(name)).findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(50);
        }
    }

    private static long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
