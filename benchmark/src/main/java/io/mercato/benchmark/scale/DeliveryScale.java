package io.mercato.benchmark.scale;

import java.sql.Connection;
import java.util.List;

/**
 * Delivery at the reference size: a year of sales orders (3,000,000, two or three lines each, from 1,000,000 customers
 * in every province), most delivered, the last days' in every status (a review queue, backorders, allocations), each
 * with its timeline entry; then the order list, its searches (number, channel number, phone, status, days), the review
 * queue and an order's detail are timed.
 */
public final class DeliveryScale implements DepartmentScale {
    private static final String PROVINCES = "ARRAY['浙江省','江苏省','上海市','广东省','北京市','山东省','四川省','湖北省','河南省','福建省',"
            + "'湖南省','安徽省','河北省','陕西省','辽宁省','重庆市','天津市','江西省','广西壮族自治区','云南省']";
    private static final String CHANNELS = "ARRAY['TMALL','JD','OWN_SITE','PINDUODUO','DOUYIN','TAOBAO','WECHAT','CUSTOMER_SERVICE']";

    @Override
    public String name() {
        return "delivery";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "delivery/orders?size=1", null, context.adminToken()).status() == 200;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        Connection db = context.database();
        ReferenceSize size = context.size();
        int orders = size.salesOrdersPerYear();
        int customers = size.customers();
        int skus = size.skus();
        // Order i of n was placed (n - i) / n of a year ago; its lines follow from i, so totals match their lines.
        String lines = "FROM generate_series(1, 2 + i % 2) j, LATERAL (SELECT 1 + (i + j) % 3 AS qty, (9 + (i * 7 + j * 13) % 190)::numeric + 0.90 AS price, "
                + "CASE WHEN j = 1 AND i % 5 = 0 THEN 5.00 ELSE 0 END AS discount) l";
        BulkLoad.timed(context, "delivery: " + String.format("%,d", orders) + " sales orders with lines and timeline", () -> {
            BulkLoad.withoutSecondaryIndexes(db, "delivery.sales_order", () -> BulkLoad.execute(db,
                    "INSERT INTO delivery.sales_order (number, channel, channel_order, status, stock_state, customer_name, phone, province, city, "
                    + "district, street, postcode, address_key, payment_method, payment_reference, goods_total, discount_total, shipping_fee, total, "
                    + "risk_score, risk_decision, risk_version, risk_findings, org_department, placed_at, created_by) "
                    + "SELECT 'SO-' || lpad(nextval('delivery.order_number')::text, 8, '0'), ch, ch || '-' || i, st, "
                    + "CASE st WHEN 'ALLOCATED' THEN 'RESERVED' WHEN 'ON_HOLD' THEN 'WAITING' WHEN 'CONFIRMED' THEN 'WAITING' WHEN 'CANCELLED' THEN 'RELEASED' "
                    + "WHEN 'UNDER_REVIEW' THEN 'NONE' ELSE 'ISSUED' END, '客户 ' || c, '13' || lpad(c::text, 9, '0'), p, p || '第一市', '中心区', "
                    + "'幸福路 ' || c || ' 号', '310000', p || '第一市中心区幸福路' || c || '号', CASE WHEN i % 4 = 0 THEN 'COD' ELSE 'PREPAID' END, "
                    + "CASE WHEN i % 4 = 0 THEN NULL ELSE 'PAY-' || i END, g.goods, g.discounts, 8.00, g.goods - g.discounts + 8.00, "
                    + "CASE WHEN st = 'UNDER_REVIEW' THEN 35 + i % 60 ELSE 0 END, CASE WHEN st = 'UNDER_REVIEW' THEN 'HOLD' ELSE 'ACCEPT' END, 1, "
                    + "CASE WHEN st = 'UNDER_REVIEW' THEN '[{\"code\":\"PHONE_INVALID\",\"points\":35,\"evidence\":\"generated\"}]'::jsonb ELSE '[]'::jsonb END, "
                    + "'PROC-LOG', placed, 'staff000' FROM (SELECT i, 1 + (i::bigint * 7919) % " + customers + " AS c, (" + CHANNELS + ")[1 + i % 8] AS ch, "
                    + "(" + PROVINCES + ")[1 + (i * 31) % 20] AS p, now() - (" + orders + " - i) * interval '365 days' / " + orders + " AS placed, "
                    + "CASE WHEN i <= " + orders + " * 362 / 365 THEN (CASE WHEN i % 50 = 1 THEN 'CANCELLED' WHEN i % 100 = 2 THEN 'RETURNED' "
                    + "WHEN i % 200 = 3 THEN 'DELIVERY_FAILED' ELSE 'DELIVERED' END) ELSE (ARRAY['SHIPPED','SHIPPED','DELIVERED','ALLOCATED','ALLOCATED',"
                    + "'PACKED','PICKING','CONFIRMED','UNDER_REVIEW','ON_HOLD','CANCELLED','SHIPPED'])[1 + i % 12] END AS st "
                    + "FROM generate_series(1, " + orders + ") i) o, LATERAL (SELECT sum(l.qty * l.price) AS goods, sum(l.discount) AS discounts "
                    + lines + ") g ORDER BY i"));
            BulkLoad.withoutSecondaryIndexes(db, "delivery.order_line", () -> BulkLoad.execute(db,
                    "INSERT INTO delivery.order_line (order_id, line_no, sku, quantity, unit_price, discount, amount) "
                    + "SELECT o.id, j, 'SKU-' || lpad(((i * 7 + j * 13) % " + skus + ")::text, 6, '0'), l.qty, l.price, l.discount, "
                    + "l.qty * l.price - l.discount FROM (SELECT id, substr(channel_order, length(channel) + 2)::int AS i FROM delivery.sales_order "
                    + "WHERE created_by = 'staff000' AND channel_order ~ '^[A-Z_]+-[0-9]+$') o, " + lines.substring("FROM ".length())));
            BulkLoad.withoutSecondaryIndexes(db, "delivery.order_event", () -> BulkLoad.execute(db,
                    "INSERT INTO delivery.order_event (order_id, kind, from_status, to_status, reason, actor, at) "
                    + "SELECT id, 'STATUS', NULL, 'RECEIVED', NULL, created_by, placed_at FROM delivery.sales_order WHERE created_by = 'staff000' UNION ALL "
                    + "SELECT id, 'STATUS', 'RECEIVED', status, status_reason, 'staff001', placed_at + interval '1 hour' FROM delivery.sales_order WHERE created_by = 'staff000'"));
        });
        BulkLoad.timed(context, "delivery: the last 30 days' packages, courier reports and penalties", () -> loadFulfilment(db));
        BulkLoad.timed(context, "delivery: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "delivery.sales_order", "delivery.order_line",
                "delivery.order_event", "delivery.pick_list", "delivery.shipment", "delivery.shipment_event", "delivery.penalty"));
        context.figure("delivery: rows", String.format("%,d orders, %,d lines, %,d timeline entries; %,d in review; %,d packages, "
                        + "%,d courier reports, %,d penalties",
                BulkLoad.count(db, "SELECT count(*) FROM delivery.sales_order"), BulkLoad.count(db, "SELECT count(*) FROM delivery.order_line"),
                BulkLoad.count(db, "SELECT count(*) FROM delivery.order_event"),
                BulkLoad.count(db, "SELECT count(*) FROM delivery.sales_order WHERE status = 'UNDER_REVIEW'"),
                BulkLoad.count(db, "SELECT count(*) FROM delivery.shipment"), BulkLoad.count(db, "SELECT count(*) FROM delivery.shipment_event"),
                BulkLoad.count(db, "SELECT count(*) FROM delivery.penalty")));
    }

    /**
     * Ten couriers serving every province; a package for each order of the last 30 days that left picking (50 to a pick
     * list, in 20 warehouses), labelled, mostly delivered within one to four days of three promised, with its courier
     * reports; the late ones penalised.
     */
    private static void loadFulfilment(Connection db) throws java.sql.SQLException {
        BulkLoad.execute(db, "INSERT INTO delivery.courier (code, name, cod_supported, active, monthly_penalty_cap, created_by) "
                + "SELECT 'C' || lpad(c::text, 2, '0'), '快递 ' || c, c % 2 = 0, true, 5000, 'staff000' FROM generate_series(1, 10) c");
        BulkLoad.execute(db, "INSERT INTO delivery.courier_area (courier_code, province, promised_days) SELECT 'C' || lpad(c::text, 2, '0'), p, "
                + "3 FROM generate_series(1, 10) c, unnest(" + PROVINCES + ") p");
        String recent = "SELECT id, number, status, placed_at, row_number() OVER (ORDER BY id) - 1 AS n FROM delivery.sales_order "
                + "WHERE created_by = 'staff000' AND placed_at > now() - interval '30 days' AND status IN ('PICKING', 'PACKED', 'SHIPPED', "
                + "'DELIVERED', 'DELIVERY_FAILED', 'RETURNED')";
        BulkLoad.execute(db, "INSERT INTO delivery.pick_list (number, warehouse_code, created_by, created_at) SELECT 'PL-9' || lpad(g::text, 7, '0'), "
                + "'WH-' || lpad((1 + g % 20)::text, 2, '0'), 'staff000', now() - interval '30 days' FROM generate_series(0, (SELECT count(*) / 50 "
                + "FROM (" + recent + ") r)) g");
        BulkLoad.execute(db, "INSERT INTO delivery.shipment (number, order_id, warehouse_code, pick_list_id, status, box_size, weight_kg, courier_code, "
                + "tracking_number, promised_by, stock_issued, shipped_at, delivered_at) SELECT o.number || '-' || pl.warehouse_code, o.id, "
                + "pl.warehouse_code, pl.id, CASE o.status WHEN 'DELIVERED' THEN 'DELIVERED' WHEN 'DELIVERY_FAILED' THEN 'FAILED' WHEN 'RETURNED' "
                + "THEN 'RETURNED' WHEN 'PICKING' THEN 'PICKING' WHEN 'PACKED' THEN 'PACKED' ELSE 'SHIPPED' END, 'M', 1.5, "
                + "CASE WHEN o.status IN ('PICKING', 'PACKED') THEN NULL ELSE 'C' || lpad((1 + o.n % 10)::text, 2, '0') END, "
                + "CASE WHEN o.status IN ('PICKING', 'PACKED') THEN NULL ELSE 'T' || o.id END, CASE WHEN o.status IN ('PICKING', 'PACKED') THEN NULL "
                + "ELSE (o.placed_at + interval '3 days')::date END, o.status NOT IN ('PICKING', 'PACKED'), CASE WHEN o.status IN ('PICKING', "
                + "'PACKED') THEN NULL ELSE o.placed_at + interval '6 hours' END, CASE WHEN o.status = 'DELIVERED' THEN o.placed_at "
                + "+ (1 + o.n % 4) * interval '1 day' END FROM (" + recent + ") o JOIN delivery.pick_list pl ON pl.number = 'PL-9' "
                + "|| lpad((o.n / 50)::text, 7, '0')");
        BulkLoad.execute(db, "INSERT INTO delivery.shipment_event (shipment_id, kind, reason, happened_at, recorded_by) "
                + "SELECT id, 'PICKED_UP', NULL, shipped_at + interval '2 hours', 'courier' FROM delivery.shipment WHERE shipped_at IS NOT NULL "
                + "AND id % 20 <> 0 UNION ALL SELECT id, 'DELIVERED', NULL, delivered_at, 'courier' FROM delivery.shipment WHERE delivered_at "
                + "IS NOT NULL UNION ALL SELECT id, 'FAILED', '客户拒收', shipped_at + interval '2 days', 'courier' FROM delivery.shipment "
                + "WHERE status IN ('FAILED', 'RETURNED')");
        // What the scorecard counts on each package, as recording the reports above would have set it.
        BulkLoad.execute(db, "UPDATE delivery.shipment SET reported = true, failed_attempts = CASE WHEN status IN ('FAILED', 'RETURNED') "
                + "THEN 1 ELSE 0 END WHERE shipped_at IS NOT NULL AND (id % 20 <> 0 OR delivered_at IS NOT NULL OR status IN ('FAILED', 'RETURNED'))");
        BulkLoad.execute(db, "INSERT INTO delivery.penalty (courier_code, shipment_id, kind, amount, points, standards_version, evidence, "
                + "dispute_until, created_at) SELECT courier_code, id, 'LATE', 5.00 * ((delivered_at AT TIME ZONE 'Asia/Shanghai')::date "
                + "- promised_by), (delivered_at AT TIME ZONE 'Asia/Shanghai')::date - promised_by, 1, 'late', current_date + 7, delivered_at "
                + "FROM delivery.shipment WHERE (delivered_at AT TIME ZONE 'Asia/Shanghai')::date > promised_by");
    }

    @Override
    public List<Probe> probes(ScaleContext context) {
        int orders = context.size().salesOrdersPerYear();
        int customers = context.size().customers();
        String day = java.time.LocalDate.now().minusDays(100).toString();
        return List.of(
                Probe.list("delivery/orders (newest)", i -> "delivery/orders"),
                Probe.list("delivery/orders?q= (order number)", i -> "delivery/orders?q=SO-" + String.format("%08d", 1 + (long) i * 7919 % orders)),
                Probe.list("delivery/orders?q= (channel order number)", i -> "delivery/orders?q=JD-" + (1 + 8 * (i * 997L % (orders / 8)))),
                Probe.list("delivery/orders?q= (customer phone)", i -> "delivery/orders?q=13" + String.format("%09d", 1 + (i * 104_729L) % customers)),
                Probe.list("delivery/orders?status=UNDER_REVIEW", i -> "delivery/orders?status=UNDER_REVIEW"),
                Probe.list("delivery/orders?status=DELIVERED&page=40", i -> "delivery/orders?status=DELIVERED&page=" + (40 + i % 5)),
                Probe.list("delivery/orders?from=&to= (one day)", i -> "delivery/orders?from=" + day + "&to=" + day),
                Probe.list("delivery/review-queue", i -> "delivery/review-queue"),
                Probe.detail("delivery/orders/{number} (detail with lines and timeline)",
                        i -> "delivery/orders/SO-" + String.format("%08d", 1 + (long) i * 104_729 % orders)),
                Probe.list("delivery/pick-lists (newest)", i -> "delivery/pick-lists"),
                Probe.detail("delivery/pick-lists/{number} (50 packages)", i -> "delivery/pick-lists/PL-9" + String.format("%07d", i % 20)),
                Probe.list("delivery/audit/penalties?courier=", i -> "delivery/audit/penalties?courier=C0" + (1 + i % 9)),
                Probe.list("delivery/audit/scorecard (this month, every courier)", i -> "delivery/audit/scorecard"));
    }

}
