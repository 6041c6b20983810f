package io.mercato.benchmark.scale;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

/**
 * Customer service & CRM at the reference size: a member for every ordering customer (1,000,000), three delivered orders
 * each, and a points ledger of twenty entries a member (20,000,000): twelve lots, ten earned and spent down or kept, two
 * expired; balances, lots and entries agree as the ledger keeps them.
 */
public final class CrmScale implements DepartmentScale {
    private static final String TIERS = "(ARRAY['NORMAL','NORMAL','NORMAL','SILVER','SILVER','GOLD','DIAMOND'])";

    @Override
    public String name() {
        return "crm";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return context.http().json("GET", "crm/members", null, context.adminToken()).status() == 200;
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        Connection db = context.database();
        int members = context.size().customers();
        BulkLoad.timed(context, "crm: " + String.format("%,d", members) + " members with orders and a 20-entry points ledger each", () -> {
            BulkLoad.execute(db, "INSERT INTO crm.member (mobile, email, name, birthday, province, city, tags, tier_code, tier_since, "
                    + "tier_review_on, points_balance, source, created_by, created_at) SELECT '13' || lpad(i::text, 9, '0'), "
                    + "CASE WHEN i % 3 = 0 THEN 'member' || i || '@example.cn' END, (ARRAY['王','李','张','刘','陈','杨'])[1 + i % 6] || '会员' || i, "
                    + "DATE '1970-01-01' + (i % 15000), (ARRAY['浙江','广东','江苏','上海','北京'])[1 + i % 5], '城市' || (i % 50), "
                    + "CASE WHEN i % 10 = 0 THEN ARRAY['大客户'] ELSE '{}' END, " + TIERS + "[1 + i % 7], current_date - (i % 300), "
                    + "current_date + 65 + (i % 300), 200, 'ORDER', 'staff000', now() - (i % 700) * interval '1 day' "
                    + "FROM generate_series(1, " + members + ") i ORDER BY i");
            BulkLoad.execute(db, "INSERT INTO crm.member_order (order_number, member_id, channel, goods_amount, total, placed_at, delivered_at, "
                    + "status, points_earned) SELECT 'SO-C' || lpad((m.id * 3 + k)::text, 10, '0'), m.id, 'OWN_SITE', 300, 308, "
                    + "now() - (k * 90 + m.id % 60) * interval '1 day', now() - (k * 90 + m.id % 60 - 3) * interval '1 day', 'DELIVERED', 300 "
                    + "FROM crm.member m, generate_series(0, 2) k");
            BulkLoad.withoutSecondaryIndexes(db, "crm.points_lot", () -> BulkLoad.execute(db,
                    "INSERT INTO crm.points_lot (member_id, earned, remaining, earned_on, expires_on) SELECT m.id, CASE WHEN k > 10 THEN 50 ELSE 100 END, "
                    + "CASE WHEN k IN (9, 10) THEN 100 ELSE 0 END, current_date - (12 - k) * 60, "
                    + "CASE WHEN k > 10 THEN current_date - 1 - k ELSE current_date - (12 - k) * 60 + 730 END FROM crm.member m, generate_series(1, 12) k "
                    + "ORDER BY m.id, k"));
            // Lots of a member are consecutive: its first lot's id plus k - 1 is its k-th.
            BulkLoad.withoutSecondaryIndexes(db, "crm.points_entry", () -> BulkLoad.execute(db,
                    "INSERT INTO crm.points_entry (member_id, kind, points, balance_after, cause, order_number, reason, lot_id, created_by, created_at) "
                    + "SELECT l.member_id, e.kind, e.points, 200, e.kind || ':' || l.id, NULL, '生成', l.id, 'staff000', l.earned_on + e.days "
                    + "FROM crm.points_lot l CROSS JOIN LATERAL (VALUES ('EARN', l.earned, 0), ('SPEND', -l.earned, 30), ('EXPIRE', -l.earned, 730)) "
                    + "AS e(kind, points, days) WHERE e.kind = 'EARN' OR (e.kind = 'SPEND' AND l.earned = 100 AND l.remaining = 0) "
                    + "OR (e.kind = 'EXPIRE' AND l.earned = 50) ORDER BY l.member_id, l.id"));
        });
        int tickets = Math.max(100, members / 10);
        BulkLoad.timed(context, "crm: " + String.format("%,d", tickets) + " service tickets with notes, and returns", () -> {
            BulkLoad.execute(db, "INSERT INTO crm.ticket (type, channel, priority, subject, member_id, order_number, customer_name, contact, "
                    + "assignee, status, first_response_due, resolution_due, first_responded_at, resolved_at, closed_at, created_by, created_at) "
                    + "SELECT (ARRAY['PRE_SALE','ORDER_PROBLEM','AFTER_SALE','COMPLAINT'])[1 + i % 4], (ARRAY['PHONE','CHAT','EMAIL'])[1 + i % 3], "
                    + "(ARRAY['NORMAL','NORMAL','HIGH','LOW','URGENT'])[1 + i % 5], '咨询 ' || i, 1 + i % " + members + ", "
                    + "'SO-C' || lpad(((1 + i % " + members + ") * 3)::text, 10, '0'), '会员' || (1 + i % " + members + "), "
                    + "'13' || lpad((1 + i % " + members + ")::text, 9, '0'), 'staff' || lpad((i % 40)::text, 3, '0'), "
                    + "CASE WHEN i % 20 = 0 THEN 'OPEN' ELSE 'CLOSED' END, t + interval '1 hour', t + interval '1 day', "
                    + "t + interval '30 minutes', CASE WHEN i % 20 = 0 THEN NULL ELSE t + interval '5 hours' END, "
                    + "CASE WHEN i % 20 = 0 THEN NULL ELSE t + interval '6 hours' END, 'staff000', t "
                    + "FROM (SELECT i, now() - (i % 365) * interval '1 day' AS t FROM generate_series(1, " + tickets + ") i) g ORDER BY i");
            BulkLoad.execute(db, "INSERT INTO crm.ticket_note (ticket_id, kind, body, author, at) SELECT id, k, '回复 ' || id, assignee, "
                    + "created_at + interval '30 minutes' FROM crm.ticket, unnest(ARRAY['REPLY','INTERNAL']) k");
            BulkLoad.execute(db, "INSERT INTO crm.return_case (kind, order_number, member_id, customer_name, reason_code, reason, status, "
                    + "goods_amount, postage_share, outcome, checked_at, created_by, created_at) SELECT 'RETURN', o.order_number, o.member_id, "
                    + "'会员' || o.member_id, 'SIZE', '尺码不合适', 'CLOSED', 300, 8, 'REFUND_GOODS', now(), 'staff000', o.delivered_at + interval '3 days' "
                    + "FROM crm.member_order o WHERE o.member_id % 33 = 0 AND o.order_number LIKE '%0'");
        });
        BulkLoad.timed(context, "crm: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "crm.member", "crm.member_order", "crm.points_lot",
                "crm.points_entry", "crm.ticket", "crm.ticket_note", "crm.return_case"));
        context.figure("crm: rows", String.format("%,d members, %,d orders, %,d points entries",
                BulkLoad.count(db, "SELECT count(*) FROM crm.member"), BulkLoad.count(db, "SELECT count(*) FROM crm.member_order"),
                BulkLoad.count(db, "SELECT count(*) FROM crm.points_entry")));
    }

    @Override
    public List<Probe> probes(ScaleContext context) {
        int members = context.size().customers();
        return List.of(
                Probe.list("crm/members (newest)", i -> "crm/members"),
                Probe.list("crm/members?q= (mobile prefix)", i -> "crm/members?q=13" + String.format("%09d", 1 + i * 7919 % members).substring(0, 6)),
                Probe.list("crm/members?q= (name)", i -> "crm/members?q=" + URLEncoder.encode("会员" + (1 + i * 31 % members), StandardCharsets.UTF_8)),
                Probe.list("crm/members?tier=DIAMOND", i -> "crm/members?tier=DIAMOND"),
                Probe.detail("crm/members/{code} (profile with orders and tier history)", i -> "crm/members/" + code(1 + i * 97 % members)),
                Probe.detail("crm/members/{code}/points (ledger, lots, agreement)", i -> "crm/members/" + code(1 + i * 89 % members) + "/points"),
                Probe.list("crm/tickets (newest)", i -> "crm/tickets"),
                Probe.list("crm/tickets?status=OPEN", i -> "crm/tickets?status=OPEN"),
                Probe.list("crm/tickets?q= (customer)", i -> "crm/tickets?q=" + URLEncoder.encode("会员" + (1 + i * 13 % members), StandardCharsets.UTF_8)),
                Probe.detail("crm/tickets/{number}", i -> "crm/tickets/TK-" + String.format("%08d", 1 + i * 7 % Math.max(100, members / 10))),
                Probe.list("crm/returns (register)", i -> "crm/returns"));
    }

    private static String code(int i) {
        return "VIP-" + String.format("%08d", i);
    }
}
