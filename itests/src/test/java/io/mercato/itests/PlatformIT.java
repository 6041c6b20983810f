package io.mercato.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
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

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

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
