package io.mercato.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PostgreSQL server Mercato starts itself when no external database is configured. */
final class EmbeddedDatabase implements AutoCloseable {
    private static final String BINARIES = "/postgres-linux-x86_64.txz";
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on a data directory that survives restarts; initdb runs only the first time. */
    static EmbeddedDatabase start(Path home, int port) throws IOException {
        Path dataDirectory = home.resolve("data");
        Path binaries = home.resolve("bin");
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binaries);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setRegisterShutdownHook(false)
                .setPgBinaryResolver(EmbeddedDatabase::binaries)
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedDatabase(builder.start());
    }

    private static InputStream binaries(String system, String hardware) throws IOException {
        InputStream stream = EmbeddedDatabase.class.getResourceAsStream(BINARIES);
        if (stream == null) {
            throw new IOException("PostgreSQL binaries " + BINARIES + " are missing from the persistence bundle");
        }
        return stream;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
