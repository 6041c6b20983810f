package io.mercato.benchmark.scale;

import java.sql.Connection;
import java.util.List;

/**
 * Merchant onboarding at the reference size: 5,000 merchants in every status with their status history, two versions
 * of terms each, commission rules per category and per merchant (a default each, some merchant-and-category ones, some
 * superseded by newer versions), and 20 submitted products each.
 */
public final class MerchantsScale implements DepartmentScale {
    private static final String CATEGORIES = "ARRAY['服装','鞋包','家居','数码','美妆','食品','母婴','运动']";

    @Override
    public String name() {
        return "merchants";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "merchants/merchants", null, context.adminToken()).status() == 200;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        Connection db = context.database();
        int merchants = context.size().merchants();
        BulkLoad.timed(context, "merchants: " + String.format("%,d", merchants) + " merchants with history, terms, rules and products", () -> {
            BulkLoad.execute(db, "INSERT INTO merchants.merchant (code, company_name, licence_number, contact_name, contact_phone, categories, "
                    + "status, status_reason, org_department, created_by, created_at) SELECT 'M-' || lpad(nextval('merchants.merchant_number')::text, 6, '0'), "
                    + "(ARRAY['杭州','广州','义乌','深圳','成都'])[1 + i % 5] || '联营商家 ' || i || ' 有限公司', '91330100' || lpad(i::text, 10, '0'), "
                    + "'联系人 ' || i, '+86 138 ' || lpad(i::text, 8, '0'), ARRAY[(" + CATEGORIES + ")[1 + i % 8], (" + CATEGORIES + ")[1 + (i + 3) % 8]], "
                    + "s, CASE WHEN s IN ('SUSPENDED','TERMINATED','REJECTED') THEN '违规记录' END, 'PROC-LOG', 'staff000', "
                    + "now() - (i % 700) * interval '1 day' FROM (SELECT i, (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','PENDING',"
                    + "'UNDER_REVIEW','SUSPENDED','TERMINATED','REJECTED'])[1 + i % 11] AS s FROM generate_series(1, " + merchants + ") i) m ORDER BY i");
            BulkLoad.execute(db, "INSERT INTO merchants.status_change (merchant_id, from_status, to_status, reason, actor, at) "
                    + "SELECT id, NULL, 'PENDING', NULL, 'staff000', created_at FROM merchants.merchant UNION ALL "
                    + "SELECT id, 'PENDING', status, status_reason, 'staff001', created_at + interval '3 days' FROM merchants.merchant WHERE status <> 'PENDING'");
            BulkLoad.execute(db, "INSERT INTO merchants.terms (merchant_id, version, settlement_cycle, deposit, valid_from, valid_to, created_by) "
                    + "SELECT id, v, CASE WHEN id % 3 = 0 THEN 'WEEKLY' ELSE 'MONTHLY' END, 5000 * v, current_date - 400 + 200 * v, NULL, 'staff000' "
                    + "FROM merchants.merchant, generate_series(1, 2) v WHERE status <> 'PENDING'");
            BulkLoad.execute(db, "INSERT INTO merchants.commission_rule (merchant_id, category, rate_percent, effective_from, created_by) "
                    + "SELECT NULL, c, 5 + v, current_date - 400 + 200 * v, 'staff000' FROM unnest(" + CATEGORIES + ") c, generate_series(1, 2) v");
            BulkLoad.execute(db, "INSERT INTO merchants.commission_rule (merchant_id, category, rate_percent, effective_from, created_by) "
                    + "SELECT id, NULL, 4 + id % 5, current_date - 300, 'staff000' FROM merchants.merchant WHERE status IN ('ACTIVE','SUSPENDED') UNION ALL "
                    + "SELECT id, categories[1], 3 + id % 4 + v * 0.5, current_date - 400 + 200 * v, 'staff000' FROM merchants.merchant, "
                    + "generate_series(1, 2) v WHERE status = 'ACTIVE' AND id % 4 = 0");
            BulkLoad.execute(db, "INSERT INTO merchants.product (merchant_id, merchant_sku, title, category, price, status, created_by) "
                    + "SELECT id, 'MSKU-' || p, categories[1] || ' 商品 ' || p, categories[1], round((10 + random() * 990)::numeric, 2), "
                    + "CASE WHEN status = 'SUSPENDED' THEN 'HIDDEN' WHEN p % 4 = 0 THEN 'SUBMITTED' ELSE 'LISTED' END, 'staff000' "
                    + "FROM merchants.merchant, generate_series(1, 20) p WHERE status IN ('ACTIVE', 'SUSPENDED')");
        });
        BulkLoad.timed(context, "merchants: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "merchants.merchant", "merchants.status_change",
                "merchants.terms", "merchants.commission_rule", "merchants.product"));
        context.figure("merchants: rows", String.format("%,d merchants, %,d commission rules, %,d products",
                BulkLoad.count(db, "SELECT count(*) FROM merchants.merchant"), BulkLoad.count(db, "SELECT count(*) FROM merchants.commission_rule"),
                BulkLoad.count(db, "SELECT count(*) FROM merchants.product")));
    }

    @Override
    public List<Probe> probes(ScaleContext context) {
        int merchants = context.size().merchants();
        String any = "M-%06d";
        return List.of(
                Probe.list("merchants/merchants (newest)", i -> "merchants/merchants"),
                Probe.list("merchants/merchants?q= (company, code or licence)", i -> "merchants/merchants?q=" + (i % 2 == 0
                        ? java.net.URLEncoder.encode("联营商家 " + (1 + i * 31 % merchants), java.nio.charset.StandardCharsets.UTF_8)
                        : "9133010000000" + String.format("%05d", i * 17 % merchants))),
                Probe.list("merchants/merchants?status=UNDER_REVIEW", i -> "merchants/merchants?status=UNDER_REVIEW"),
                Probe.detail("merchants/merchants/{code} (detail with history)", i -> "merchants/merchants/" + String.format(any, 1 + i * 97 % merchants)),
                Probe.list("merchants/merchants/{code}/products", i -> "merchants/merchants/" + String.format(any, 1 + i * 97 % merchants) + "/products"),
                Probe.list("merchants/commission/rules?category=", i -> "merchants/commission/rules?category="
                        + java.net.URLEncoder.encode(new String[] {"服装", "家居", "数码"}[i % 3], java.nio.charset.StandardCharsets.UTF_8)),
                Probe.detail("merchants/commission/explain", i -> "merchants/commission/explain?merchant=" + String.format(any, 4 * (1 + i % (merchants / 4)))
                        + "&category=" + java.net.URLEncoder.encode("服装", java.nio.charset.StandardCharsets.UTF_8)));
    }
}
