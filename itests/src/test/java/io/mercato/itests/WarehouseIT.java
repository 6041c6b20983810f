package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/** The warehouse department end to end: REST into PostgreSQL, concurrency, the ledger, hot uninstall/reinstall. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WarehouseIT extends MercatoTestSupport {
    private static final String LEDGER_MISMATCHES = "SELECT count(*) FROM warehouse.stock s LEFT JOIN ("
            + "SELECT sku, warehouse_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved, "
            + "sum(in_transit_delta) AS in_transit FROM warehouse.movement GROUP BY sku, warehouse_id) m "
            + "USING (sku, warehouse_id) WHERE (s.on_hand, s.reserved, s.in_transit) "
            + "IS DISTINCT FROM (COALESCE(m.on_hand, 0), COALESCE(m.reserved, 0), COALESCE(m.in_transit, 0))";

    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext bundleContext;

    private ApiClient api;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
    }

    @Test
    public void restRoundTripLandsInPostgresqlWithAudit() throws Exception {
        ApiClient.Answer created = api.post("warehouse/warehouses",
                "{\"code\":\"GZ-01\",\"name\":\"广州仓 Ünïcode\",\"region\":\"华南\",\"address\":\"广州市天河区 1号\"}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("广州仓 Ünïcode", query("SELECT name FROM warehouse.warehouse WHERE code = ?", "GZ-01"));
        assertEquals("admin", query("SELECT actor FROM platform.audit_log WHERE action = 'warehouse.created' AND entity_id = ?", "GZ-01"));
        JsonNode fetched = api.get("warehouse/warehouses/GZ-01").json();
        assertEquals("广州市天河区 1号", fetched.get("address").asText());
        assertEquals(1, api.get("warehouse/warehouses?q=" + java.net.URLEncoder.encode("华南", "UTF-8")).json().get("total").asInt());
    }

    @Test
    public void concurrentReservationsNeverOversell() throws Exception {
        createWarehouse("CC-01", "华东");
        assertEquals(200, api.post("warehouse/receipts", "{\"sku\":\"HOT-1\",\"warehouseCode\":\"CC-01\",\"quantity\":25}").status());
        int requests = 40;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String key = "order-" + i;
            calls.add(pool.submit(() -> {
                ApiClient.Answer answer = api.post("warehouse/reservations",
                        "{\"key\":\"" + key + "\",\"sku\":\"HOT-1\",\"warehouseCode\":\"CC-01\",\"quantity\":1}");
                if (answer.status() == 200) {
                    reserved.incrementAndGet();
                } else if (answer.status() == 409) {
                    refused.incrementAndGet();
                } else {
                    unexpected.add(answer.status() + " " + answer.body());
                }
            }));
        }
        for (Future<?> call : calls) {
            call.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(unexpected.toString(), unexpected.isEmpty());
        assertEquals(25, reserved.get());
        assertEquals(15, refused.get());
        JsonNode level = api.get("warehouse/stock/HOT-1").json();
        assertEquals(0, level.get("available").asInt());
        assertEquals(25, level.get("reserved").asInt());
        assertEquals("0", query(LEDGER_MISMATCHES));
    }

    @Test
    public void sameReservationKeyConcurrentlyReservesOnce() throws Exception {
        createWarehouse("CK-01", "华北");
        api.post("warehouse/receipts", "{\"sku\":\"KEY-1\",\"warehouseCode\":\"CK-01\",\"quantity\":100}");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(pool.submit(() -> statuses.computeIfAbsent(api.post("warehouse/reservations",
                    "{\"key\":\"same-key\",\"sku\":\"KEY-1\",\"warehouseCode\":\"CK-01\",\"quantity\":7}").status(),
                    s -> new AtomicInteger()).incrementAndGet()));
        }
        for (Future<?> call : calls) {
            call.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 12, statuses.get(200).get());
        assertEquals(7, api.get("warehouse/stock/KEY-1").json().get("reserved").asInt());
        assertEquals(200, api.post("warehouse/reservations/same-key/commit", null).status());
        assertEquals(200, api.post("warehouse/reservations/same-key/commit", null).status());
        JsonNode level = api.get("warehouse/stock/KEY-1").json();
        assertEquals(93, level.get("onHand").asInt());
        assertEquals(0, level.get("reserved").asInt());
        assertEquals(409, api.post("warehouse/reservations/same-key/release", null).status());
    }

    @Test
    public void transferConservesStockAndRecordsShortage() throws Exception {
        createWarehouse("TA-01", "华东");
        createWarehouse("TB-01", "西南");
        api.post("warehouse/receipts", "{\"sku\":\"TR-SKU\",\"warehouseCode\":\"TA-01\",\"quantity\":50}");
        JsonNode transfer = api.post("warehouse/transfers",
                "{\"fromWarehouse\":\"TA-01\",\"toWarehouse\":\"TB-01\",\"lines\":[{\"sku\":\"TR-SKU\",\"quantity\":20}]}").json();
        long id = transfer.get("id").asLong();
        assertEquals("SHIPPED", api.post("warehouse/transfers/" + id + "/ship", null).json().get("status").asText());
        JsonNode inTransit = api.get("warehouse/stock/TR-SKU").json();
        assertEquals(30, inTransit.get("onHand").asInt());
        assertEquals(20, inTransit.get("inTransit").asInt());
        assertEquals(409, api.post("warehouse/transfers/" + id + "/cancel", null).status());
        ApiClient.Answer received = api.post("warehouse/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"TR-SKU\",\"quantity\":18}]}");
        assertEquals(received.body(), "RECEIVED", received.json().get("status").asText());
        JsonNode after = api.get("warehouse/stock/TR-SKU").json();
        assertEquals(48, after.get("onHand").asInt());
        assertEquals(0, after.get("inTransit").asInt());
        assertEquals("-2", query("SELECT sum(in_transit_delta) FROM warehouse.movement WHERE kind = 'TRANSFER_SHORTAGE' AND sku = ?", "TR-SKU"));
        assertEquals("0", query(LEDGER_MISMATCHES));
    }

    @Test
    public void openingStockImportRunsAsAJobAllOrNothing() throws Exception {
        createWarehouse("CSV-01", "华中");
        createWarehouse("CSV-02", "华中");
        ApiClient.Answer malformed = api.send("POST", "warehouse/imports/opening-stock", "text/csv",
                "sku,warehouse,quantity\nCSV-A,CSV-01,5\nCSV B,CSV-01,3\nCSV-C,CSV-01,x\n", null);
        assertEquals(malformed.body(), 400, malformed.status());
        assertTrue(malformed.body(), malformed.body().contains("row 3: sku") && malformed.body().contains("row 4: quantity"));

        JsonNode refused = awaitImport(submitImport("sku,warehouse,quantity\nCSV-A,CSV-01,5\nCSV-B,NOPE-99,3\nCSV-A,CSV-01,4\n", null));
        assertEquals(refused.toString(), "FAILED", refused.get("status").asText());
        assertEquals(2, refused.get("errorCount").asInt());
        assertEquals("row 3: warehouse", refused.get("errors").get(0).get("field").asText());
        assertEquals("row 4: sku", refused.get("errors").get(1).get("field").asText());
        assertEquals("nothing applied", "0", query("SELECT count(*) FROM warehouse.movement WHERE sku = ?", "CSV-A"));
        String refusedPath = "warehouse/imports/" + refused.get("id").asLong();
        ApiClient.Answer rejectedRows = api.get(refusedPath + "/errors.csv");
        assertEquals(rejectedRows.body(), 200, rejectedRows.status());
        assertTrue(rejectedRows.body(), rejectedRows.body().startsWith("\uFEFFrow,field,message\r\n3,warehouse,no active warehouse NOPE-99\r\n4,sku,"));
        // Every row in error is in the file, not only the first ones the job lists.
        StringBuilder repeated = new StringBuilder("sku,warehouse,quantity\n");
        for (int i = 0; i < 131; i++) {
            repeated.append("CSV-R,CSV-01,1\n");
        }
        JsonNode refusedMany = awaitImport(submitImport(repeated.toString(), null));
        assertEquals(refusedMany.toString(), 130, refusedMany.get("errorCount").asInt());
        assertEquals(100, refusedMany.get("errors").size());
        String[] allRejected = api.get("warehouse/imports/" + refusedMany.get("id").asLong() + "/errors.csv").body().split("\r\n");
        assertEquals(131, allRejected.length);
        assertEquals("132,sku,CSV-R in CSV-01 appears twice", allRejected[130]);
        ApiClient.Answer over = api.post(refusedPath + "/cancel", "{}");
        assertEquals(over.body(), 409, over.status());

        // A running import asked to stop ends CANCELLED with nothing applied: this connection holds the job's lock as the
        // node running it would, so the cancel is a request the job reads when it runs.
        long next = Long.parseLong(query("SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM warehouse.import_job_id_seq"));
        try (Connection running = dataSource.getConnection(); PreparedStatement lock = running.prepareStatement(
                "SELECT pg_advisory_lock(" + 0x57484931 + ", ?::int)")) {
            lock.setLong(1, next);
            lock.executeQuery().close();
            try {
                JsonNode waiting = submitImport("sku,warehouse,quantity\nCSV-K,CSV-01,7\n", null);
                assertEquals(next, waiting.get("id").asLong());
                ApiClient.Answer asked = api.post("warehouse/imports/" + next + "/cancel", "{}");
                assertEquals(asked.body(), 200, asked.status());
                assertEquals("admin", asked.json().get("cancelRequestedBy").asText());
            } finally {
                // A session's advisory lock outlives the connection's return to the pool: let go of it as the node would.
                unlockAll(running);
            }
        }
        JsonNode cancelled = awaitImport(api.get("warehouse/imports/" + next).json());
        assertEquals(cancelled.toString(), "CANCELLED", cancelled.get("status").asText());
        assertEquals("0", query("SELECT count(*) FROM warehouse.movement WHERE sku = ?", "CSV-K"));
        assertEquals("0", query("SELECT count(*) FROM warehouse.import_claim WHERE job_id = ?", next));
        assertEquals("1", query("SELECT count(*) FROM platform.audit_log WHERE action = 'stock.import-cancelled' AND entity_id = ?",
                String.valueOf(next)));

        String file = "sku,warehouse,quantity\nCSV-A,CSV-01,5\nCSV-B,CSV-01,3\nCSV-A,CSV-02,0\n";
        JsonNode submitted = submitImport(file, "import-key-1");
        JsonNode retried = submitImport(file, "import-key-1");
        assertEquals("a retry answers the same import", submitted.get("id").asLong(), retried.get("id").asLong());
        JsonNode applied = awaitImport(submitted);
        assertEquals(applied.toString(), "SUCCEEDED", applied.get("status").asText());
        assertEquals(3, applied.get("processed").asInt());
        assertEquals(5, api.get("warehouse/stock/CSV-A").json().get("onHand").asInt());
        assertEquals("OPENING", query("SELECT string_agg(DISTINCT kind, ',') FROM warehouse.movement WHERE sku = ?", "CSV-A"));
        assertEquals("admin", query("SELECT actor FROM platform.audit_log WHERE action = 'stock.opening-imported' AND entity_id = ?",
                applied.get("id").asText()));
        assertEquals("0", query(LEDGER_MISMATCHES));

        JsonNode again = awaitImport(submitImport("sku,warehouse,quantity\nCSV-B,CSV-01,9\n", null));
        assertEquals("opening stock comes once", "stock of CSV-B in CSV-01 is already recorded",
                again.get("errors").get(0).get("message").asText());

        // A warehouse with an import still running takes no second one.
        execute("INSERT INTO warehouse.import_job (id, status, rows, warehouses, created_by) VALUES (999999, 'SUCCEEDED', 0, '{}', 'it')");
        execute("INSERT INTO warehouse.import_claim (warehouse_code, job_id) VALUES ('CSV-02', 999999)");
        try {
            ApiClient.Answer busy = api.send("POST", "warehouse/imports/opening-stock", "text/csv",
                    "sku,warehouse,quantity\nCSV-Z,CSV-02,1\n", null);
            assertEquals(busy.body(), 409, busy.status());
            assertTrue(busy.body(), busy.json().get("detail").asText().contains("still running (import 999999)"));
        } finally {
            execute("DELETE FROM warehouse.import_claim WHERE job_id = 999999");
        }
        assertEquals("the refused upload left no job behind", "0",
                query("SELECT count(*) FROM warehouse.import_job WHERE warehouses @> ARRAY['CSV-02'] AND rows = 1"));
        JsonNode list = api.get("warehouse/imports?size=2").json();
        assertEquals(2, list.get("items").size());
        assertTrue(list.toString(), list.get("items").get(0).get("id").asLong() > list.get("items").get(1).get("id").asLong());
    }

    @Test
    public void stockListPagesByCursorAndExportsEverything() throws Exception {
        createWarehouse("PG-01", "华东");
        createWarehouse("PG-02", "华南");
        StringBuilder file = new StringBuilder("sku,warehouse,quantity\n");
        for (int i = 0; i < 25; i++) {
            file.append(String.format("PAGE-%03d,PG-01,%d%nPAGE-%03d,PG-02,1%n", i, i, i));
        }
        assertEquals("SUCCEEDED", awaitImport(submitImport(file.toString(), null)).get("status").asText());
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = api.get("warehouse/stock?q=PAGE-&size=7" + (after == null ? "" : "&after=" + after)).json();
            assertEquals(50, page.get("total").asInt());
            page.get("items").forEach(item -> seen.add(item.get("sku").asText() + "@" + item.get("warehouseCode").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        assertEquals("every row once, in order", 50, seen.size());
        assertEquals(50, new java.util.HashSet<>(seen).size());
        assertEquals("PAGE-000@PG-01", seen.get(0));
        assertEquals("PAGE-024@PG-02", seen.get(49));
        assertProblem(api.get("warehouse/stock?after=not-a-cursor"), 400, "after", "is not a cursor");
        assertProblem(api.get("warehouse/stock?page=501&size=20"), 400, "page", "is too deep");
        assertEquals("contains-search, any case", 2, api.get("warehouse/stock?q=age-024").json().get("total").asInt());
        assertEquals("% is no wildcard", 0, api.get("warehouse/stock?q=PAGE%25").json().get("total").asInt());

        ApiClient.Answer csv = api.get("warehouse/stock.csv?q=PAGE-&warehouse=PG-01");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String[] lines = csv.body().split("\n");
        assertEquals("header and 25 rows", 26, lines.length);
        assertEquals("sku,warehouse,on_hand,reserved,available,in_transit", lines[0]);
        assertEquals("PAGE-003,PG-01,3,0,3,0", lines[4]);
        assertProblem(api.get("warehouse/stock.csv?q=" + "x".repeat(101)), 400, "q", "must be at most 100");
    }

    @Test
    public void rebalancingListsTheMostUrgentAndExportsThemAll() throws Exception {
        createWarehouse("RB-01", "华东");
        createWarehouse("RB-02", "华东");
        createWarehouse("RB-03", "西南");
        assertEquals("SUCCEEDED", awaitImport(submitImport("sku,warehouse,quantity\nRB-A,RB-01,12\nRB-A,RB-03,500\n"
                + "RB-B,RB-02,12\nRB-B,RB-03,500\n", null)).get("status").asText());
        for (int i = 0; i < 10; i++) {
            assertEquals(200, api.post("warehouse/issues", "{\"sku\":\"RB-A\",\"warehouseCode\":\"RB-01\",\"quantity\":1}").status());
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.post("warehouse/issues", "{\"sku\":\"RB-B\",\"warehouseCode\":\"RB-02\",\"quantity\":1}").status());
        }
        // A day's window: RB-01 sells 10 a day and holds 2 (0.2 days), RB-02 sells 5 and holds 7 (1.4 days).
        String policy = "windowDays=1&targetDays=7&shortBelowDays=3&surplusAboveDays=30";
        JsonNode plan = api.get("warehouse/rebalancing/suggestions?" + policy + "&limit=1").json();
        assertEquals(plan.toString(), 2, plan.get("total").asInt());
        assertTrue(plan.get("truncated").asBoolean());
        assertEquals("the most urgent first", "RB-01", plan.get("items").get(0).get("toWarehouse").asText());
        assertEquals(68, plan.get("items").get(0).get("quantity").asInt());
        assertEquals(68 + 28, plan.get("units").asInt());
        assertEquals(2, plan.get("byWarehouse").size());
        JsonNode forOne = api.get("warehouse/rebalancing/suggestions?" + policy + "&toWarehouse=RB-02").json();
        assertEquals(1, forOne.get("total").asInt());
        assertEquals("RB-B", forOne.get("items").get(0).get("sku").asText());
        String csv = api.get("warehouse/rebalancing/suggestions.csv?" + policy).body();
        assertTrue(csv, csv.contains("RB-A,RB-03,RB-01,\"华东\",68,") && csv.contains("RB-B,RB-03,RB-02,\"华东\",28,"));
        assertProblem(api.get("warehouse/rebalancing/suggestions?limit=5000"), 400, "limit", "must be between 1 and 1000");
        assertProblem(api.get("warehouse/rebalancing/suggestions.csv?toWarehouse=NOPE"), 400, "toWarehouse", "no warehouse");
    }

    private JsonNode submitImport(String csv, String idempotencyKey) {
        ApiClient.Answer answer = api.send("POST", "warehouse/imports/opening-stock", "text/csv", csv, idempotencyKey);
        assertEquals(answer.body(), 202, answer.status());
        return answer.json();
    }

    private JsonNode awaitImport(JsonNode job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode current = api.get("warehouse/imports/" + job.get("id").asLong()).json();
            String status = current.get("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("CANCELLED")) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + job + " did not finish within a minute");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /**
     * The product's core promise: removing and adding a department under load fails no request to another
     * department and restarts no other bundle; the department's own endpoints go from 200 to a "not installed"
     * problem and back, each client seeing one change each way, never back and forth.
     */
    @Test
    public void uninstallAndReinstallKeepDataAndDisturbNoOtherDepartment() throws Exception {
        createWarehouse("KEEP-01", "东北");
        // A library only the warehouse used may be uninstalled with it; any other bundle must keep running.
        List<String> restarted = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            String name = event.getBundle().getSymbolicName();
            if (event.getType() == BundleEvent.STOPPED && !name.startsWith("io.mercato.warehouse")) {
                restarted.add(name);
            } else if (event.getType() == BundleEvent.UNINSTALLED) {
                restarted.remove(name);
            }
        };
        Map<Long, Long> platformStarts = startTimes("io.mercato.platform");
        bundleContext.addBundleListener(watcher);
        List<List<LoadDuringChange.Answer>> uninstallPhase;
        List<List<LoadDuringChange.Answer>> installPhase;
        try {
            try (LoadDuringChange load = new LoadDuringChange(api, List.of("org/chart", "approvals/rules", "warehouse/warehouses"), 2)) {
                Thread.sleep(500);
                features.uninstallFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                waitUntil(Duration.ofSeconds(30), () -> api.get("warehouse/warehouses").status() == 404, "warehouse API to go away");
                Thread.sleep(500);
                uninstallPhase = load.stop();
            }
            ApiClient.Answer gone = api.get("warehouse/warehouses");
            assertEquals("https://mercato.io/problems/department-not-installed", gone.json().get("type").asText());
            assertEquals("the reservation endpoint went with its bundle", 404, api.post("warehouse/reservations",
                    "{\"key\":\"gone-1\",\"sku\":\"S\",\"warehouseCode\":\"KEEP-01\",\"quantity\":1}").status());
            assertFalse(api.get("console/departments").body().contains("\"warehouse\""));
            assertEquals("1", query("SELECT count(*) FROM warehouse.warehouse WHERE code = ?", "KEEP-01"));

            try (LoadDuringChange load = new LoadDuringChange(api, List.of("org/chart", "approvals/rules", "warehouse/warehouses"), 2)) {
                Thread.sleep(500);
                features.installFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                waitForWarehouseApi();
                waitUntil(Duration.ofSeconds(30), () -> api.get("warehouse/warehouses").status() == 200, "warehouse API to come back");
                Thread.sleep(500);
                installPhase = load.stop();
            }
            assertTrue("platform bundles were restarted: " + restarted, restarted.isEmpty());
            ApiClient.Answer kept = api.get("warehouse/warehouses/KEEP-01");
            assertEquals(kept.body(), 200, kept.status());
            ApiClient.Answer noStock = api.post("warehouse/reservations",
                    "{\"key\":\"back-1\",\"sku\":\"NONE\",\"warehouseCode\":\"KEEP-01\",\"quantity\":1}");
            assertEquals("the reservation endpoint is back: " + noStock.body(), 409, noStock.status());
            assertTrue(api.get("console/departments").body().contains("\"warehouse\""));
        } finally {
            bundleContext.removeBundleListener(watcher);
        }
        assertTrue("platform bundles were restarted: " + restarted, restarted.isEmpty());
        assertEquals("no platform bundle was restarted", platformStarts, startTimes("io.mercato.platform"));
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.mercato.")) {
                assertEquals(bundle.getSymbolicName(), Bundle.ACTIVE, bundle.getState());
            }
        }
        assertOthersUndisturbedAndNoFlapping(uninstallPhase, false);
        assertOthersUndisturbedAndNoFlapping(installPhase, true);
    }

    private static void assertOthersUndisturbedAndNoFlapping(List<List<LoadDuringChange.Answer>> clients, boolean installing) {
        int others = 0;
        List<String> failures = new ArrayList<>();
        for (List<LoadDuringChange.Answer> answers : clients) {
            boolean changed = false;
            for (LoadDuringChange.Answer answer : answers) {
                if (!answer.path().startsWith("warehouse/")) {
                    others++;
                    if (answer.status() != 200) {
                        failures.add("another department failed during the change: " + answer);
                    }
                    continue;
                }
                if (answer.status() != 200 && !(answer.problemJson() && (answer.status() == 404 || answer.status() == 503))) {
                    failures.add("not a 404/503 problem: " + answer);
                }
                boolean after = installing ? answer.status() == 200 : answer.status() != 200;
                if (changed && !after) {
                    failures.add("flapped back after the change: " + answer);
                }
                changed |= after;
            }
            if (answers.get(0).path().startsWith("warehouse/") && !changed) {
                failures.add("the change was never seen by a client");
            }
        }
        assertTrue(String.join("\n", failures.stream().distinct().limit(20).toList()), failures.isEmpty());
        assertTrue("the load reached the other departments", others > 50);
    }

    private Map<Long, Long> startTimes(String prefix) {
        Map<Long, Long> starts = new java.util.TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName().startsWith(prefix)) {
                starts.put(bundle.getBundleId(), bundle.getLastModified());
            }
        }
        return starts;
    }

    private void createWarehouse(String code, String region) {
        ApiClient.Answer answer = api.post("warehouse/warehouses",
                "{\"code\":\"" + code + "\",\"name\":\"" + code + " 仓\",\"region\":\"" + region + "\"}");
        assertEquals(answer.body(), 201, answer.status());
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }

    private static void unlockAll(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement unlock = connection.createStatement()) {
            unlock.executeQuery("SELECT pg_advisory_unlock_all()").close();
        }
    }
}
