package io.mercato.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Site operations' product classification at its benchmark size: 10,000 products (2 SKUs each) over 1,000,000 delivered
 * order lines in 60 days, generated here in bulk into the sales read model (the lines and their per-day totals, as the
 * outbox follower keeps them) with stock for every SKU. Times {@code POST /api/siteops/analysis/runs} (classify, store
 * classes and actions) against a plain SQL {@code GROUP BY} over the same lines.
 */
final class ClassificationBench {
    static final int PRODUCTS = Integer.getInteger("mercato.bench.classifyProducts", 10_000);
    static final int LINES = Integer.getInteger("mercato.bench.classifyLines", 1_000_000);
    private static final String TODAY = "(now() AT TIME ZONE 'Asia/Shanghai')::date";

    private ClassificationBench() {
    }

    static void run(MercatoProcess mercato, Benchmark.RestClient rest) throws Exception {
        try (Connection db = mercato.openDatabaseConnection(); Statement sql = db.createStatement()) {
            long loading = System.nanoTime();
            sql.execute("INSERT INTO siteops.category (code, name_zh, name_en, created_by) VALUES ('BENCH-CLS', '基准类目', 'Benchmark', 'bench') "
                    + "ON CONFLICT (code) DO NOTHING");
            sql.execute("INSERT INTO siteops.product (category_id, title, status, created_by) SELECT (SELECT id FROM siteops.category "
                    + "WHERE code = 'BENCH-CLS'), '基准商品 ' || i, 'LISTED', 'bench' FROM generate_series(1, " + PRODUCTS + ") i");
            sql.execute("INSERT INTO siteops.sku (sku, product_id, position, created_by) SELECT 'CLS-' || p.id || '-' || v, p.id, v, 'bench' "
                    + "FROM siteops.product p, generate_series(1, 2) v WHERE p.category_id = (SELECT id FROM siteops.category WHERE code = 'BENCH-CLS')");
            // Sales skewed over the products (a few sell a lot, many little), spread over the last 60 days.
            sql.execute("INSERT INTO siteops.sales_line (order_number, line_no, sku, quantity, amount, delivered_on) SELECT 'BENCH-' || i, 1, "
                    + "'CLS-' || (SELECT min(id) FROM siteops.product WHERE category_id = (SELECT id FROM siteops.category WHERE code = 'BENCH-CLS')) "
                    + "+ floor(" + PRODUCTS + " * power(random(), 3))::int || '-' || (1 + i % 2), 1 + i % 3, 19.90 * (1 + i % 3), "
                    + TODAY + " - (i % 60) FROM generate_series(1, " + LINES + ") i");
            sql.execute("INSERT INTO siteops.sales_day (sku, day, units, revenue) SELECT sku, delivered_on, sum(quantity), sum(amount) "
                    + "FROM siteops.sales_line WHERE order_number LIKE 'BENCH-%' GROUP BY sku, delivered_on");
            sql.execute("INSERT INTO warehouse.stock (sku, warehouse_id, on_hand) SELECT s.sku, (SELECT id FROM warehouse.warehouse WHERE code = "
                    + "'BENCH-01'), (s.product_id * 7) % 500 FROM siteops.sku s WHERE s.sku LIKE 'CLS-%' ON CONFLICT DO NOTHING");
            sql.execute("VACUUM ANALYZE siteops.sales_line");
            sql.execute("VACUUM ANALYZE siteops.sales_day");
            sql.execute("VACUUM ANALYZE siteops.sku");
            sql.execute("VACUUM ANALYZE warehouse.stock");
            System.out.printf("Classification data: %,d products, %,d delivered lines in 60 days generated in %.0f s%n", PRODUCTS, LINES,
                    (System.nanoTime() - loading) / 1e9);

            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                String answer = rest.postForBody("api/siteops/analysis/runs", "{}");
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("  classification run %d: %.2f s %s%n", i + 1, seconds,
                        answer.replaceAll(".*\"phaseMillis\":(\\{[^}]*\\}).*", "$1"));
                best = Math.min(best, seconds);
            }
            double plain = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                try (ResultSet rows = sql.executeQuery("SELECT s.product_id, sum(l.quantity) FILTER (WHERE l.delivered_on > " + TODAY + " - 30), "
                        + "sum(l.quantity) FILTER (WHERE l.delivered_on <= " + TODAY + " - 30), sum(l.amount) FROM siteops.sales_line l "
                        + "JOIN siteops.sku s ON s.sku = l.sku WHERE l.delivered_on > " + TODAY + " - 60 GROUP BY s.product_id")) {
                    int n = 0;
                    while (rows.next()) {
                        n++;
                    }
                    if (n == 0) {
                        throw new IllegalStateException("the GROUP BY found no products");
                    }
                }
                plain = Math.min(plain, (System.nanoTime() - started) / 1e9);
            }
            System.out.printf("Classification of %,d products over %,d delivered order lines (POST /api/siteops/analysis/runs: read model, stock, "
                    + "rules, classes and actions stored): %.2f s (target < 2 s); plain SQL GROUP BY of the same lines per product: %.2f s%n",
                    PRODUCTS, LINES, best, plain);
        }
    }
}
