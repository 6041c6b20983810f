package io.mercato.benchmark.scale;

import java.sql.Connection;
import java.util.List;

/**
 * Procurement at the reference size: 1,000 suppliers (a few on hold), 5,000 open purchase orders in every state and a
 * year of 15,000 received ones, three lines each, with their receipts (some late, some with rejected units), and a
 * purchase list of 10,000 items.
 */
public final class ProcurementScale implements DepartmentScale {
    private static final String STATES = "ARRAY['DRAFT','AWAITING_APPROVAL','APPROVED','SENT','SENT','PARTIALLY_RECEIVED']";

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "procurement/suppliers", null, context.adminToken()).status() == 200;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        Connection db = context.database();
        int suppliers = size.suppliers();
        int received = size.receivedPurchaseOrders();
        int orders = received + size.openPurchaseOrders();
        int skus = Math.max(100, size.skus());
        BulkLoad.timed(context, "procurement: " + String.format("%,d", suppliers) + " suppliers", () -> BulkLoad.execute(db,
                "INSERT INTO procurement.supplier (code, name, contact_name, contact_phone, categories, payment_terms, status, "
                + "status_reason, org_department, created_by) SELECT 'SUP-' || lpad(i::text, 4, '0'), "
                + "(ARRAY['杭州','广州','义乌','宁波','深圳','Shanghai'])[1 + i % 6] || ' 供应商 ' || i || ' 有限公司', '联系人 ' || i, "
                + "'+86 571 ' || lpad(i::text, 8, '0'), string_to_array((ARRAY['服装,鞋包','家居,厨具','数码,Packaging'])[1 + i % 3], ','), "
                + "(ARRAY['NET30','NET60','PREPAID'])[1 + i % 3], CASE WHEN i % 50 = 0 THEN 'ON_HOLD' ELSE 'ACTIVE' END, "
                + "CASE WHEN i % 50 = 0 THEN '质量复核' END, 'PROC-LOG', 'staff000' FROM generate_series(1, " + suppliers + ") i"));
        BulkLoad.timed(context, "procurement: " + String.format("%,d", orders) + " purchase orders (" + String.format("%,d", received)
                + " received in the past year), 3 lines each, with receipts", () -> {
            BulkLoad.execute(db, "SELECT setseed(0.3)");
            BulkLoad.execute(db, "INSERT INTO procurement.purchase_order (number, supplier_id, status, warehouse_code, expected_on, total, "
                    + "approved_revision, org_department, created_by, created_at) "
                    + "SELECT 'PO-' || lpad(nextval('procurement.purchase_order_number')::text, 6, '0'), "
                    + "(SELECT min(id) FROM procurement.supplier) + floor(" + suppliers + " * power(random(), 2))::int, status, "
                    + "(ARRAY['EC-01','EC-02','SC-01','NC-01'])[1 + i % 4], current_date - 330 + (i * 360 / " + orders + "), 0, "
                    + "CASE WHEN status IN ('APPROVED','SENT','PARTIALLY_RECEIVED','RECEIVED') THEN 1 END, 'PROC-LOG', "
                    + "'staff' || lpad((i % 50)::text, 3, '0'), now() - interval '365 days' + (i * interval '365 days' / " + orders + ") "
                    + "FROM (SELECT i, CASE WHEN i <= " + received + " THEN 'RECEIVED' ELSE (" + STATES + ")[1 + i % 6] END AS status "
                    + "FROM generate_series(1, " + orders + ") i) o ORDER BY i");
            BulkLoad.execute(db, "INSERT INTO procurement.purchase_order_line (purchase_order_id, line_no, sku, quantity, unit_price, "
                    + "tolerance_percent, accepted, rejected) SELECT o.id, l, 'SKU-' || lpad(floor(" + skus + " * power(random(), 2))::int::text, 6, '0'), "
                    + "q, round((1 + random() * 199)::numeric, 2), (ARRAY[0, 0, 2, 5])[1 + l], "
                    + "CASE o.status WHEN 'RECEIVED' THEN q - r WHEN 'PARTIALLY_RECEIVED' THEN q / 2 ELSE 0 END, "
                    + "CASE o.status WHEN 'RECEIVED' THEN r ELSE 0 END FROM procurement.purchase_order o, generate_series(1, 3) l, "
                    + "LATERAL (SELECT 10 * (1 + floor(random() * 100))::int AS q, CASE WHEN random() < 0.1 THEN 5 ELSE 0 END AS r) x");
            BulkLoad.execute(db, "UPDATE procurement.purchase_order o SET total = t.total FROM (SELECT purchase_order_id, "
                    + "round(sum(quantity * unit_price), 2) AS total FROM procurement.purchase_order_line GROUP BY 1) t WHERE t.purchase_order_id = o.id");
            BulkLoad.execute(db, "INSERT INTO procurement.receipt (purchase_order_id, warehouse_code, stock_posted_at, org_department, "
                    + "received_by, received_at) SELECT id, warehouse_code, expected_on + late, 'PROC-LOG', 'staff001', expected_on + late "
                    + "FROM (SELECT id, warehouse_code, expected_on, (floor(random() * 10) - 6)::int AS late FROM procurement.purchase_order "
                    + "WHERE status IN ('RECEIVED', 'PARTIALLY_RECEIVED')) o");
            BulkLoad.execute(db, "INSERT INTO procurement.receipt_line (receipt_id, line_no, sku, received, rejected, reject_reason) "
                    + "SELECT r.id, l.line_no, l.sku, l.accepted + l.rejected, l.rejected, CASE WHEN l.rejected > 0 THEN '外箱破损' END "
                    + "FROM procurement.receipt r JOIN procurement.purchase_order_line l ON l.purchase_order_id = r.purchase_order_id "
                    + "WHERE l.accepted + l.rejected > 0");
        });
        BulkLoad.timed(context, "procurement: purchase list", () -> BulkLoad.execute(db,
                "INSERT INTO procurement.purchase_list_item (sku, target_quantity, target_price, needed_by, origin_department, "
                + "origin_reference, status, org_department, created_by) SELECT 'SKU-' || lpad((i * 7 % " + skus + ")::text, 6, '0'), "
                + "100 + i % 900, round((5 + i % 95)::numeric, 2), current_date + i % 60, CASE WHEN i % 3 = 0 THEN 'siteops' ELSE 'procurement' END, "
                + "CASE WHEN i % 3 = 0 THEN 'PLAN-' || i END, (ARRAY['OPEN','OPEN','ORDERED','DROPPED'])[1 + i % 4], 'PROC-LOG', 'staff000' "
                + "FROM generate_series(1, " + (2 * size.openPurchaseOrders()) + ") i"));
        BulkLoad.timed(context, "procurement: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "procurement.supplier", "procurement.purchase_order",
                "procurement.purchase_order_line", "procurement.receipt", "procurement.receipt_line", "procurement.purchase_list_item"));
        context.figure("procurement: rows", String.format("%,d suppliers, %,d purchase orders with %,d lines, %,d receipts, %,d purchase-list items",
                BulkLoad.count(db, "SELECT count(*) FROM procurement.supplier"), BulkLoad.count(db, "SELECT count(*) FROM procurement.purchase_order"),
                BulkLoad.count(db, "SELECT count(*) FROM procurement.purchase_order_line"), BulkLoad.count(db, "SELECT count(*) FROM procurement.receipt"),
                BulkLoad.count(db, "SELECT count(*) FROM procurement.purchase_list_item")));
    }

    @Override
    public List<Probe> probes(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        int suppliers = size.suppliers();
        int orders = size.receivedPurchaseOrders() + size.openPurchaseOrders();
        // A cursor three quarters down the list (numbered pages reach 10,000 rows deep, cursors any depth).
        int deepPage = Math.max(0, Math.min(199, orders * 3 / 4 / 50 - 1));
        String deep = context.http().json("GET", "procurement/purchase-orders?size=50&page=" + deepPage, null, context.adminToken())
                .json().path("next").asText("");
        return List.of(
                Probe.list("procurement/suppliers", i -> "procurement/suppliers"),
                Probe.list("procurement/suppliers?q= (name or code)", i -> "procurement/suppliers?q=" + (i % 2 == 0 ? "SUP-0" + (10 + i % 90)
                        : java.net.URLEncoder.encode("义乌", java.nio.charset.StandardCharsets.UTF_8))),
                Probe.list("procurement/suppliers?status=ON_HOLD", i -> "procurement/suppliers?status=ON_HOLD"),
                Probe.list("procurement/suppliers/{code}/scorecard (12 months)", i -> "procurement/suppliers/SUP-"
                        + String.format("%04d", 1 + (i * 7) % suppliers) + "/scorecard"),
                Probe.list("procurement/purchase-orders (newest)", i -> "procurement/purchase-orders"),
                Probe.list("procurement/purchase-orders?q= (a SKU on a line)", i -> "procurement/purchase-orders?q=SKU-" + String.format("%06d", (i * 37) % Math.max(100, size.skus()))),
                Probe.list("procurement/purchase-orders?q= (a supplier)", i -> "procurement/purchase-orders?q=SUP-" + String.format("%04d", 1 + (i * 13) % suppliers)),
                Probe.list("procurement/purchase-orders?status=SENT", i -> "procurement/purchase-orders?status=SENT"),
                Probe.list("procurement/purchase-orders?supplier=", i -> "procurement/purchase-orders?supplier=SUP-" + String.format("%04d", 1 + (i * 13) % suppliers)),
                Probe.list("procurement/purchase-orders?after= (deep)", i -> "procurement/purchase-orders?after=" + deep),
                Probe.list("procurement/purchase-orders/overdue", i -> "procurement/purchase-orders/overdue"),
                Probe.detail("procurement/purchase-orders/{number} (detail)", i -> "procurement/purchase-orders/PO-" + String.format("%06d", 1 + (i * 97) % orders)),
                Probe.list("procurement/purchase-list?status=OPEN", i -> "procurement/purchase-list?status=OPEN"),
                Probe.list("procurement/purchase-list?q=", i -> "procurement/purchase-list?q=PLAN-" + (3 * (1 + i))));
    }
}
