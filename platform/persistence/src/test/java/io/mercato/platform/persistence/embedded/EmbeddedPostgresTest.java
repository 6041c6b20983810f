package io.mercato.platform.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server with the real PostgreSQL programs: durable, password-protected, cleaned up after crashes. */
class EmbeddedPostgresTest {
    /** The programs are unpacked once for the class; each test gets its own cluster. */
    @TempDir
    static Path programs;
    @TempDir
    Path data;
    private EmbeddedPostgres server;

    @BeforeEach
    void start() throws IOException {
        server = prepare();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private EmbeddedPostgres prepare() throws IOException {
        Path bin = data.resolve("postgresql/bin");
        if (!Files.exists(bin)) {
            Files.createDirectories(bin.getParent());
            Files.createSymbolicLink(bin, programs);
        }
        return EmbeddedPostgres.prepare(data.resolve("postgresql"), "test",
                () -> EmbeddedPostgresTest.class.getResourceAsStream("/postgres-linux-x86_64.txz"), 0);
    }

    @Test
    void runsDurablyAsARoleThatIsNotSuperuser() throws SQLException {
        try (Connection connection = server.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertEquals("on", single(statement, "SHOW " + setting), setting);
            }
            assertEquals("false", single(statement, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
            assertEquals("mercato", single(statement, "SELECT current_database()"));
            statement.execute("CREATE SCHEMA owned_by_mercato");
        }
    }

    @Test
    void refusesConnectionsWithoutThePassword() throws IOException {
        assertFalse(Files.exists(Path.of("/tmp/.s.PGSQL." + server.port())), "no Unix socket");
        assertFalse(Files.readString(data.resolve("postgresql/data/pg_hba.conf")).lines()
                .anyMatch(line -> !line.startsWith("#") && line.contains("trust")), "no trusted connections");
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "").close());
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "guess").close());
    }

    @Test
    void keepsPasswordsAndDataOwnerOnly() throws IOException {
        Set<PosixFilePermission> owner = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertEquals(owner, Files.getPosixFilePermissions(data.resolve("postgresql/credentials.properties")));
        assertFalse(Files.getPosixFilePermissions(data.resolve("postgresql")).contains(PosixFilePermission.OTHERS_READ));
    }

    @Test
    void restartsAfterTheServerIsKilled() throws Exception {
        long pid = Postmaster.of(data.resolve("postgresql/data")).orElseThrow().pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        waitUntil(() -> !server.isRunning());
        server.forgetCrashedServer();
        server.start();
        try (Connection connection = server.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("1", single(statement, "SELECT 1"));
        }
    }

    @Test
    void shutsDownAnOrphanOfItsDataDirectoryBeforeStarting() throws Exception {
        long orphan = Postmaster.of(data.resolve("postgresql/data")).orElseThrow().pid();
        server.forgetCrashedServer(); // as if the JVM that started it had died: the server runs on, unowned
        EmbeddedPostgres next = prepare();
        next.start();
        try {
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false) && new Postmaster(orphan, data).running());
            assertTrue(next.isRunning());
        } finally {
            next.close();
        }
    }

    @Test
    void ignoresAStalePidFileOfAProcessThatIsGone() throws Exception {
        Path dataDirectory = data.resolve("postgresql/data");
        server.close();
        Files.writeString(dataDirectory.resolve(Postmaster.PID_FILE), "999999\n" + dataDirectory + "\n");
        server = prepare();
        server.start();
        assertTrue(server.isRunning());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }
}
