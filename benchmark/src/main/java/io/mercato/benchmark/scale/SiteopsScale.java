package io.mercato.benchmark.scale;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

/**
 * Site operations at the reference size: the catalog of 100,000 SKUs — a category tree of 8 departments with 5
 * sub-categories each, 20,000 products (a tenth of them merchants' goods) of 5 SKUs each with attributes and barcodes —
 * every product's upload with its history, a price, cost and price change per SKU, competitors' prices for a fifth, the
 * sales read model of 60 days of delivered lines (skewed: a few products sell most), promotions, platform activities with
 * daily reports, and one classification.
 */
public final class SiteopsScale implements DepartmentScale {
    @Override
    public String name() {
        return "siteops";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "siteops/products", null, context.adminToken()).status() == 200;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        Connection db = context.database();
        int products = Math.max(20, context.size().skus() / 5);
        BulkLoad.timed(context, "siteops: " + String.format("%,d", products) + " products with 5 SKUs each in 48 categories", () -> {
            BulkLoad.execute(db, "INSERT INTO siteops.category (code, name_zh, name_en, margin_floor_percent, created_by) SELECT 'DEPT-' || d, "
                    + "'部门 ' || d, 'Department ' || d, 10 + d, 'staff000' FROM generate_series(1, 8) d");
            BulkLoad.execute(db, "INSERT INTO siteops.category (code, parent_id, name_zh, name_en, created_by) SELECT 'DEPT-' || d || '-' || s, "
                    + "c.id, '类目 ' || d || '-' || s, 'Category ' || d || '-' || s, 'staff000' FROM generate_series(1, 8) d "
                    + "JOIN siteops.category c ON c.code = 'DEPT-' || d, generate_series(1, 5) s");
            BulkLoad.execute(db, "INSERT INTO siteops.product (category_id, merchant_code, title, description, status, created_by, created_at) "
                    + "SELECT (SELECT id FROM siteops.category WHERE code = 'DEPT-' || (1 + i % 8) || '-' || (1 + i % 5)), "
                    + "CASE WHEN i % 10 = 0 THEN 'M-' || lpad((1 + i % 50)::text, 6, '0') END, "
                    + "(ARRAY['真丝','纯棉','羊毛','亚麻','不锈钢','陶瓷'])[1 + i % 6] || (ARRAY['衬衫','长裙','围巾','水杯','餐盘','背包'])[1 + i % 6] "
                    + "|| ' ' || i, '商品 ' || i, CASE WHEN i % 7 = 0 THEN 'DRAFT' ELSE 'LISTED' END, 'staff000', now() - (i % 700) * interval '1 day' "
                    + "FROM generate_series(1, " + products + ") i ORDER BY i");
            BulkLoad.execute(db, "INSERT INTO siteops.sku (sku, product_id, attributes, merchant_sku, barcode, position, created_by) "
                    + "SELECT 'SO-SKU-' || p.id || '-' || v, p.id, jsonb_build_object('颜色', (ARRAY['红','蓝','黑','白','灰'])[v], '尺码', "
                    + "(ARRAY['S','M','L','XL','XXL'])[v]), CASE WHEN p.merchant_code IS NOT NULL THEN 'MS-' || p.id || '-' || v END, "
                    + "'69' || lpad((p.id * 5 + v)::text, 11, '0'), v, 'staff000' FROM siteops.product p, generate_series(1, 5) v ORDER BY p.id, v");
        });
        long lines = Math.round(context.size().salesOrdersPerYear() * 2.5 * 60 / 365);
        BulkLoad.timed(context, "siteops: uploads with their history, prices, competitors, " + String.format("%,d", lines)
                + " delivered lines of 60 days, promotions", () -> {
            // Every product went through the upload chain once; a draft's upload waits at one of the steps.
            BulkLoad.execute(db, "INSERT INTO siteops.upload (product_id, kind, step, category_id, title, description, submitted_by, submitted_at) "
                    + "SELECT p.id, 'LISTING', CASE WHEN p.status = 'LISTED' THEN 'LISTED' ELSE (ARRAY['CONFIRM','CHECK','UPLOAD','SCHEDULE'])[(1 + p.id % 4)::int] END, "
                    + "p.category_id, p.title, p.description, 'staff000', p.created_at FROM siteops.product p ORDER BY p.id");
            BulkLoad.execute(db, "UPDATE siteops.product SET status = 'IN_UPLOAD' WHERE status = 'DRAFT'");
            BulkLoad.execute(db, "INSERT INTO siteops.upload_step (upload_id, step, action, actor, at) SELECT u.id, 'SUBMIT', 'SUBMITTED', 'staff000', "
                    + "u.submitted_at FROM siteops.upload u ORDER BY u.id");
            BulkLoad.execute(db, "INSERT INTO siteops.upload_step (upload_id, step, action, actor, at) SELECT u.id, s.step, s.action, 'staff001', "
                    + "u.submitted_at + s.n * interval '1 hour' FROM siteops.upload u, (VALUES (1, 'CONFIRM', 'CONFIRMED'), (2, 'CHECK', 'CHECKED'), "
                    + "(3, 'UPLOAD', 'UPLOADED'), (4, 'SCHEDULE', 'SCHEDULED'), (5, 'SCHEDULED', 'LISTED')) s(n, step, action) WHERE u.step = 'LISTED' "
                    + "ORDER BY u.id, s.n");
            BulkLoad.execute(db, "INSERT INTO siteops.sku_pricing (sku, entered_cost, traditional_price, price, cost, cost_source, floor_price, "
                    + "uncompetitive, updated_by) SELECT s.sku, c, round(c * 1.8, 2), round(c * 1.5, 2), c, 'entered', round(c * 1.25, 2), "
                    + "s.product_id % 50 = 0, 'staff000' FROM (SELECT sku, product_id, (10 + product_id % 90)::numeric(14, 4) AS c FROM siteops.sku) s");
            BulkLoad.execute(db, "INSERT INTO siteops.price_change (sku, price, cost, cost_source, floor_price, method, explanation, reason, status, "
                    + "requested_by) SELECT sku, price, cost, 'entered', floor_price, 'COST_PLUS', '[]', '初始定价', 'APPLIED', 'staff000' "
                    + "FROM siteops.sku_pricing ORDER BY sku");
            BulkLoad.execute(db, "INSERT INTO siteops.competitor_price (sku, competitor, price, observed_on, recorded_by) SELECT x.sku, "
                    + "(ARRAY['京东','天猫','拼多多'])[(1 + s.product_id % 3)::int], round(x.price * 0.95, 2), current_date - (s.product_id % 30)::int, "
                    + "'staff000' FROM siteops.sku_pricing x JOIN siteops.sku s ON s.sku = x.sku WHERE s.product_id % 5 = 0");
            BulkLoad.execute(db, "INSERT INTO siteops.sales_line (order_number, line_no, sku, quantity, amount, delivered_on) SELECT 'SO-' || i, 1, "
                    + "'SO-SKU-' || ((SELECT min(id) FROM siteops.product) + floor(" + products + " * power(random(), 3))::int) || '-' || (1 + i % 5), "
                    + "1 + i % 3, 39.90 * (1 + i % 3), (now() AT TIME ZONE 'Asia/Shanghai')::date - (i % 60) FROM generate_series(1, " + lines + ") i");
            BulkLoad.execute(db, "INSERT INTO siteops.sales_day (sku, day, units, revenue) SELECT sku, delivered_on, sum(quantity), sum(amount) "
                    + "FROM siteops.sales_line GROUP BY sku, delivered_on");
            BulkLoad.execute(db, "INSERT INTO siteops.promotion (name, kind, value, scope, category_id, starts_at, ends_at, stack_group, priority, "
                    + "status, created_by) SELECT '促销 ' || i, 'PERCENT_OFF', 5 + i % 20, 'CATEGORY', (SELECT id FROM siteops.category WHERE code = "
                    + "'DEPT-' || (1 + i % 8)), now() - (i % 30) * interval '1 day', now() + (1 + i % 40) * interval '1 day', 'g' || (i % 4), i % 10, "
                    + "'APPROVED', 'staff000' FROM generate_series(1, " + Math.max(20, products / 100) + ") i");
            BulkLoad.execute(db, "INSERT INTO siteops.activity (platform, name, sign_up_by, starts_on, ends_on, status, found_by, products, signed_up_by) "
                    + "SELECT (ARRAY['天猫','京东','抖音','拼多多'])[1 + i % 4], '活动 ' || i, current_date - 30 + i % 60, current_date - 25 + i % 60, "
                    + "current_date - 15 + i % 60, (ARRAY['PROPOSED','APPROVED','SHELVED','SIGNED_UP'])[1 + i % 4], 'staff000', "
                    + "CASE WHEN i % 4 = 3 THEN '参加商品 ' || i END, CASE WHEN i % 4 = 3 THEN 'staff001' END FROM generate_series(1, "
                    + Math.max(20, products / 50) + ") i");
            // One image of its own per product (1 KB of stand-in bytes) and a second one among the first thousand, shared.
            BulkLoad.execute(db, "INSERT INTO siteops.image (sha256, content_type, width, height, bytes, data, uploaded_by) SELECT "
                    + "encode(sha256(i::text::bytea), 'hex'), 'image/jpeg', 800, 800, 1024, decode(repeat(md5(i::text), 64), 'hex'), 'staff000' "
                    + "FROM generate_series(1, " + products + ") i");
            BulkLoad.execute(db, "INSERT INTO siteops.product_image (product_id, position, image_id) SELECT p.id, 1, i.id FROM "
                    + "(SELECT id, row_number() OVER (ORDER BY id) n FROM siteops.product) p JOIN (SELECT id, row_number() OVER (ORDER BY id) n "
                    + "FROM siteops.image) i ON i.n = p.n");
            int shared = Math.min(1000, products);
            BulkLoad.execute(db, "INSERT INTO siteops.product_image (product_id, position, image_id) SELECT p.id, 2, (SELECT min(id) FROM siteops.image) "
                    + "+ (p.id % " + shared + ") FROM siteops.product p WHERE NOT EXISTS (SELECT 1 FROM siteops.product_image x WHERE x.product_id = p.id "
                    + "AND x.image_id = (SELECT min(id) FROM siteops.image) + (p.id % " + shared + "))");
            // Merchants' submissions as merchant onboarding's outbox brings them: most taken in or declined, a tenth waiting.
            BulkLoad.execute(db, "INSERT INTO siteops.merchant_submission (merchant_code, merchant_product_id, merchant_sku, title, merchant_category, "
                    + "price, status, product_id, reason, decided_by, decided_at, received_at) SELECT 'M-' || lpad((1 + i % 50)::text, 6, '0'), i, "
                    + "'MSUB-' || i, '商家商品 ' || i, '服装', 9.90 + i % 300, CASE WHEN i % 10 = 0 THEN 'PENDING' WHEN i % 10 = 1 THEN 'DECLINED' "
                    + "ELSE 'ACCEPTED' END, CASE WHEN i % 10 > 1 THEN (SELECT min(id) FROM siteops.product) + i % " + products + " END, "
                    + "CASE WHEN i % 10 = 1 THEN '不符合定位' END, CASE WHEN i % 10 <> 0 THEN 'staff001' END, CASE WHEN i % 10 <> 0 THEN now() END, "
                    + "now() - (i % 365) * interval '1 day' FROM generate_series(1, " + Math.max(20, products / 4) + ") i");
            BulkLoad.execute(db, "INSERT INTO siteops.activity_report (activity_id, day, visitors, orders, sales, reported_by) SELECT a.id, d::date, "
                    + "100 + a.id % 900, 5 + a.id % 40, (5 + a.id % 40) * 59.90, 'staff001' FROM siteops.activity a, "
                    + "generate_series(a.starts_on, least(a.ends_on, current_date), interval '1 day') d WHERE a.status = 'SIGNED_UP'");
        });
        BulkLoad.timed(context, "siteops: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "siteops.category", "siteops.product", "siteops.sku",
                "siteops.upload", "siteops.upload_step", "siteops.sku_pricing", "siteops.price_change", "siteops.competitor_price", "siteops.sales_line",
                "siteops.sales_day", "siteops.promotion", "siteops.activity", "siteops.activity_report", "siteops.image", "siteops.product_image", "siteops.merchant_submission"));
        // The classes the probes read come from a real classification run through the API.
        long started = System.nanoTime();
        var run = context.http().json("POST", "siteops/analysis/runs", "{}", context.adminToken());
        if (run.status() != 201) {
            throw new IllegalStateException("classification answered " + run.status() + ": " + run.body());
        }
        context.figure("siteops: classification of every product (POST analysis/runs, incl. proposals to procurement)",
                String.format("%.1f s; the run itself %s ms %s", (System.nanoTime() - started) / 1e9, run.json().get("run").get("millis").asText(),
                        run.json().get("run").get("phaseMillis").toString()));
        csvRoundTrip(context);
        context.figure("siteops: rows", String.format("%,d products, %,d SKUs, %,d uploads, %,d delivered lines, %,d promotions",
                BulkLoad.count(db, "SELECT count(*) FROM siteops.product"), BulkLoad.count(db, "SELECT count(*) FROM siteops.sku"),
                BulkLoad.count(db, "SELECT count(*) FROM siteops.upload"), BulkLoad.count(db, "SELECT count(*) FROM siteops.sales_line"),
                BulkLoad.count(db, "SELECT count(*) FROM siteops.promotion")));
    }

    /** The whole catalog exported as CSV, then a file of new products imported (checked and applied all or nothing). */
    private static void csvRoundTrip(ScaleContext context) throws Exception {
        long started = System.nanoTime();
        long[] exported = context.http().download("siteops/products.csv", context.adminToken());
        if (exported[0] != 200) {
            throw new IllegalStateException("products.csv answered " + exported[0]);
        }
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        context.figure("siteops: CSV export of the whole catalog (GET products.csv)", String.format("%,d bytes in %.1f s", exported[1], exportSeconds));
        int newProducts = 4_000;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("siteops-import-", ".csv");
        try {
            StringBuilder csv = new StringBuilder("product,category,title,description,sku,attributes,barcode\n");
            for (int p = 1; p <= newProducts; p++) {
                for (int v = 1; v <= 5; v++) {
                    csv.append("imp-").append(p).append(",DEPT-").append(1 + p % 8).append('-').append(1 + p % 5).append(",\"导入商品 ").append(p)
                            .append(", 款式\",批量导入,IMP-").append(p).append('-').append(v).append(",颜色=色").append(v).append("; 尺码=M,")
                            .append(String.format("68%011d", p * 5 + v)).append('\n');
                }
            }
            java.nio.file.Files.writeString(file, csv);
            started = System.nanoTime();
            var submitted = context.http().upload("siteops/imports/products", file, "text/csv", context.adminToken());
            if (submitted.status() != 202) {
                throw new IllegalStateException("the product import answered " + submitted.status() + ": " + submitted.body());
            }
            String job = "siteops/imports/" + submitted.json().get("id").asLong();
            var state = context.http().json("GET", job, null, context.adminToken());
            while (state.status() == 200 && "QUEUED".equals(state.json().get("status").asText())) {
                Thread.sleep(200);
                state = context.http().json("GET", job, null, context.adminToken());
            }
            if (!"SUCCEEDED".equals(state.json().path("status").asText())) {
                throw new IllegalStateException("the product import did not succeed: " + state.body());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            context.figure("siteops: CSV import of " + String.format("%,d", newProducts * 5) + " rows (" + newProducts + " new products)",
                    String.format("%.1f s from upload to applied, %,.0f rows/s", seconds, newProducts * 5 / seconds));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Override
    public List<Probe> probes(ScaleContext context) {
        int products = Math.max(20, context.size().skus() / 5);
        return List.of(
                Probe.list("siteops/products (newest)", i -> "siteops/products"),
                Probe.list("siteops/products?q= (title)", i -> "siteops/products?q=" + URLEncoder.encode(new String[] {"真丝衬衫", "陶瓷餐盘", "纯棉"}[i % 3]
                        + " " + (1 + i * 37 % products), StandardCharsets.UTF_8)),
                Probe.list("siteops/products?q= (barcode)", i -> "siteops/products?q=69" + String.format("%011d", (1 + i * 41 % products) * 5 + 1)),
                Probe.list("siteops/products?category= (subtree)", i -> "siteops/products?category=DEPT-" + (1 + i % 8)),
                Probe.detail("siteops/products/{code}", i -> "siteops/products/P-" + String.format("%08d", 1 + i * 97 % products)),
                Probe.list("siteops/uploads?step=OPEN (board)", i -> "siteops/uploads?step=OPEN"),
                Probe.list("siteops/uploads?q= (title)", i -> "siteops/uploads?q=" + URLEncoder.encode("衬衫 " + (1 + i * 37 % products), StandardCharsets.UTF_8)),
                Probe.list("siteops/pricing", i -> "siteops/pricing"),
                Probe.list("siteops/pricing?uncompetitive=true", i -> "siteops/pricing?uncompetitive=true"),
                Probe.detail("siteops/pricing/{sku}", i -> "siteops/pricing/SO-SKU-" + (1 + i * 97 % products) + "-1"),
                Probe.list("siteops/analysis/classes?class=BEST_SELLER (top list)", i -> "siteops/analysis/classes?class=BEST_SELLER"),
                Probe.list("siteops/analysis/actions?status=OPEN", i -> "siteops/analysis/actions?status=OPEN"),
                Probe.list("siteops/promotions (calendar)", i -> "siteops/promotions"),
                Probe.list("siteops/activities", i -> "siteops/activities"),
                Probe.list("siteops/merchant-submissions?status=PENDING", i -> "siteops/merchant-submissions?status=PENDING"),
                Probe.list("siteops/merchant-submissions?merchant=", i -> "siteops/merchant-submissions?merchant=M-" + String.format("%06d", 1 + i % 50)),
                Probe.detail("siteops/prices/{sku} (with promotions)", i -> "siteops/prices/SO-SKU-" + (1 + i * 97 % products) + "-2"));
    }
}
