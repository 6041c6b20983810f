package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/** Platform contracts in the running distribution: bad input, authentication, idempotency, schema migrations. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends MercatoTestSupport {
    private ApiClient api;

    @Inject
    private BundleContext bundleContext;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
    }

    @Test
    public void everyEndpointNeedsALogin() {
        ApiClient anonymous = new ApiClient(baseUrl());
        ApiClient.Answer answer = anonymous.get("warehouse/warehouses");
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(401, new ApiClient(baseUrl()).send("POST", "session", "application/json",
                "{\"username\":\"admin\",\"password\":\"wrong\"}", null).status());
        assertEquals(200, anonymous.get("").status());
    }

    @Test
    public void unknownFieldIsNamed() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\":\"QA-01\",\"name\":\"n\",\"region\":\"r\",\"colour\":\"red\"}"),
                400, "colour", "unknown field");
    }

    @Test
    public void wrongTypeIsNamed() {
        assertProblem(api.post("warehouse/reservations",
                "{\"key\":\"k\",\"sku\":\"S\",\"warehouseCode\":\"QA-01\",\"quantity\":\"three\"}"), 400, "quantity", "expected a whole number");
    }

    @Test
    public void missingFieldsAreAllListed() {
        ApiClient.Answer answer = api.post("warehouse/warehouses", "{\"code\":\"QA-02\"}");
        assertProblem(answer, 400, "name", "is required");
        assertTrue(answer.body(), answer.body().contains("\"region\""));
    }

    @Test
    public void malformedJsonIs400() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\": \"QA-03\","), 400, "body", "malformed JSON");
    }

    @Test
    public void wrongMediaTypeIs415() {
        ApiClient.Answer answer = api.send("POST", "warehouse/warehouses", "text/plain", "code=QA-04", null);
        assertEquals(answer.body(), 415, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void oversizeBodyIs413() {
        String huge = "{\"code\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        ApiClient.Answer answer = api.post("warehouse/warehouses", huge);
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void unknownPathIs404ProblemWithoutStackTrace() {
        ApiClient.Answer answer = api.get("warehouse/no-such-thing");
        assertEquals(404, answer.status());
        assertTrue(answer.body(), !answer.body().contains("Exception") && !answer.body().contains("at io."));
    }

    @Test
    public void retriedPostWithSameIdempotencyKeyCreatesOnce() {
        String body = "{\"code\":\"IDEM-01\",\"name\":\"重试仓\",\"region\":\"华南\"}";
        ApiClient.Answer first = api.post("warehouse/warehouses", body, "create-idem-01");
        ApiClient.Answer retry = api.post("warehouse/warehouses", body, "create-idem-01");
        assertEquals(first.body(), 201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json(), retry.json());
        assertEquals(409, api.post("warehouse/warehouses", body, "create-idem-02").status());
        assertEquals(422, api.post("warehouse/warehouses", body.replace("重试仓", "别的"), "create-idem-01").status());
        JsonNode list = api.get("warehouse/warehouses?q=IDEM-01").json();
        assertEquals(1, list.get("total").asInt());
    }

    /** The reservation endpoint is a plain servlet (a hot path); it keeps every rule of the JAX-RS API. */
    @Test
    public void hotPathEndpointKeepsTheApiContract() {
        String path = "warehouse/reservations";
        String valid = "{\"key\":\"contract-1\",\"sku\":\"NONE\",\"warehouseCode\":\"NOWHERE\",\"quantity\":1}";
        ApiClient.Answer anonymous = new ApiClient(baseUrl()).post(path, valid);
        assertEquals(401, anonymous.status());
        assertEquals("application/problem+json", anonymous.contentType());
        assertEquals(415, api.send("POST", path, "text/plain", valid, null).status());
        assertEquals(405, api.get(path).status());
        assertEquals(413, api.post(path, "{\"key\":\"" + "k".repeat(2 * 1024 * 1024) + "\"}").status());
        assertProblem(api.post(path, valid.replace("}", ",\"colour\":\"red\"}")), 400, "colour", "unknown field");
        assertProblem(api.post(path, "{\"key\":"), 400, "body", "malformed JSON");
        assertProblem(api.post(path, "{}"), 400, "sku", "is required");
        assertProblem(api.post(path, valid), 400, "warehouseCode", "no warehouse with code NOWHERE");

        createWarehouse("HOT-01");
        assertEquals(200, api.post("warehouse/receipts", "{\"sku\":\"HOT-SKU\",\"warehouseCode\":\"HOT-01\",\"quantity\":5}").status());
        String reserve = "{\"key\":\"contract-2\",\"sku\":\"HOT-SKU\",\"warehouseCode\":\"HOT-01\",\"quantity\":2}";
        ApiClient.Answer first = api.post(path, reserve, "hot-idem-1");
        ApiClient.Answer retry = api.post(path, reserve, "hot-idem-1");
        assertEquals(first.body(), 200, first.status());
        assertEquals(first.json(), retry.json());
        assertEquals(422, api.post(path, reserve.replace("\"quantity\":2", "\"quantity\":3"), "hot-idem-1").status());
        assertEquals(400, api.post(path, reserve, " ").status());
        JsonNode stock = api.get("warehouse/stock?q=HOT-SKU").json().get("items").get(0);
        assertEquals("reserved once", 2, stock.get("reserved").asInt());
    }

    @Test
    public void theSameJsonSpelledDifferentlyIsAReplay() {
        createWarehouse("REPLAY-01");
        String first = "{\"sku\":\"REPLAY-SKU\",\"warehouseCode\":\"REPLAY-01\",\"quantity\":3}";
        String spelledDifferently = "{ \"quantity\" : 3,\n  \"warehouseCode\":\"REPLAY-01\", \"sku\": \"REPLAY-SKU\" }";
        assertEquals(200, api.post("warehouse/receipts", first, "replay-json-1").status());
        ApiClient.Answer retry = api.post("warehouse/receipts", spelledDifferently, "replay-json-1");
        assertEquals(retry.body(), 200, retry.status());
        assertEquals(3, api.get("warehouse/stock/REPLAY-SKU").json().get("onHand").asInt());
        assertEquals(422, api.post("warehouse/receipts", first.replace("3", "4"), "replay-json-1").status());
    }

    @Test
    public void repeatedJsonFieldsAreRefused() {
        assertProblem(api.post("warehouse/receipts", "{\"sku\":\"DUP\",\"warehouseCode\":\"X\",\"quantity\":1,\"quantity\":900}"),
                400, "quantity", "appears more than once");
        assertProblem(api.post("warehouse/transfers", "{\"fromWarehouse\":\"A\",\"toWarehouse\":\"B\",\"lines\":"
                + "[{\"sku\":\"X\",\"quantity\":1},{\"sku\":\"Y\",\"sku\":\"Z\",\"quantity\":1}]}"), 400, "lines[1].sku",
                "appears more than once");
        assertProblem(api.post("warehouse/reservations", "{\"key\":\"a\",\"key\":\"b\"}"), 400, "key", "appears more than once");
    }

    @Test
    public void countsAndPagesAreBoundedAndNeverOverflow() {
        createWarehouse("BIG-01");
        assertProblem(api.post("warehouse/receipts", "{\"sku\":\"BIG\",\"warehouseCode\":\"BIG-01\",\"quantity\":2147483647}"),
                400, "quantity", "must be between 1 and 1000000000");
        String billion = "{\"sku\":\"BIG\",\"warehouseCode\":\"BIG-01\",\"quantity\":1000000000}";
        assertEquals(200, api.post("warehouse/receipts", billion).status());
        assertEquals(200, api.post("warehouse/receipts", billion).status());
        assertProblem(api.post("warehouse/receipts", billion), 400, "quantity", "would take the stock");
        assertEquals("nothing half-applied", 2000000000, api.get("warehouse/stock/BIG").json().get("onHand").asInt());
        assertProblem(api.post("warehouse/adjustments", "{\"sku\":\"BIG\",\"warehouseCode\":\"BIG-01\",\"delta\":2147483647,"
                + "\"reason\":\"x\"}"), 400, "delta", "must be between");
        assertProblem(api.get("warehouse/stock?page=2147483647&size=200"), 400, "page", "is too deep");
        assertProblem(api.get("warehouse/stock?page=abc"), 400, "page", "must be a whole number");
        assertProblem(api.get("warehouse/stock?size=99999999999"), 400, "size", "must be a whole number");
        assertProblem(api.get("audit?page=-1"), 400, "page", "must be 0 or more");
        assertProblem(api.get("warehouse/transfers/99999999999999999999"), 400, "id", "must be a whole number");
        assertProblem(api.get("warehouse/rebalancing/suggestions?windowDays=x"), 400, "windowDays", "must be a whole number");
    }

    @Test
    public void errorTextsNameNoJavaClass() {
        createWarehouse("CSVX-01");
        ApiClient.Answer broken = api.send("POST", "warehouse/imports/opening-stock", "text/csv",
                "sku,warehouse,quantity\n\"A,CSVX-01,1\nB\"x,CSVX-01,2\n", null);
        assertEquals(broken.body(), 400, broken.status());
        assertFalse(broken.body(), broken.body().matches("(?s).*([a-z]+\\.)+[A-Z]\\w*(Exception|Error).*"));
    }

    @Test
    public void auditTrailIsSearchedByExactValuesTimeRangeAndCursor() {
        java.time.OffsetDateTime before = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8));
        for (int i = 1; i <= 5; i++) {
            createWarehouse("AUD-0" + i);
        }
        JsonNode created = api.get("audit?action=warehouse.created&actor=admin&size=2").json();
        assertEquals(2, created.get("items").size());
        assertEquals("newest first", "AUD-05", created.get("items").get(0).get("entityId").asText());
        JsonNode next = api.get("audit?action=warehouse.created&actor=admin&size=2&after=" + created.get("next").asText()).json();
        assertEquals("AUD-03", next.get("items").get(0).get("entityId").asText());
        assertEquals("the search box finds a record id", "warehouse.created",
                api.get("audit?q=AUD-02").json().get("items").get(0).get("action").asText());
        String since = java.net.URLEncoder.encode(before.toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(5, api.get("audit?action=warehouse.created&from=" + since).json().get("total").asInt());
        assertEquals(0, api.get("audit?action=warehouse.created&to=" + since + "&q=AUD-01").json().get("total").asInt());
        assertProblem(api.get("audit?from=yesterday"), 400, "from", "must be a time with its offset");
    }

    @Test
    public void healthSaysTheDatabaseIsUpWithoutLoggingIn() {
        ApiClient.Answer health = new ApiClient(baseUrl()).get("health");
        assertEquals(health.body(), 200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        assertEquals("UP", health.json().get("database").get("status").asText());
    }

    /**
     * The database is killed under load: every answer meanwhile is a 200 or a 503 problem (never a 404 or a 500),
     * the platform brings it back by itself, and what was acknowledged is there.
     */
    @Test
    public void aKilledDatabaseIsRestartedAndAnswers503Meanwhile() throws Exception {
        createWarehouse("CRASH-01");
        Path pidFile = Path.of(System.getProperty("karaf.data"), "postgresql", "data", "postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        List<ApiClient.Answer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (running.get()) {
                ApiClient.Answer answer = api.post("warehouse/receipts", "{\"sku\":\"CRASH-SKU\",\"warehouseCode\":\"CRASH-01\",\"quantity\":1}");
                answers.add(answer);
                if (answer.status() == 200) {
                    acknowledged.incrementAndGet();
                }
            }
        });
        load.start();
        Thread.sleep(1000);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        waitUntil(Duration.ofSeconds(60), () -> !String.valueOf(Files.exists(pidFile) ? readFirstLine(pidFile) : "")
                .equals(Long.toString(pid)) && new ApiClient(baseUrl()).get("health").status() == 200, "the database to be back");
        Thread.sleep(1000);
        running.set(false);
        load.join(60_000);
        for (ApiClient.Answer answer : answers) {
            assertTrue("answer during the crash: " + answer, answer.status() == 200
                    || (answer.status() == 503 && answer.contentType().startsWith("application/problem+json")));
        }
        assertTrue("the restart is on record", new ApiClient(baseUrl()).get("health").body().contains("restarted"));
        assertEquals("every acknowledged receipt is there", acknowledged.get(),
                api.get("warehouse/stock/CRASH-SKU").json().get("onHand").asInt());
    }

    private static String readFirstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).trim();
        } catch (java.io.IOException | IndexOutOfBoundsException e) {
            return "";
        }
    }

    private void createWarehouse(String code) {
        ApiClient.Answer created = api.post("warehouse/warehouses", "{\"code\":\"" + code + "\",\"name\":\"热点仓\",\"region\":\"华东\"}");
        assertEquals(created.body(), 201, created.status());
    }

    @Test
    public void pooledConnectionsStopRunawayStatementsOnTheServer() throws Exception {
        var references = bundleContext.getServiceReferences(javax.sql.DataSource.class, "(mercato.datasource=main)");
        javax.sql.DataSource pool = bundleContext.getService(references.iterator().next());
        try (java.sql.Connection connection = pool.getConnection();
             java.sql.ResultSet timeout = connection.createStatement().executeQuery("SHOW statement_timeout")) {
            timeout.next();
            assertEquals("30s", timeout.getString(1));
        }
    }

    @Test
    public void changedAppliedMigrationStopsTheBundleWithAClearLogLine() throws Exception {
        Bundle first = install("V1__notes.sql", "CREATE TABLE probe_migration.note (id integer PRIMARY KEY);");
        first.start();
        waitUntil(Duration.ofSeconds(30), () -> hasDatabase("probe_migration"), "schema probe_migration to be migrated");
        first.uninstall();

        Bundle changed = install("V1__notes.sql", "CREATE TABLE probe_migration.note (id bigint PRIMARY KEY);");
        changed.start();
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        waitUntil(Duration.ofSeconds(30), () -> changed.getState() != Bundle.ACTIVE, "the changed bundle to be stopped; log: "
                + logLines(log, "probe_migration"));
        assertTrue(!hasDatabase("probe_migration"));
        String text = Files.readString(log);
        assertTrue("log names the schema and the bundle", text.contains("Migration of schema probe_migration failed")
                && text.contains("stopping bundle test.migration"));
        changed.uninstall();
    }

    private static String logLines(Path log, String containing) {
        try {
            return String.join("\n", Files.readAllLines(log).stream().filter(line -> line.contains(containing)).toList());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private Bundle install(String script, String sql) throws Exception {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "test.migration");
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Mercato-Schema", "probe_migration");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            for (String folder : new String[] {"db/", "db/migration/", "db/migration/probe_migration/"}) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/migration/probe_migration/" + script));
            out.write(sql.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bundleContext.installBundle("test:migration-" + System.nanoTime(), new ByteArrayInputStream(jar.toByteArray()));
    }

    private boolean hasDatabase(String schema) {
        try {
            var references = bundleContext.getServiceReferences("io.mercato.platform.api.persistence.SchemaDatabase",
                    "(mercato.schema=" + schema + ")");
            return references != null && references.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
