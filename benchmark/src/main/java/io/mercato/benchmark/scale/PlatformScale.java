package io.mercato.benchmark.scale;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The platform at the reference size: the functional-SME organisation grown to 60 departments and teams with 500 staff,
 * and 50,000,000 audit rows spread over a year (who did what to which record, skewed to the busy staff and SKUs).
 */
public final class PlatformScale implements DepartmentScale {
    static final String[] ACTIONS = {"stock.received", "stock.issued", "stock.adjusted", "reservation.created",
        "reservation.committed", "reservation.released", "transfer.requested", "transfer.shipped", "transfer.received",
        "warehouse.updated", "org.staff-moved", "approval.decided", "login.failed", "account.password-changed"};

    @Override
    public String name() {
        return "platform (organisation, staff, audit)";
    }

    @Override
    public boolean installed(ScaleContext context) {
        return true;
    }

    static String staff(long index) {
        return String.format("staff%03d", index);
    }

    @Override
    public void load(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        Connection db = context.database();
        context.require("POST", "org/template", "{\"template\":\"functional-sme\"}", 201);
        // One hire through the API gives a real password hash; the other accounts share it (the password is in the log).
        context.require("POST", "org/staff", "{\"username\":\"" + staff(0) + "\",\"displayName\":\"员工 000\","
                + "\"password\":\"scale-password-0\",\"position\":\"WH-CLERK\"}", 201);
        BulkLoad.timed(context, "platform: departments, teams and " + size.staff() + " staff", () -> {
            BulkLoad.execute(db, "INSERT INTO org.department (code, name_en, name_zh, parent_id) "
                    + "SELECT 'TEAM-' || lpad(i::text, 2, '0'), 'Team ' || i, '第 ' || i || ' 小组', "
                    + "(SELECT array_agg(id ORDER BY id) FROM org.department WHERE parent_id IS NULL)"
                    + "[1 + i % (SELECT count(*) FROM org.department WHERE parent_id IS NULL)::int] "
                    + "FROM generate_series(1, " + size.departmentsAndTeams() + " - (SELECT count(*) FROM org.department)::int) i");
            BulkLoad.execute(db, "INSERT INTO org.position (code, department_id, title_en, title_zh, level, planned_headcount, "
                    + "superior_position_id) SELECT d.code || '-SPEC', d.id, 'Team member', '组员', 'SPECIALIST', 8, "
                    + "(SELECT p.id FROM org.position p WHERE p.department_id = d.parent_id ORDER BY p.level = 'SUPERVISOR' DESC, p.id LIMIT 1) "
                    + "FROM org.department d WHERE d.code LIKE 'TEAM-%'");
            BulkLoad.execute(db, "INSERT INTO security.account (username, display_name, password_hash) "
                    + "SELECT 'staff' || lpad(i::text, 3, '0'), '员工 ' || lpad(i::text, 3, '0'), "
                    + "(SELECT password_hash FROM security.account WHERE username = 'staff000') FROM generate_series(1, " + (size.staff() - 1) + ") i");
            BulkLoad.execute(db, "INSERT INTO org.staff (username, position_id) SELECT 'staff' || lpad(i::text, 3, '0'), "
                    + "(SELECT array_agg(id ORDER BY id) FROM org.position WHERE level = 'SPECIALIST')"
                    + "[1 + i % (SELECT count(*) FROM org.position WHERE level = 'SPECIALIST')::int] FROM generate_series(1, "
                    + (size.staff() - 1) + ") i");
        });
        long rows = size.auditRows();
        int skus = Math.max(100, size.skus());
        BulkLoad.timed(context, "platform: " + String.format("%,d", rows) + " audit rows over a year", () ->
                BulkLoad.withoutSecondaryIndexes(db, "platform.audit_log", () -> {
                    BulkLoad.execute(db, "SET maintenance_work_mem = '256MB'");
                    BulkLoad.execute(db, "SELECT setseed(0.7)");
                    BulkLoad.execute(db, "INSERT INTO platform.audit_log (at, actor, action, entity, entity_id, details) "
                            + "SELECT at, actor, action, split_part(action, '.', 1), CASE split_part(action, '.', 1) "
                            + "WHEN 'transfer' THEN 'TR-' || lpad(floor(random() * 20000)::int::text, 6, '0') "
                            + "WHEN 'org' THEN actor WHEN 'account' THEN actor WHEN 'login' THEN actor WHEN 'approval' THEN floor(random() * 5000)::text "
                            + "WHEN 'warehouse' THEN 'EC-01' ELSE 'SKU-' || lpad(floor(" + skus + " * power(random(), 3))::int::text, 6, '0') END, "
                            + "'{\"quantity\": 1}'::jsonb FROM (SELECT now() - interval '365 days' + (i::double precision / " + rows + ") "
                            + "* interval '365 days' AS at, 'staff' || lpad(floor(" + size.staff() + " * power(random(), 2))::int::text, 3, '0') AS actor, "
                            + "(ARRAY['" + String.join("','", ACTIONS) + "'])[1 + floor(random() * " + ACTIONS.length + ")::int] AS action "
                            + "FROM generate_series(1, " + rows + ") i) g");
                }));
        BulkLoad.timed(context, "platform: VACUUM ANALYZE", () -> BulkLoad.analyse(db, "platform.audit_log", "security.account",
                "org.staff", "org.position", "org.department"));
        context.figure("platform: rows", String.format("%,d departments and teams, %,d staff, %,d audit rows",
                BulkLoad.count(db, "SELECT count(*) FROM org.department"), BulkLoad.count(db, "SELECT count(*) FROM org.staff"),
                BulkLoad.count(db, "SELECT count(*) FROM platform.audit_log")));
    }

    @Override
    public List<Probe> probes(ScaleContext context) throws Exception {
        ReferenceSize size = context.size();
        String deep = context.http().json("GET", "audit?size=1&actor=" + staff(size.staff() / 2) + "&to="
                + encode(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(180)), null, context.adminToken()).json().get("next").asText();
        return List.of(
                Probe.list("audit (newest)", i -> "audit"),
                Probe.list("audit?q= (a user)", i -> "audit?q=" + staff(new Random(i).nextInt(size.staff()))),
                Probe.list("audit?q= (a record: SKU)", i -> "audit?q=" + WarehouseScale.sku(new Random(i).nextInt(size.skus()))),
                Probe.list("audit?q= (an action)", i -> "audit?q=" + ACTIONS[i % ACTIONS.length]),
                Probe.list("audit?actor=&action=", i -> "audit?actor=" + staff(new Random(i).nextInt(size.staff())) + "&action="
                        + ACTIONS[i % ACTIONS.length]),
                Probe.list("audit?from=&to= (one day)", i -> {
                    OffsetDateTime day = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1 + i * 7L).withHour(0).withMinute(0)
                            .withSecond(0).withNano(0);
                    return "audit?from=" + encode(day) + "&to=" + encode(day.plusDays(1));
                }),
                Probe.list("audit?after= (half a year back)", i -> "audit?after=" + deep),
                Probe.list("org/staff", i -> "org/staff"),
                Probe.list("org/staff?q=", i -> "org/staff?q=" + String.format("%02d", i % 50)),
                Probe.list("org/chart", i -> "org/chart"),
                Probe.list("approvals/inbox", i -> "approvals/inbox"));
    }

    private static String encode(OffsetDateTime time) {
        return java.net.URLEncoder.encode(time.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
