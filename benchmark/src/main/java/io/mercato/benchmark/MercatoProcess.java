package io.mercato.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

/** The built distribution unpacked and started with its own bin/start script, as an admin would. */
public final class MercatoProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort;
    private final Duration bootTime;
    private Boot boot;

    /**
     * A boot's figures: to the first answer of the API, to {@code /api/health} UP (every installed department serving;
     * null if it did not get there in time), and when each department first showed UP there, from bin/start.
     */
    public record Boot(Duration firstAnswer, Duration healthy, Map<String, Duration> departments, java.time.Instant launched) {
    }

    private MercatoProcess(Path home, int httpPort, Duration bootTime) {
        this.home = home;
        this.httpPort = httpPort;
        this.bootTime = bootTime;
    }

    /** Unpacks the distribution archive (system property {@code mercato.distribution}) and starts it. */
    public static MercatoProcess start(Path workDirectory) throws Exception {
        return start(workDirectory, Map.of());
    }

    /** As {@link #start(Path)}, first setting {@code etc/} properties: file name → (key → value). */
    public static MercatoProcess start(Path workDirectory, Map<String, Map<String, String>> settings) throws Exception {
        Path archive = Path.of(System.getProperty("mercato.distribution"));
        workDirectory = workDirectory.toAbsolutePath();
        deleteRecursively(workDirectory);
        Files.createDirectories(workDirectory);
        run(workDirectory, "tar", "xzf", archive.toString(), "-C", workDirectory.toString());
        Path home;
        try (var entries = Files.list(workDirectory)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int httpPort = freePort();
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        for (Map.Entry<String, Map<String, String>> file : settings.entrySet()) {
            for (Map.Entry<String, String> setting : file.getValue().entrySet()) {
                setProperty(home.resolve("etc").resolve(file.getKey()), setting.getKey(), setting.getValue());
            }
        }
        java.time.Instant launched = java.time.Instant.now();
        long started = System.nanoTime();
        run(home, home.resolve("bin/start").toString());
        MercatoProcess mercato = new MercatoProcess(home, httpPort, null);
        Boot boot;
        try {
            boot = awaitBoot(httpPort, home, started, launched);
        } catch (AssertionError | InterruptedException notUp) {
            // A Karaf that never served must not outlive the run (nor its PostgreSQL).
            mercato.close();
            throw notUp;
        }
        MercatoProcess up = new MercatoProcess(home, httpPort, boot.firstAnswer());
        up.boot = boot;
        return up;
    }

    /** The figures of the last start (the first, or {@link #startAgain()}). */
    public Boot boot() {
        return boot;
    }

    /** Starts the same installation again (after a stop or a crash), with its data; returns the time to the API. */
    public Duration startAgain() throws Exception {
        java.time.Instant launched = java.time.Instant.now();
        long started = System.nanoTime();
        run(home, home.resolve("bin/start").toString());
        boot = awaitBoot(httpPort, home, started, launched);
        return boot.firstAnswer();
    }

    /** Stops Karaf (bin/stop) and waits until its process and the embedded PostgreSQL are gone. */
    public void stop() throws Exception {
        close();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!databaseProcesses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** kill -9 of the Karaf JVM, as a power cut or the OOM killer would do it. */
    public void killKaraf() throws IOException {
        ProcessHandle karaf = ProcessHandle.of(pid()).orElseThrow();
        karaf.destroyForcibly();
        karaf.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** kill -9 of every process of the embedded PostgreSQL (the postmaster and its workers). */
    public int killDatabase() {
        List<ProcessHandle> postgres = databaseProcesses();
        postgres.forEach(ProcessHandle::destroyForcibly);
        return postgres.size();
    }

    /** The processes of this installation's embedded PostgreSQL. */
    public List<ProcessHandle> databaseProcesses() {
        String dataDirectory = home.resolve("data/postgresql/data").toString();
        List<ProcessHandle> found = new java.util.ArrayList<>();
        ProcessHandle.allProcesses().forEach(process -> {
            boolean postmaster = process.info().commandLine().map(c -> c.contains("postgres") && c.contains(dataDirectory)).orElse(false);
            boolean child = process.parent().flatMap(parent -> parent.info().commandLine())
                    .map(c -> c.contains("postgres") && c.contains(dataDirectory)).orElse(false);
            if (postmaster || child) {
                found.add(process);
            }
        });
        return found;
    }

    /** From bin/start to the first 200 of the warehouse API (answering 401 to an anonymous call). */
    public Duration bootTime() {
        return bootTime;
    }

    public Path home() {
        return home;
    }

    public long pid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up), so no outgoing connection made between
     * choosing the port and the server binding it can take it.
     */
    public static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    /** A direct connection to the embedded database, as the role Mercato itself uses (from its owner-only credentials). */
    public java.sql.Connection openDatabaseConnection() throws IOException, java.sql.SQLException {
        Path postgres = home.resolve("data/postgresql");
        java.util.Properties credentials = new java.util.Properties();
        try (var in = Files.newBufferedReader(postgres.resolve("credentials.properties"))) {
            credentials.load(in);
        }
        // postmaster.pid: PID, data directory, start time, port, ...
        String port = Files.readAllLines(postgres.resolve("data/postmaster.pid")).get(3).trim();
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + credentials.getProperty("database"),
                credentials.getProperty("user"), credentials.getProperty("password"));
    }

    public String adminPassword() throws IOException {
        return Files.readString(home.resolve("data/mercato/admin-password.txt")).trim();
    }

    private static final Pattern DEPARTMENT_STATE = Pattern.compile("\"([a-z][a-z0-9]*)\":\"(UP|STARTING|UNCHECKED)\"");

    /**
     * Polls until the warehouse API answers (401 to an anonymous call; failing after two minutes), then on until
     * {@code /api/health} is UP, noting when each department first showed UP there.
     */
    private static Boot awaitBoot(int httpPort, Path home, long started, java.time.Instant launched) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = started + Duration.ofSeconds(120).toNanos();
        Duration firstAnswer = null;
        Map<String, Duration> departments = new java.util.TreeMap<>();
        while (System.nanoTime() < deadline) {
            try {
                if (firstAnswer == null) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                            + "/api/warehouse/warehouses")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 401 && Files.exists(home.resolve("data/mercato/admin-password.txt"))) {
                        firstAnswer = Duration.ofNanos(System.nanoTime() - started);
                    }
                }
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                Duration now = Duration.ofNanos(System.nanoTime() - started);
                Matcher state = DEPARTMENT_STATE.matcher(health.body());
                while (state.find()) {
                    if (!"STARTING".equals(state.group(2))) {
                        departments.putIfAbsent(state.group(1), now);
                    }
                }
                if (health.statusCode() == 200 && firstAnswer != null) {
                    return new Boot(firstAnswer, now, departments, launched);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        if (firstAnswer == null) {
            throw new AssertionError("Mercato did not come up within 120 s; see " + home.resolve("data/log/karaf.log"));
        }
        return new Boot(firstAnswer, null, departments, launched);
    }

    @Override
    public void close() throws Exception {
        Path pidFile = home.resolve("karaf.pid");
        Long pid = Files.exists(pidFile) ? Long.valueOf(Files.readString(pidFile).trim()) : null;
        run(home, home.resolve("bin/stop").toString());
        if (pid != null) {
            ProcessHandle.of(pid).ifPresent(process -> process.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        }
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("Command failed: " + String.join(" ", command));
        }
    }

    public static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                text.append(line).append('\n');
            }
        }
        text.append(key).append(" = ").append(value).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
