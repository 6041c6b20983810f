package io.mercato.benchmark.scale;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

/**
 * Site operations at the reference size: the catalog of 100,000 SKUs — a category tree of 8 departments with 5
 * sub-categories each, 20,000 products (a tenth of them merchants' goods) of 5 SKUs each with attributes and barcodes.
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
        BulkLoad.timed(context, "siteops: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "siteops.category", "siteops.product", "siteops.sku"));
        context.figure("siteops: rows", String.format("%,d products, %,d SKUs", BulkLoad.count(db, "SELECT count(*) FROM siteops.product"),
                BulkLoad.count(db, "SELECT count(*) FROM siteops.sku")));
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
                Probe.detail("siteops/products/{code}", i -> "siteops/products/P-" + String.format("%08d", 1 + i * 97 % products)));
    }
}
