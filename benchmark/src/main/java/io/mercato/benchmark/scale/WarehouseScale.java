package io.mercato.benchmark.scale;

import io.mercato.benchmark.reliability.Http;
import java.io.BufferedWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The warehouse at the reference size: 20 warehouses in 5 regions, the opening stock of 100,000 SKUs in each loaded
 * through the product's own bulk import (2,000,000 rows, timed), then a year of movements — 1,000,000 sales in the last
 * 30 days, skewed towards popular SKUs and warehouses so some run short while others hold surplus — and transfers,
 * all set-based, with the stock figures made equal to the ledger at the end.
 */
public final class WarehouseScale implements DepartmentScale {
    static final String[][] REGIONS = {{"EC", "华东"}, {"SC", "华南"}, {"NC", "华北"}, {"SW", "西南"}, {"CC", "华中"}};
    private static final String[] NUMBERS = {"一", "二", "三", "四"};
    /** Stock rows that must equal their ledger; 0 after loading. */
    static final String LEDGER_MISMATCHES = "SELECT count(*) FROM warehouse.stock s LEFT JOIN (SELECT sku, warehouse_id, "
            + "sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved, sum(in_transit_delta) AS in_transit "
            + "FROM warehouse.movement GROUP BY sku, warehouse_id) m USING (sku, warehouse_id) "
            + "WHERE (s.on_hand, s.reserved, s.in_transit) IS DISTINCT FROM (COALESCE(m.on_hand, 0), COALESCE(m.reserved, 0), "
            + "COALESCE(m.in_transit, 0))";

    @Override
    public String name() {
        return "warehouse";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "warehouse/warehouses", null, context.adminToken()).status() == 200;
    }

    static String sku(long index) {
        return String.format("SKU-%06d", index);
    }

    static List<String> warehouseCodes() {
        List<String> codes = new ArrayList<>();
        for (String[] region : REGIONS) {
            for (int i = 1; i <= ReferenceSize.WAREHOUSES / ReferenceSize.REGIONS; i++) {
                codes.add(region[0] + "-0" + i);
            }
        }
        return codes;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        for (String[] region : REGIONS) {
            for (int i = 1; i <= ReferenceSize.WAREHOUSES / ReferenceSize.REGIONS; i++) {
                context.require("POST", "warehouse/warehouses", "{\"code\":\"" + region[0] + "-0" + i + "\",\"name\":\"" + region[1]
                        + NUMBERS[i - 1] + "号仓\",\"region\":\"" + region[1] + "\",\"address\":\"" + region[1] + "物流园 " + i + " 号\"}", 201);
            }
        }
        importOpeningStock(context);
        Connection db = context.database();
        long sales = size.salesLast30Days();
        long older = size.movementsPerYear() - size.stockRows() - sales;
        BulkLoad.timed(context, "warehouse: " + String.format("%,d", sales + older) + " movements of the year (set-based SQL)", () ->
                BulkLoad.withoutSecondaryIndexes(db, "warehouse.movement", () -> {
                    BulkLoad.execute(db, "SELECT setseed(0.42)");
                    BulkLoad.execute(db, movements(size.skus(), sales, "now() - random() * interval '30 days'", 0.0));
                    BulkLoad.execute(db, movements(size.skus(), older, "now() - interval '30 days' - random() * interval '335 days'", 0.3));
                    // Whatever sold more than it held got a purchase a year ago: no stock goes below zero.
                    BulkLoad.execute(db, "INSERT INTO warehouse.movement (at, actor, sku, warehouse_id, kind, on_hand_delta, reason) "
                            + "SELECT now() - interval '365 days', 'gen.purchasing', sku, warehouse_id, 'RECEIPT', "
                            + "(-net + floor(random() * 10))::int, 'stock topped up' FROM (SELECT sku, warehouse_id, sum(on_hand_delta) AS net "
                            + "FROM warehouse.movement GROUP BY sku, warehouse_id) t WHERE net < 0");
                }));
        BulkLoad.timed(context, "warehouse: stock figures made equal to the ledger", () ->
                BulkLoad.withoutSecondaryIndexes(db, "warehouse.stock", () -> BulkLoad.execute(db,
                        "UPDATE warehouse.stock s SET on_hand = t.net FROM (SELECT sku, warehouse_id, sum(on_hand_delta) AS net "
                                + "FROM warehouse.movement GROUP BY sku, warehouse_id) t "
                                + "WHERE s.sku = t.sku AND s.warehouse_id = t.warehouse_id AND s.on_hand <> t.net")));
        BulkLoad.timed(context, "warehouse: " + String.format("%,d", size.transfers()) + " transfers", () -> loadTransfers(db, size));
        BulkLoad.timed(context, "warehouse: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "warehouse.stock", "warehouse.movement",
                "warehouse.transfer", "warehouse.transfer_line", "warehouse.import_job"));
        context.figure("warehouse: rows", String.format("%,d stock, %,d movements, %,d transfers; stock rows off the ledger: %d",
                BulkLoad.count(db, "SELECT count(*) FROM warehouse.stock"), BulkLoad.count(db, "SELECT count(*) FROM warehouse.movement"),
                BulkLoad.count(db, "SELECT count(*) FROM warehouse.transfer"), BulkLoad.count(db, LEDGER_MISMATCHES)));
    }

    /** Sales (issues) skewed to popular SKUs and warehouses; {@code receiptShare} of them purchases instead. */
    private static String movements(int skus, long count, String at, double receiptShare) {
        return "INSERT INTO warehouse.movement (at, actor, sku, warehouse_id, kind, on_hand_delta, reason) "
                + "SELECT " + at + ", CASE WHEN r < " + receiptShare + " THEN 'gen.purchasing' ELSE 'gen.sales' END, "
                + "'SKU-' || lpad(floor(" + skus + " * power(random(), 3))::int::text, 6, '0'), "
                + "(w.ids)[1 + floor(" + ReferenceSize.WAREHOUSES + " * power(random(), 1.6))::int], "
                + "CASE WHEN r < " + receiptShare + " THEN 'RECEIPT' ELSE 'ISSUE' END, "
                + "CASE WHEN r < " + receiptShare + " THEN 20 + floor(random() * 180)::int ELSE -(1 + floor(random() * 3)::int) END, "
                + "CASE WHEN r < " + receiptShare + " THEN 'purchase received' ELSE 'order shipped' END "
                + "FROM (SELECT random() AS r FROM generate_series(1, " + count + ")) g, "
                + "(SELECT array_agg(id ORDER BY code) AS ids FROM warehouse.warehouse) w";
    }

    private static void loadTransfers(Connection db, ReferenceSize size) throws SQLException {
        BulkLoad.execute(db, "INSERT INTO warehouse.transfer (from_warehouse_id, to_warehouse_id, status, note, requested_by, requested_at, "
                + "cancelled_at) SELECT (w.ids)[f], (w.ids)[1 + (f + floor(random() * 19)::int) % 20], "
                + "CASE WHEN c THEN 'CANCELLED' ELSE 'REQUESTED' END, 'generated', 'gen.planner', at, CASE WHEN c THEN at END "
                + "FROM (SELECT 1 + floor(random() * 20)::int AS f, random() < 0.3 AS c, now() - random() * interval '365 days' AS at "
                + "FROM generate_series(1, " + size.transfers() + ")) g, (SELECT array_agg(id ORDER BY code) AS ids FROM warehouse.warehouse) w");
        BulkLoad.execute(db, "INSERT INTO warehouse.transfer_line (transfer_id, sku, quantity) SELECT t.id, "
                + "'SKU-' || lpad(floor(" + size.skus() + " * random())::int::text, 6, '0'), 1 + floor(random() * 50)::int "
                + "FROM warehouse.transfer t, generate_series(1, 3) n WHERE t.note = 'generated' ON CONFLICT DO NOTHING");
    }

    /** The opening stock of every SKU in every warehouse, as one CSV through the product's bulk import. */
    private static void importOpeningStock(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        Path csv = Files.createTempFile("mercato-opening-stock", ".csv");
        try {
            SplittableRandom random = new SplittableRandom(42);
            List<String> codes = warehouseCodes();
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("sku,warehouse,quantity\n");
                for (int i = 0; i < size.skus(); i++) {
                    for (String code : codes) {
                        out.write(sku(i) + ',' + code + ',' + random.nextInt(0, 301) + '\n');
                    }
                }
            }
            long started = System.nanoTime();
            Http.Answer accepted = context.http().upload("warehouse/imports/opening-stock", csv, "text/csv", context.adminToken());
            if (accepted.status() != 202) {
                throw new IllegalStateException("The opening-stock upload answered " + accepted.status() + ": " + accepted.body());
            }
            long uploaded = System.nanoTime();
            String job = "warehouse/imports/" + accepted.json().get("id").asLong();
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            com.fasterxml.jackson.databind.JsonNode done;
            String status;
            do {
                Thread.sleep(250);
                Http.Answer answer = context.http().json("GET", job, null, context.adminToken());
                status = answer.status() == 200 ? answer.json().get("status").asText() : "HTTP " + answer.status();
                if (status.equals("FAILED") || status.startsWith("HTTP")) {
                    throw new IllegalStateException("The opening-stock import failed: " + answer.body());
                }
                done = answer.json();
            } while (!status.equals("SUCCEEDED") && System.nanoTime() < deadline);
            double total = (System.nanoTime() - started) / 1e9;
            double staging = (uploaded - started) / 1e9;
            double checking = seconds(done, "startedAt", "loadingStartedAt");
            double loading = seconds(done, "loadingStartedAt", "finishedAt");
            context.figure("warehouse: opening-stock import of " + String.format("%,d", size.stockRows()) + " rows ("
                    + Files.size(csv) / (1024 * 1024) + " MB)", String.format("upload, form check and staging (COPY) %.1f s; "
                    + "checks against the stock on record %.1f s; load %.1f s = %,.0f rows/s; from upload to done %.1f s = %,.0f rows/s",
                    staging, checking, loading, size.stockRows() / loading, total, size.stockRows() / total));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static double seconds(com.fasterxml.jackson.databind.JsonNode job, String from, String to) {
        return Duration.between(java.time.Instant.parse(job.get(from).asText()), java.time.Instant.parse(job.get(to).asText()))
                .toMillis() / 1000.0;
    }

    @Override
    public List<Probe> probes(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        List<String> codes = warehouseCodes();
        Http http = context.http();
        String token = context.adminToken();
        // Cursors deep in the lists, asked for as a client would: the next page after a SKU far down the list.
        String deepStock = http.json("GET", "warehouse/stock?size=1&q=" + sku(size.skus() * 3L / 4), null, token).json().get("next").asText();
        String deepMovements = http.json("GET", "warehouse/movements?size=1&sku=" + sku(size.skus() / 2), null, token).json()
                .get("next").asText();
        return List.of(
                Probe.list("warehouse/warehouses", i -> "warehouse/warehouses"),
                Probe.list("warehouse/stock (first page)", i -> "warehouse/stock"),
                Probe.list("warehouse/stock?q= (contains-search, 3–6 characters)", i -> "warehouse/stock?q=" + fragment(size.skus(), i)),
                Probe.list("warehouse/stock?q= (no match)", i -> "warehouse/stock?q=ZZ" + i + "Q"),
                Probe.list("warehouse/stock?warehouse=", i -> "warehouse/stock?warehouse=" + codes.get(i % codes.size())),
                Probe.list("warehouse/stock?q=&warehouse=", i -> "warehouse/stock?q=" + fragment(size.skus(), i) + "&warehouse="
                        + codes.get(i % codes.size())),
                Probe.list("warehouse/stock?page=499 (deepest numbered page)", i -> "warehouse/stock?page=499&size=20"),
                Probe.list("warehouse/stock?after= (a page ¾ down the list)", i -> "warehouse/stock?after=" + deepStock),
                Probe.detail("warehouse/stock/{sku} (detail)", i -> "warehouse/stock/" + sku(new Random(i).nextInt(size.skus()))),
                Probe.list("warehouse/movements (newest)", i -> "warehouse/movements"),
                Probe.list("warehouse/movements?sku=", i -> "warehouse/movements?sku=" + sku(new Random(i).nextInt(size.skus()))),
                Probe.list("warehouse/movements?warehouse=", i -> "warehouse/movements?warehouse=" + codes.get(i % codes.size())),
                Probe.list("warehouse/movements?after= (deep)", i -> "warehouse/movements?after=" + deepMovements),
                Probe.list("warehouse/transfers", i -> "warehouse/transfers"),
                Probe.list("warehouse/transfers?status=REQUESTED", i -> "warehouse/transfers?status=REQUESTED"),
                Probe.list("warehouse/transfers?q= (warehouse code)", i -> "warehouse/transfers?q=" + codes.get(i % codes.size())),
                Probe.list("warehouse/imports", i -> "warehouse/imports"),
                new Probe("warehouse/rebalancing/suggestions (planning)", i -> "warehouse/rebalancing/suggestions", 5, 5_000),
                new Probe("warehouse/rebalancing/suggestions?toWarehouse= (planning)",
                        i -> "warehouse/rebalancing/suggestions?toWarehouse=" + codes.get(i % codes.size()), 5, 5_000),
                new Probe("warehouse/stock.csv (export of all stock)", i -> "warehouse/stock.csv", 2, 60_000),
                new Probe("warehouse/rebalancing/suggestions.csv (export of the plan)", i -> "warehouse/rebalancing/suggestions.csv", 2, 10_000));
    }

    /** A piece of a SKU number, 3 to 6 characters, as staff type it. */
    private static String fragment(int skus, int run) {
        Random random = new Random(run);
        String digits = String.format("%06d", random.nextInt(skus));
        int length = 3 + random.nextInt(4);
        return URLEncoder.encode(digits.substring(6 - length), StandardCharsets.UTF_8);
    }
}
