package io.mercato.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.IdempotencyStore.IdempotentRequest;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.persistence.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** A settings document's versions, defaults, checks, audit and cache, against a real PostgreSQL. */
class VersionedSettingsTest {
    @TempDir
    static Path data;
    private static EmbeddedPostgres server;
    private static PGSimpleDataSource dataSource;
    private static JdbcIdempotencyStore requests;
    private static VersionedSettings<Limits> settings;

    public record Limits(Integer maxItems, String label) implements SettingsDocument<Limits> {
        @Override
        public Limits complete() {
            return new Limits(maxItems == null ? 10 : maxItems, label == null ? "default" : label);
        }

        @Override
        public void validate() {
            Check.input().rule(maxItems == null || maxItems >= 1 && maxItems <= 100, "maxItems", "must be 1 to 100").validate();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.prepare(data.resolve("postgresql"), "test",
                () -> VersionedSettingsTest.class.getResourceAsStream("/postgres-linux-x86_64.txz"), 0);
        server.start();
        dataSource = server.dataSource();
        new SchemaMigrator(dataSource).migrate("platform", VersionedSettingsTest.class.getClassLoader());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA probe; CREATE TABLE probe.limits (version integer PRIMARY KEY, settings jsonb NOT NULL, "
                    + "note text, created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT clock_timestamp()); CREATE TABLE probe.other (LIKE probe.limits INCLUDING ALL)");
        }
        requests = new JdbcIdempotencyStore(dataSource);
        Transactions transactions = new MyBatisTransactions(MyBatisSessions.forMappers(dataSource,
                VersionedSettingsTest.class.getClassLoader()), new AuditWriter(), new OutboxWriter());
        settings = new JdbcVersionedSettings<>("probe", new SettingsDefinition<>("limits", Limits.class, "limits", "Probe limits"), transactions);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void versionsAreSavedCompleteCheckedAuditedAndCached() throws Exception {
        SettingsVersion<Limits> defaults = settings.current();
        assertEquals(0, defaults.version(), "no version saved yet: the defaults");
        assertEquals(new Limits(10, "default"), defaults.settings());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings.save(new SettingsChange<>(new Limits(0, null), null), new Actor("alice")));
        assertEquals("maxItems", refused.errors().get(0).field());
        assertEquals("settings", assertThrows(ValidationException.class,
                () -> settings.save(new SettingsChange<>(null, "why"), new Actor("alice"))).errors().get(0).field());
        assertEquals(0, settings.current().version(), "a refused version saves nothing");

        SettingsVersion<Limits> first = settings.save(new SettingsChange<>(new Limits(20, null), "  more room "), new Actor("alice"));
        assertEquals(1, first.version());
        assertEquals(new Limits(20, "default"), first.settings(), "saved complete");
        assertEquals("more room", first.note());
        assertEquals("alice", first.createdBy());
        SettingsVersion<Limits> current = settings.current();
        assertEquals(first, current);
        assertSame(current, settings.current(), "an unchanged version is not parsed again");

        settings.save(new SettingsChange<>(new Limits(null, "second"), null), new Actor("bob"));
        assertEquals(new Limits(10, "second"), settings.current().settings());
        List<SettingsVersion<Limits>> versions = settings.versions(50);
        assertEquals(List.of(2, 1), versions.stream().map(SettingsVersion::version).toList(), "newest first");
        assertNull(versions.get(0).note());
        assertEquals(2, audited("probe.limits-saved"));
    }

    @Test
    void aVersionShownByARolledBackRequestIsNotKept() throws Exception {
        VersionedSettings<Limits> other = new JdbcVersionedSettings<>("probe", new SettingsDefinition<>("other", Limits.class, "other",
                "Other limits"), new MyBatisTransactions(MyBatisSessions.forMappers(dataSource, getClass().getClassLoader()),
                new AuditWriter(), new OutboxWriter()));
        int before = other.current().version();
        assertEquals(0, before);
        try (IdempotentRequest request = requests.begin("carol", "settings-1", "f")) {
            other.save(new SettingsChange<>(new Limits(77, "rolled back"), null), new Actor("carol"));
            assertEquals(77, other.current().settings().maxItems(), "the request sees its own version");
            // no complete(): the request rolls back
        }
        assertEquals(before, other.current().version());
        other.save(new SettingsChange<>(new Limits(5, "kept"), null), new Actor("carol"));
        assertEquals(new Limits(5, "kept"), other.current().settings(), "the same number again, with what was committed");
        assertTrue(other.current().createdAt() != null);
    }

    private static int audited(String action) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM platform.audit_log WHERE action = '" + action + "'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
