package io.mercato.platform.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Mercato runs itself when no external database is configured, under
 * {@code data/postgresql/}: {@code data/} (the cluster), {@code bin/<version>/}, {@code log/} and
 * {@code credentials.properties}. Durable (fsync, synchronous commit, full-page writes), reachable only over
 * TCP on 127.0.0.1 with SCRAM passwords (no Unix socket), and Mercato works as a role that is not superuser.
 * Its life follows the JVM's: an orphan left by a killed JVM is shut down before starting, and a watchdog
 * stops the server if this JVM dies.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String SETTINGS_FILE = "mercato.conf";
    /** PostgreSQL's shared memory unless configured: the hot part of the reference company's stock and its indexes. */
    public static final String DEFAULT_SHARED_BUFFERS = "256MB";
    private static final java.util.regex.Pattern MEMORY = java.util.regex.Pattern.compile("[1-9][0-9]{0,6}(kB|MB|GB)");

    private final Path home;
    private final Path dataDirectory;
    private final PostgresCommands commands;
    private final EmbeddedCredentials credentials;
    private final int port;
    private volatile String sharedBuffers = DEFAULT_SHARED_BUFFERS;
    private Postmaster postmaster;
    private PostmasterWatchdog watchdog;

    private EmbeddedPostgres(Path home, PostgresCommands commands, EmbeddedCredentials credentials, int port) {
        this.home = home;
        this.dataDirectory = home.resolve("data");
        this.commands = commands;
        this.credentials = credentials;
        this.port = port;
    }

    /** Where the archive of the PostgreSQL programs (a tar.xz) is read from. */
    public interface Archive {
        java.io.InputStream open() throws IOException;
    }

    /** Unpacks the programs and loads or creates the passwords; {@link #start()} then runs the server. */
    public static EmbeddedPostgres prepare(Path home, String version, Archive archive, int port)
            throws IOException {
        home = home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        long unpacking = System.nanoTime();
        boolean unpacked = PostgresBinaries.installed(home.resolve("bin"), version);
        Path installation = PostgresBinaries.install(home.resolve("bin"), version, archive);
        if (!unpacked) {
            LOG.info("Unpacked the PostgreSQL programs in {} ms", (System.nanoTime() - unpacking) / 1_000_000);
        }
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(home.resolve("credentials.properties"));
        return new EmbeddedPostgres(home, new PostgresCommands(installation, home.resolve("tmp")), credentials,
                port > 0 ? port : freePort());
    }

    /**
     * PostgreSQL's shared buffers from the next start, e.g. {@code 1GB} (about a quarter of the machine's memory suits a
     * database larger than the reference company's); a value PostgreSQL would not read is refused here.
     */
    public void sharedBuffers(String size) {
        if (!MEMORY.matcher(size).matches()) {
            throw new IllegalArgumentException("shared buffers must be a size such as 256MB or 2GB, not " + size);
        }
        this.sharedBuffers = size;
    }

    /** Starts the server: first-time set-up, shutting down an orphan of this data directory, crash recovery. */
    public synchronized void start() throws IOException {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initialise();
        } else if (!Files.exists(dataDirectory.resolve(SETTINGS_FILE))) {
            throw new IOException("The database in " + dataDirectory + " was created by an earlier Mercato that ran it "
                    + "without passwords; move that folder away (or export its data) and start again");
        }
        stopOrphan();
        writeSettings();
        Files.createDirectories(home.resolve("log"));
        PostgresCommands.Result started = commands.run(START_TIMEOUT, "pg_ctl", "-D", dataDirectory.toString(), "-w",
                "-t", Long.toString(START_TIMEOUT.toSeconds()), "-l", home.resolve("log/startup.log").toString(), "start");
        postmaster = Postmaster.of(dataDirectory).filter(Postmaster::running).orElse(null);
        if (!started.succeeded() || postmaster == null) {
            throw new IOException("PostgreSQL did not start (" + started.output() + "); see " + home.resolve("log"));
        }
        watchdog = PostmasterWatchdog.watch(postmaster.pid());
        provisionMercatoRole();
        LOG.info("Embedded PostgreSQL is up on 127.0.0.1:{} (PID {})", port, postmaster.pid());
    }

    /** True while the server this object started is alive. */
    public synchronized boolean isRunning() {
        return postmaster != null && postmaster.running();
    }

    /** After a crash: forgets the dead process and its watchdog so {@link #start()} can run again. */
    public synchronized void forgetCrashedServer() {
        closeWatchdog();
        postmaster = null;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + credentials.database();
    }

    public PGSimpleDataSource dataSource() {
        return dataSource(credentials.database(), credentials.user(), credentials.password());
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() throws IOException {
        if (postmaster != null && postmaster.running()) {
            PostgresCommands.Result stopped = stop();
            if (!stopped.succeeded()) {
                LOG.warn("PostgreSQL did not stop cleanly: {}", stopped.output());
            }
        }
        closeWatchdog();
        postmaster = null;
    }

    private PostgresCommands.Result stop() throws IOException {
        return commands.run(STOP_TIMEOUT, "pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w",
                "-t", Long.toString(STOP_TIMEOUT.toSeconds()), "stop");
    }

    private void closeWatchdog() {
        if (watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
    }

    private void initialise() throws IOException {
        Path fresh = home.resolve("data.initdb");
        PostgresBinaries.deleteRecursively(fresh);
        Path passwordFile = Files.createTempFile(home, "initdb", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, credentials.superuserPassword() + "\n", StandardCharsets.UTF_8);
            PostgresCommands.Result initdb = commands.run(Duration.ofMinutes(2), "initdb", "-D", fresh.toString(),
                    "-U", EmbeddedCredentials.SUPERUSER, "--auth=scram-sha-256", "--pwfile=" + passwordFile,
                    "-E", "UTF8", "--locale=C");
            if (!initdb.succeeded()) {
                throw new IOException("initdb failed: " + initdb.output());
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(fresh.resolve("postgresql.conf"), "\n# Mercato's settings, rewritten at every start\n"
                + "include_if_exists = '" + SETTINGS_FILE + "'\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(fresh.resolve(SETTINGS_FILE), "", StandardCharsets.UTF_8);
        PostgresBinaries.deleteRecursively(dataDirectory);
        Files.move(fresh, dataDirectory);
        LOG.info("Created the embedded PostgreSQL database in {}", dataDirectory);
    }

    /** Settings PostgreSQL reads at start; written to a file in the data directory, so no shell quoting is involved. */
    private void writeSettings() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("port", Integer.toString(port));
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_directories", "");
        // Durability: a commit PostgreSQL acknowledged survives a crash of the process or the machine.
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("password_encryption", "scram-sha-256");
        // Sized for the reference company (a database of about 20 GB on a small server): the hot part of stock and its
        // indexes in shared memory; room for a month of sales in one planner's hash; bulk loads of millions of rows
        // without a checkpoint in the middle (the WAL may grow to 4 GB meanwhile); page images not compressed (on two
        // cores pglz cost an opening-stock import 8 % of its speed: 49,000 against 53,000 rows/s); SSD costs for random
        // reads.
        settings.put("shared_buffers", sharedBuffers);
        settings.put("work_mem", "16MB");
        settings.put("maintenance_work_mem", "256MB");
        settings.put("effective_cache_size", "2GB");
        settings.put("max_wal_size", "4GB");
        settings.put("wal_compression", "off");
        settings.put("random_page_cost", "1.1");
        settings.put("max_connections", "100");
        settings.put("timezone", "UTC");
        settings.put("logging_collector", "on");
        settings.put("log_directory", home.resolve("log").toString());
        settings.put("log_filename", "postgresql-%a.log");
        settings.put("log_truncate_on_rotation", "on");
        settings.put("log_rotation_age", "1d");
        settings.put("log_rotation_size", "0");
        // Statements may hold personal data (names, addresses): errors are logged without them.
        settings.put("log_min_error_statement", "panic");
        StringBuilder text = new StringBuilder("# Written by Mercato at every start; edits are overwritten.\n");
        settings.forEach((name, value) -> text.append(name).append(" = '").append(value.replace("'", "''")).append("'\n"));
        Files.writeString(dataDirectory.resolve(SETTINGS_FILE), text, StandardCharsets.UTF_8);
    }

    /**
     * A server still running on this data directory belongs to a JVM that was killed before it could stop it:
     * fast shutdown, then it can be started again. A PID file naming a dead or foreign process is stale.
     */
    private void stopOrphan() throws IOException {
        Optional<Postmaster> previous = Postmaster.of(dataDirectory);
        if (previous.isEmpty()) {
            return;
        }
        Postmaster orphan = previous.get();
        if (orphan.running() && orphan.serves(dataDirectory)) {
            LOG.warn("An embedded PostgreSQL (PID {}) outlived the process that started it; shutting it down first", orphan.pid());
            PostgresCommands.Result stopped = stop();
            if (!stopped.succeeded() && orphan.running()) {
                throw new IOException("Could not stop the orphaned PostgreSQL (PID " + orphan.pid() + "): " + stopped.output());
            }
        } else {
            LOG.info("Removing the stale {} of a PostgreSQL that is no longer running (PID {})", Postmaster.PID_FILE, orphan.pid());
            Files.deleteIfExists(dataDirectory.resolve(Postmaster.PID_FILE));
        }
    }

    /** Creates Mercato's role and database (owned by that role) unless they exist; runs as the superuser. */
    private void provisionMercatoRole() throws IOException {
        try (Connection admin = dataSource("postgres", EmbeddedCredentials.SUPERUSER, credentials.superuserPassword()).getConnection()) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", credentials.user())) {
                try (Statement create = admin.createStatement()) {
                    // DDL takes no bind parameters; the name and the generated password are letters and digits only.
                    create.execute("CREATE ROLE " + credentials.user() + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                            + credentials.password() + "'");
                }
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", credentials.database())) {
                try (Statement create = admin.createStatement()) {
                    create.execute("CREATE DATABASE " + credentials.database() + " OWNER " + credentials.user()
                            + " ENCODING 'UTF8' TEMPLATE template0");
                    create.execute("REVOKE ALL ON DATABASE " + credentials.database() + " FROM PUBLIC");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not set up Mercato's role in the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private PGSimpleDataSource dataSource(String database, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("mercato");
        return source;
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up): between choosing it and PostgreSQL binding
     * it, no outgoing connection can take it.
     */
    private static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 15_000 + random.nextInt(5_000);
            try (java.net.ServerSocket socket = new java.net.ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free port between 15000 and 20000 for the embedded PostgreSQL");
    }
}
