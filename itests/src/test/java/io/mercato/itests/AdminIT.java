package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;

/**
 * The tech admin department in the running distribution: departments listed, planned, uninstalled and installed again
 * from its API while others serve a load (nothing of theirs fails or restarts, the data comes back identical), one
 * operation at a time, a failed install rolled back with its reason, the same from the Karaf shell, and system health.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminIT extends MercatoTestSupport {
    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory shell;

    @Inject
    private org.apache.karaf.features.FeaturesService features;

    private ApiClient api;

    /** Every test starts with every department installed, whatever the one before it left behind. */
    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("admin/modules").status() == 200, "admin API");
        for (JsonNode module : api.get("admin/modules").json()) {
            if (!"ACTIVE".equals(module.get("state").asText())) {
                awaitOperation(start(module.get("code").asText(), "{\"action\":\"install\"}"));
            }
        }
        waitUntil(Duration.ofSeconds(60), () -> api.get("procurement/suppliers").status() == 200, "procurement API");
    }

    @Test
    public void procurementIsUninstalledAndInstalledAgainWithoutDisturbingAnyoneOrLosingARow() throws Exception {
        JsonNode modules = api.get("admin/modules").json();
        Map<String, String> states = new TreeMap<>();
        modules.forEach(module -> states.put(module.get("code").asText(), module.get("state").asText()));
        assertEquals(Map.of("crm", "ACTIVE", "delivery", "ACTIVE", "merchants", "ACTIVE", "procurement", "ACTIVE", "siteops", "ACTIVE",
                "warehouse", "ACTIVE"), states);
        JsonNode procurement = api.get("admin/modules/procurement").json();
        assertTrue(procurement.toString(), procurement.get("uses").toString().contains("warehouse"));
        assertTrue(api.get("admin/modules/warehouse").json().get("usedBy").toString().contains("procurement"));
        assertEquals(404, api.get("admin/modules/admin").status());
        assertProblem(api.get("admin/modules/procurement/plan?action=explode"), 400, "action", "");

        for (String code : new String[] {"ADM-SUP-1", "ADM-SUP-2"}) {
            assertEquals(201, api.post("procurement/suppliers", "{\"code\":\"" + code + "\",\"name\":\"模块供应商 " + code
                    + "\",\"paymentTerms\":\"NET30\"}").status());
        }
        Map<String, String> before = tableFingerprints("procurement");

        JsonNode plan = api.get("admin/modules/procurement/plan?action=uninstall").json();
        assertEquals(plan.toString(), 0, plan.get("bundlesRefreshed").size());
        assertTrue(plan.toString(), plan.get("bundlesRemoved").toString().contains("procurement.impl"));
        assertFalse("the warehouse API stays for the others: " + plan, plan.get("bundlesRemoved").toString().contains("warehouse.api"));
        assertTrue(plan.toString(), plan.get("warnings").toString().contains("its data stays"));
        assertEquals(409, api.get("admin/modules/procurement/plan?action=install").status());

        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            if ((event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED)
                    && !event.getBundle().getSymbolicName().startsWith("io.mercato.procurement")) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        Map<Long, Long> others = otherBundles();
        bundleContext.addBundleListener(watcher);
        List<String> paths = List.of("org/chart", "warehouse/warehouses", "delivery/orders", "merchants/merchants");
        List<List<LoadDuringChange.Answer>> uninstalling;
        List<List<LoadDuringChange.Answer>> installing;
        try {
            try (LoadDuringChange load = new LoadDuringChange(api, paths, 2)) {
                Thread.sleep(300);
                ApiClient.Answer started = api.post("admin/modules/procurement/operations", "{\"action\":\"uninstall\"}", "adm-uninstall-1");
                assertEquals(started.body(), 202, started.status());
                ApiClient.Answer second = api.post("admin/modules/warehouse/operations", "{\"action\":\"uninstall\"}", "adm-uninstall-2");
                assertEquals("one operation at a time: " + second.body(), 409, second.status());
                JsonNode done = awaitOperation(started.json().get("id").asLong());
                assertEquals(done.toString(), "SUCCEEDED", done.get("outcome").asText());
                Thread.sleep(300);
                uninstalling = load.stop();
            }
            ApiClient.Answer gone = api.get("procurement/suppliers");
            assertEquals(gone.body(), 404, gone.status());
            assertEquals("https://mercato.io/problems/department-not-installed", gone.json().get("type").asText());
            assertEquals("UNINSTALLED", api.get("admin/modules/procurement").json().get("state").asText());
            assertEquals("the schema and every row stay", before, tableFingerprints("procurement"));

            try (LoadDuringChange load = new LoadDuringChange(api, paths, 2)) {
                Thread.sleep(300);
                ApiClient.Answer started = api.post("admin/modules/procurement/operations", "{\"action\":\"install\"}", "adm-install-1");
                assertEquals(started.body(), 202, started.status());
                ApiClient.Answer retried = api.post("admin/modules/procurement/operations", "{\"action\":\"install\"}", "adm-install-1");
                assertEquals("a retry answers the first operation", started.json().get("id").asLong(), retried.json().get("id").asLong());
                JsonNode done = awaitOperation(started.json().get("id").asLong());
                assertEquals(done.toString(), "SUCCEEDED", done.get("outcome").asText());
                Thread.sleep(300);
                installing = load.stop();
            }
        } finally {
            bundleContext.removeBundleListener(watcher);
        }
        assertEquals("bundles outside procurement stopped", List.of(), stopped);
        assertEquals("no other bundle was replaced or restarted", others, otherBundles());
        assertNoFailures(uninstalling);
        assertNoFailures(installing);
        assertEquals(200, api.get("procurement/suppliers").status());
        assertEquals("every row is back", before, tableFingerprints("procurement"));
        assertEquals("ACTIVE", api.get("admin/modules/procurement").json().get("state").asText());
        JsonNode audit = api.get("audit?entity=module&entityId=procurement").json().get("items");
        assertTrue(audit.toString(), audit.toString().contains("admin.module.uninstall.succeeded"));
        assertTrue(audit.toString(), audit.toString().contains("admin.module.install.succeeded"));
    }

    @Test
    public void anInstallThatNeverGetsHealthyIsRolledBackWithItsReason() throws Exception {
        ApiClient.Answer removed = api.post("admin/modules/merchants/operations", "{\"action\":\"uninstall\"}", "adm-merchants-1");
        assertEquals(removed.body(), 202, removed.status());
        assertEquals("SUCCEEDED", awaitOperation(removed.json().get("id").asLong()).get("outcome").asText());
        assertProblem(api.post("admin/modules/merchants/operations", "{\"action\":\"install\",\"healthTimeoutSeconds\":-1}",
                "adm-merchants-bad"), 400, "healthTimeoutSeconds", "");
        // No department is healthy the instant its bundles are installed: an install allowed no time at all must fail.
        ApiClient.Answer started = api.post("admin/modules/merchants/operations", "{\"action\":\"install\",\"healthTimeoutSeconds\":0}",
                "adm-merchants-2");
        assertEquals(started.body(), 202, started.status());
        JsonNode done = awaitOperation(started.json().get("id").asLong());
        assertEquals(done.toString(), "ROLLED_BACK", done.get("outcome").asText());
        assertTrue(done.toString(), done.get("message").asText().startsWith("not healthy after 0 s"));
        JsonNode module = api.get("admin/modules/merchants").json();
        assertEquals("back to where it was", "UNINSTALLED", module.get("state").asText());
        assertEquals("ROLLED_BACK", module.get("lastOperation").get("outcome").asText());
        assertEquals(404, api.get("merchants/merchants").status());

        String output = runShellCommand(shell, "mercato:install merchants");
        assertTrue(output, output.contains("install merchants: SUCCEEDED"));
        assertEquals(200, api.get("merchants/merchants").status());
        String listed = runShellCommand(shell, "mercato:modules");
        assertTrue(listed, listed.contains("merchants") && listed.contains("ACTIVE"));
        String dryRun = runShellCommand(shell, "mercato:uninstall --dry-run merchants");
        assertTrue(dryRun, dryRun.contains("Other bundles refreshed: none") && dryRun.contains("its data stays"));
        assertEquals("a dry run changes nothing", 200, api.get("merchants/merchants").status());
    }

    @Test
    public void aPurgeNeedsTheCodeTypedInAnExportAndAReportThatStillHolds() throws Exception {
        ApiClient.Answer applied = api.post("merchants/merchants", "{\"companyName\":\"清除测试商贸\",\"licenceNumber\":\"91330100PURGE0001\","
                + "\"contactName\":\"钱\",\"categories\":[\"服装\"]}");
        assertEquals(applied.body(), 201, applied.status());
        assertEquals("a purge needs the department uninstalled first", 409, api.get("admin/modules/merchants/purge-report").status());
        assertEquals("SUCCEEDED", awaitOperation(start("merchants", "{\"action\":\"uninstall\"}")).get("outcome").asText());

        JsonNode report = api.get("admin/modules/merchants/purge-report").json();
        assertTrue(report.toString(), report.get("totalRows").asLong() > 0);
        assertTrue(report.toString(), report.get("tables").toString().contains("\"merchant\""));
        assertTrue(report.toString(), report.get("export").isNull());
        String hash = report.get("hash").asText();
        assertProblem(api.post("admin/modules/merchants/operations", "{\"action\":\"purge\",\"confirmCode\":\"merchant\",\"reportHash\":\""
                + hash + "\",\"exportId\":1}", "adm-purge-1"), 400, "confirmCode", "");
        assertProblem(api.post("admin/modules/merchants/operations", "{\"action\":\"purge\",\"confirmCode\":\"merchants\",\"reportHash\":\""
                + hash + "\"}", "adm-purge-2"), 400, "exportId", "");

        JsonNode exported = awaitOperation(start("merchants", "{\"action\":\"export\"}"));
        assertEquals(exported.toString(), "SUCCEEDED", exported.get("outcome").asText());
        JsonNode export = api.get("admin/modules/merchants/exports").json().get(0);
        long firstExport = export.get("id").asLong();
        ApiClient.Answer zip = api.get("admin/exports/" + firstExport);
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.contentType());
        assertEquals(export.get("sha256").asText(), zip.headers().firstValue("X-Content-SHA256").orElse(""));
        assertTrue("one CSV per table", zip.body().contains("merchant.csv") && zip.body().contains("purge-report.txt"));

        // The data changes after the report and the export: the purge is refused, then the export too.
        assertEquals(1, Integer.parseInt(firstValue(dataSource,
                "WITH changed AS (UPDATE merchants.merchant SET contact_name = contact_name || '改' WHERE licence_number = ? RETURNING 1) "
                        + "SELECT count(*) FROM changed", "91330100PURGE0001")));
        ApiClient.Answer refused = api.post("admin/modules/merchants/operations", "{\"action\":\"purge\",\"confirmCode\":\"merchants\","
                + "\"reportHash\":\"" + hash + "\",\"exportId\":" + firstExport + "}", "adm-purge-3");
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("changed since that report"));
        JsonNode again = api.get("admin/modules/merchants/purge-report").json();
        assertNotEquals(hash, again.get("hash").asText());
        assertFalse("the export holds the data before the change", again.get("exportCurrent").asBoolean());
        ApiClient.Answer stale = api.post("admin/modules/merchants/operations", "{\"action\":\"purge\",\"confirmCode\":\"merchants\","
                + "\"reportHash\":\"" + again.get("hash").asText() + "\",\"exportId\":" + firstExport + "}", "adm-purge-4");
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("nothing was dropped", "1", firstValue(dataSource,
                "SELECT count(*) FROM merchants.merchant WHERE licence_number = ?", "91330100PURGE0001"));

        assertEquals("SUCCEEDED", awaitOperation(start("merchants", "{\"action\":\"export\"}")).get("outcome").asText());
        JsonNode fresh = api.get("admin/modules/merchants/purge-report").json();
        assertTrue(fresh.toString(), fresh.get("exportCurrent").asBoolean());
        JsonNode purged = awaitOperation(start("merchants", "{\"action\":\"purge\",\"confirmCode\":\"merchants\",\"reportHash\":\""
                + fresh.get("hash").asText() + "\",\"exportId\":" + fresh.get("export").get("id").asLong() + "}"));
        assertEquals(purged.toString(), "SUCCEEDED", purged.get("outcome").asText());
        assertEquals("0", firstValue(dataSource, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'merchants'"));
        assertEquals("PURGED", api.get("admin/modules/merchants").json().get("state").asText());
        assertEquals(409, api.get("admin/modules/merchants/purge-report").status());
        JsonNode audit = api.get("audit?entity=module&entityId=merchants&action=admin.module.purged").json().get("items");
        assertEquals(audit.toString(), 1, audit.size());
        assertTrue(audit.toString(), audit.get(0).get("details").asText().contains("exportSha256"));

        // Installed again, it starts from an empty schema.
        assertEquals("SUCCEEDED", awaitOperation(start("merchants", "{\"action\":\"install\"}")).get("outcome").asText());
        ApiClient.Answer empty = api.get("merchants/merchants");
        assertEquals(empty.body(), 200, empty.status());
        assertEquals(0, empty.json().get("total").asInt());
        assertEquals("ACTIVE", api.get("admin/modules/merchants").json().get("state").asText());
    }

    private long start(String code, String body) {
        ApiClient.Answer started = api.post("admin/modules/" + code + "/operations", body, java.util.UUID.randomUUID().toString());
        assertEquals(started.body(), 202, started.status());
        return started.json().get("id").asLong();
    }

    @Test
    public void theOpenApiDocumentDescribesEveryResourceServed() throws Exception {
        ApiClient.Answer answer = api.get("openapi.json");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode document = answer.json();
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertTrue("problem JSON is described", document.at("/components/schemas/Problem/properties/errors").isObject());
        JsonNode paths = document.get("paths");
        List<String> missing = new ArrayList<>();
        int described = 0;
        // What is served, read independently of swagger: every resource method of every Mercato application registered.
        for (ServiceReference<?> registered : bundleContext.getServiceReferences("javax.ws.rs.core.Application", "(mercato.api=true)")) {
            String name = String.valueOf(registered.getProperty("osgi.jaxrs.name"));
            String base = name.equals("mercato") ? "/api" : "/api/" + name.substring("mercato.".length());
            javax.ws.rs.core.Application application = (javax.ws.rs.core.Application) bundleContext.getService(registered);
            try {
                for (Object resource : application.getSingletons()) {
                    for (String operation : ResourceMethods.of(resource.getClass(), base)) {
                        described++;
                        String method = operation.substring(0, operation.indexOf(' '));
                        String path = operation.substring(operation.indexOf(' ') + 1);
                        if (!paths.has(path) || !paths.get(path).has(method.toLowerCase(java.util.Locale.ROOT))) {
                            missing.add(operation);
                        }
                    }
                }
            } finally {
                bundleContext.ungetService(registered);
            }
        }
        for (ServiceReference<?> endpoint : bundleContext.getServiceReferences("io.mercato.platform.api.web.JsonEndpoint", null)) {
            String path = "/api/" + endpoint.getProperty("mercato.endpoint.path");
            described++;
            if (!paths.has(path) || !paths.get(path).has("post")) {
                missing.add("POST " + path + " (JSON endpoint)");
            }
        }
        assertEquals("served but not in /api/openapi.json", List.of(), missing);
        assertTrue("every department is there: " + described, described > 150);
        for (String department : new String[] {"warehouse", "procurement", "merchants", "delivery", "crm", "siteops", "admin", "org", "approvals"}) {
            assertTrue(department, document.get("tags").toString().contains("\"" + department + "\""));
        }
    }

    /**
     * A newer version of a department in the features repository is offered as an upgrade and installed as one; an
     * upgrade that cannot be installed leaves the department as it was, serving, and says why.
     */
    @Test
    public void anUpgradeIsOfferedAndRunAndAFailedOneLeavesTheDepartmentAsItWas() throws Exception {
        String warehouseBundle = null;
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName().equals("io.mercato.warehouse.impl")) {
                warehouseBundle = bundle.getLocation();
            }
        }
        // The next warehouse release (same bundles here: nothing to swap, so nothing restarts); kept, as it gets installed.
        Path next = Files.createTempFile("mercato-next", ".xml");
        Files.writeString(next, "<features name=\"next\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"mercato-warehouse\" version=\"0.2.0\" description=\"Warehousing, next release\">"
                + "<feature>mercato-platform</feature><feature>mercato-warehouse-api</feature>"
                + "<bundle>" + warehouseBundle + "</bundle></feature></features>");
        features.addRepository(next.toUri());
        JsonNode warehouse = api.get("admin/modules/warehouse").json();
        assertEquals(warehouse.toString(), "0.2.0", warehouse.get("availableVersion").asText());
        JsonNode plan = api.get("admin/modules/warehouse/plan?action=upgrade").json();
        assertEquals(plan.toString(), 0, plan.get("bundlesRefreshed").size());
        JsonNode upgraded = awaitOperation(start("warehouse", "{\"action\":\"upgrade\"}"));
        assertEquals(upgraded.toString(), "SUCCEEDED", upgraded.get("outcome").asText());
        JsonNode after = api.get("admin/modules/warehouse").json();
        assertEquals(after.toString(), "0.2.0", after.get("version").asText());
        assertEquals("ACTIVE", after.get("state").asText());
        assertEquals(200, api.get("warehouse/warehouses").status());
        assertEquals("no newer version now", 409, api.get("admin/modules/warehouse/plan?action=upgrade").status());

        // A broken merchants release: its bundle was never built. Removed again afterwards, or every later install of
        // merchants would try it (an install takes the newest version).
        Path broken = Files.createTempFile("mercato-broken", ".xml");
        Files.writeString(broken, "<features name=\"broken\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"mercato-merchants\" version=\"0.2.0\" description=\"Merchant onboarding, a broken release\">"
                + "<feature>mercato-platform</feature><feature>mercato-merchants-api</feature>"
                + "<bundle>mvn:io.mercato/merchants.impl/9.9.9-not-built</bundle></feature></features>");
        features.addRepository(broken.toUri());
        try {
            JsonNode failed = awaitOperation(start("merchants", "{\"action\":\"upgrade\"}"));
            assertEquals(failed.toString(), "ROLLED_BACK", failed.get("outcome").asText());
            assertTrue(failed.toString(), failed.get("message").asText().contains("9.9.9-not-built"));
            JsonNode merchants = api.get("admin/modules/merchants").json();
            assertEquals("ACTIVE", merchants.get("state").asText());
            assertNotEquals("still the old version", "0.2.0", merchants.get("version").asText());
            assertEquals(200, api.get("merchants/merchants").status());
        } finally {
            features.removeRepository(broken.toUri(), false);
        }
    }

    @Test
    public void healthShowsTheDatabaseMigrationsOutboxAndMemory() {
        ApiClient.Answer answer = api.get("admin/health");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode health = answer.json();
        assertNotEquals(health.toString(), "DOWN", health.get("status").asText());
        assertEquals("embedded", health.get("database").get("kind").asText());
        assertTrue(health.toString(), health.get("database").get("version").asText().matches("\\d+\\.\\d+.*"));
        assertTrue(health.get("database").get("connections").asInt() > 0);
        List<String> schemas = new ArrayList<>();
        for (JsonNode migrations : health.get("migrations")) {
            schemas.add(migrations.get("schema").asText());
            assertEquals(migrations.toString(), 0, migrations.get("failed").asInt());
            assertTrue(migrations.toString(), migrations.get("applied").asInt() > 0);
        }
        assertTrue(schemas.toString(), schemas.containsAll(List.of("admin", "delivery", "platform", "procurement", "warehouse")));
        assertTrue(health.get("outbox").get("subscriptions").size() > 0);
        assertTrue(health.get("memory").get("heapMaxBytes").asLong() > 0);
        assertTrue(health.get("uptimeSeconds").asLong() >= 0);
    }

    private JsonNode awaitOperation(long id) {
        JsonNode[] last = new JsonNode[1];
        waitUntil(Duration.ofSeconds(150), () -> {
            ApiClient.Answer answer = api.get("admin/operations/" + id);
            last[0] = answer.status() == 200 ? answer.json() : null;
            return last[0] != null && !"RUNNING".equals(last[0].get("outcome").asText());
        }, "operation " + id + " to end");
        return last[0];
    }

    /** Every bundle but procurement's own, by id, with its last-modified time: a replaced or updated bundle changes it. */
    private Map<Long, Long> otherBundles() {
        Map<Long, Long> bundles = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("io.mercato.procurement")) {
                bundles.put(bundle.getBundleId(), bundle.getLastModified());
            }
        }
        return bundles;
    }

    private static void assertNoFailures(List<List<LoadDuringChange.Answer>> clients) {
        int answers = 0;
        for (List<LoadDuringChange.Answer> client : clients) {
            for (LoadDuringChange.Answer answer : client) {
                answers++;
                assertEquals(answer.path() + ": " + answer.body(), 200, answer.status());
            }
        }
        assertTrue("the load ran: " + answers, answers > 20);
    }

    /** Row count and an order-independent checksum of every table of the schema. */
    private Map<String, String> tableFingerprints(String schema) throws Exception {
        Map<String, String> fingerprints = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-') FROM "
                        + schema + "." + table + " t")) {
                    row.next();
                    fingerprints.put(table, row.getString(1));
                }
            }
        }
        assertTrue(fingerprints.toString(), fingerprints.size() > 3);
        return fingerprints;
    }
}
