package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * Customer service and CRM in the running distribution: a delivered order enrols its customer, earns points and lifts the
 * tier; concurrent spends never overdraw; a returned order takes its points back and gives back what was spent on it;
 * expiry and the review date; and CRM running on, saying what is unavailable, while delivery is uninstalled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CrmIT extends MercatoTestSupport {
    private static final String SHOP_TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private FeaturesService features;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurations;

    @Inject
    private org.osgi.framework.BundleContext bundleContext;

    private ApiClient api;
    private SalesOrderFlow flow;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("crm/members").status() == 200, "CRM API");
        waitUntil(Duration.ofSeconds(60), () -> api.get("delivery/orders").status() == 200, "delivery API");
        waitForWarehouseApi();
        flow = new SalesOrderFlow(api);
    }

    @Test
    public void deliveredOrdersMakeMembersEarnPointsAndLiftTiersAndReturnsTakeThemBack() throws Exception {
        // Silver within reach of one order, so that the test's order lifts it.
        JsonNode ladder = api.get("crm/tiers").json();
        assertEquals(4, ladder.size());
        assertProblem(api.put("crm/tiers", tiers("5", "150")), 400, "tiers[0].minSpend", "");
        JsonNode saved = api.put("crm/tiers?note=" + java.net.URLEncoder.encode("银卡门槛下调 for the test", java.nio.charset.StandardCharsets.UTF_8),
                tiers("0", "150.00")).json();
        assertEquals(saved.toString(), 0, new java.math.BigDecimal("150").compareTo(saved.get(1).get("minSpend").decimalValue()));
        // Each save is a version with who and why; version 1 is the rules as the migration found them.
        JsonNode versions = api.get("crm/tiers/versions").json();
        assertEquals(versions.toString(), "银卡门槛下调 for the test", versions.get(0).get("note").asText());
        assertEquals("admin", versions.get(0).get("createdBy").asText());
        assertEquals(versions.get(1).get("version").asInt() + 1, versions.get(0).get("version").asInt());
        assertEquals(0, new java.math.BigDecimal("2000").compareTo(versions.get(versions.size() - 1).get("settings").get("tiers").get(1)
                .get("minSpend").decimalValue()));

        flow.warehouse("CRM-EAST", "华东");
        flow.receive("CRM-TEA", "CRM-EAST", 50);
        flow.courier();
        String first = flow.deliver(SalesOrderFlow.order("OWN_SITE", "CRM-1", "+86 139-0000-1111", "浙江", "CRM-TEA", 2, "99.50"));
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/members?q=13900001111").json().get("total").asInt() == 1,
                "the customer enrolled from the delivered order");
        JsonNode member = api.get("crm/members?q=13900001111").json().get("items").get(0);
        String code = member.get("code").asText();
        assertEquals("王小明", member.get("name").asText());
        assertEquals("ORDER", member.get("source").asText());
        assertEquals("199 points: 199.00 at the entry tier's 1.00 a yuan", 199, member.get("pointsBalance").asLong());
        assertEquals("upgraded at once on the delivered order", "SILVER", member.get("tier").asText());
        JsonNode profile = api.get("crm/members/" + code).json();
        assertEquals(first, profile.get("orders").get(0).get("orderNumber").asText());
        assertEquals("SILVER", profile.get("tierHistory").get(0).get("toTier").asText());
        assertEquals(LocalDate.parse(SHOP_TODAY).plusYears(1).toString(), profile.get("member").get("tierReviewOn").asText());

        // Two spends of 100 against a balance of 100 at once: exactly one succeeds, the balance never goes below zero.
        assertEquals(201, api.post("crm/members/" + code + "/points/spend", "{\"points\":99,\"reason\":\"兑换礼品\"}", "it-spend-1").status());
        JsonNode replay = api.post("crm/members/" + code + "/points/spend", "{\"points\":99,\"reason\":\"兑换礼品\"}", "it-spend-1").json();
        assertEquals("a retried spend books once", 100, replay.get("balance").asLong());
        assertProblem(api.post("crm/members/" + code + "/points/spend", "{\"points\":101,\"reason\":\"x\"}"), 400, "points",
                "is more than the member's balance of 100");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> spends = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            spends.add(pool.submit(() -> api.post("crm/members/" + code + "/points/spend", "{\"points\":100,\"reason\":\"并发\"}",
                    "it-race-" + java.util.UUID.randomUUID()).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> spend : spends) {
            statuses.add(spend.get());
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 201).count());
        assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 400).count());
        JsonNode ledger = api.get("crm/members/" + code + "/points").json();
        assertEquals(0, ledger.get("balance").asLong());
        assertTrue(ledger.toString(), ledger.get("consistent").asBoolean());

        // A second order at the silver rate (1.20 a yuan), 50 of its points spent on it, then it comes back to the shop:
        // what it earned is taken back as far as the balance allows, and the 50 spent on it are given back.
        String second = flow.deliver(SalesOrderFlow.order("OWN_SITE", "CRM-2", "13900001111", "浙江", "CRM-TEA", 1, "100.00"));
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/members/" + code + "/points").json().get("balance").asLong() == 120,
                "120 points for the second order");
        assertEquals(201, api.post("crm/members/" + code + "/points/spend", "{\"points\":50,\"order\":\"" + second
                + "\",\"reason\":\"抵扣\"}").status());
        assertEquals("RETURNED", api.post("delivery/shipments/" + second + "-CRM-EAST/events", "{\"kind\":\"RETURNED\",\"reason\":\"拒收\"}")
                .json().get("status").asText());
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/members/" + code).json().get("orders").toString().contains("RETURNED"),
                "the return applied");
        ledger = api.get("crm/members/" + code + "/points").json();
        assertTrue(ledger.toString(), ledger.get("consistent").asBoolean());
        assertEquals("70 left after the spend, all 70 taken back (50 unrecoverable), then the 50 spent given back", 50,
                ledger.get("balance").asLong());
        String entries = ledger.get("entries").toString();
        assertTrue(entries, entries.contains("\"kind\":\"REVERSE\",\"points\":-70") && entries.contains("\"unrecovered\":50"));
        assertTrue(entries, entries.contains("\"kind\":\"RESTORE\",\"points\":50"));
        assertEquals("SILVER", api.get("crm/members/" + code).json().get("member").get("tier").asText());

        // Points whose life ended expire, lot by lot; a tier no longer earned goes down on its review date only.
        long memberId = Long.parseLong(query("SELECT id FROM crm.member WHERE code = ?", code));
        query("WITH lot AS (INSERT INTO crm.points_lot (member_id, earned, remaining, earned_on, expires_on) VALUES (?, 30, 30, "
                + "'2024-01-01', '2026-01-01') RETURNING id), e AS (INSERT INTO crm.points_entry (member_id, kind, points, balance_after, "
                + "cause, reason, lot_id, created_by) SELECT ?, 'ADJUST', 30, 80, 'it:old-lot', 'old points', id, 'it' FROM lot) "
                + "UPDATE crm.member SET points_balance = points_balance + 30, tier_code = 'GOLD', tier_review_on = ? WHERE id = ? RETURNING id",
                memberId, memberId, java.sql.Date.valueOf(LocalDate.parse(SHOP_TODAY).minusDays(1)), memberId);
        ApiClient.Answer ran = api.post("crm/nightly-review", null);
        assertEquals(ran.body(), 200, ran.status());
        JsonNode run = ran.json();
        assertTrue(run.toString(), run.get("pointsExpired").asLong() >= 30 && run.get("tiersReviewed").asInt() >= 1);
        ledger = api.get("crm/members/" + code + "/points").json();
        assertEquals(50, ledger.get("balance").asLong());
        assertTrue(ledger.toString(), ledger.get("consistent").asBoolean() && ledger.get("entries").toString().contains("\"kind\":\"EXPIRE\""));
        JsonNode reviewed = api.get("crm/members/" + code).json();
        assertEquals("down to what the twelve months earn", "SILVER", reviewed.get("member").get("tier").asText());
        assertEquals("GOLD", reviewed.get("tierHistory").get(0).get("fromTier").asText());

        // Each change is in the audit log.
        assertTrue(Integer.parseInt(query("SELECT count(*) FROM platform.audit_log WHERE entity = 'member' AND entity_id = ?", code)) >= 6);
    }

    @Test
    public void agentsEnrolAndEditMembersAndBadInputIsRefusedByField() throws Exception {
        assertProblem(api.post("crm/members", "{\"mobile\":\"0571-8888888\",\"name\":\"李\"}"), 400, "mobile", "must be a mainland mobile");
        assertProblem(api.post("crm/members", "{\"mobile\":\"13700002222\",\"name\":\"李\",\"email\":\"no-at\"}"), 400, "email", "");
        JsonNode created = api.post("crm/members", "{\"mobile\":\"137 0000 2222\",\"name\":\"李雷\",\"birthday\":\"1990-05-04\","
                + "\"tags\":[\"大客户\"],\"consent\":true}").json();
        String code = created.get("code").asText();
        assertTrue(created.toString(), code.startsWith("VIP-") && created.get("consentAt") != null && !created.get("consentAt").isNull());
        ApiClient.Answer again = api.post("crm/members", "{\"mobile\":\"13700002222\",\"name\":\"李雷\"}");
        assertEquals(409, again.status());
        assertTrue(again.body(), again.body().contains(code));
        JsonNode edited = api.put("crm/members/" + code, "{\"name\":\"李雷\",\"smsOptOut\":true,\"tags\":[\"大客户\",\"生日关怀\"]}").json();
        assertTrue(edited.get("smsOptOut").asBoolean());
        assertEquals(2, edited.get("tags").size());
        assertProblem(api.post("crm/members/" + code + "/points/adjust", "{\"points\":0,\"reason\":\"x\"}"), 400, "points", "");
        assertEquals(201, api.post("crm/members/" + code + "/points/adjust", "{\"points\":500,\"reason\":\"投诉补偿\"}").status());
        assertProblem(api.post("crm/members/" + code + "/points/adjust", "{\"points\":-501,\"reason\":\"更正\"}"), 400, "points",
                "is more than the member's balance of 500");
        assertEquals(404, api.get("crm/members/VIP-99999999").status());
        assertEquals(1, api.get("crm/members?q=" + java.net.URLEncoder.encode("李雷", java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt());
        assertProblem(api.get("crm/members?tier=PLATINUM"), 400, "tier", "must be one of");
    }

    @Test
    public void crmRunsOnWithoutDeliveryAndSaysWhatIsUnavailable() throws Exception {
        assertTrue(api.get("crm/status").json().get("complete").asBoolean());
        features.uninstallFeature("mercato-delivery", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitUntil(Duration.ofSeconds(60), () -> !api.get("crm/status").json().get("complete").asBoolean(), "delivery missing reported");
            JsonNode status = api.get("crm/status").json();
            JsonNode delivery = status.get("partners").get(0);
            assertEquals("delivery", delivery.get("department").asText());
            assertFalse(delivery.get("available").asBoolean());
            assertTrue(delivery.toString(), delivery.get("unavailableEn").asText().contains("kept"));
            assertEquals("members are served all the same", 200, api.get("crm/members").status());
        } finally {
            features.installFeature("mercato-delivery", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        waitUntil(Duration.ofSeconds(60), () -> api.get("crm/status").json().get("complete").asBoolean(), "delivery back");
    }

    @Test
    public void returnsFollowTheThreeCasesWithRefundsThroughTheChainAndGoodsBackInStock() throws Exception {
        int template = api.post("org/template", "{\"template\":\"functional-sme\"}").status();
        assertTrue("template: " + template, template == 201 || template == 409);
        hire(api, "rt.agent", "客服 小周", "CS-AGENT");
        hire(api, "rt.manager", "客服经理 老李", "CS-MGR");
        hire(api, "rt.finance", "会计 钱", "ACCOUNTANT");
        ApiClient agent = new ApiClient(baseUrl()).login("rt.agent", "rt.agent-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("rt.manager", "rt.manager-password-1");
        ApiClient finance = new ApiClient(baseUrl()).login("rt.finance", "rt.finance-password-1");
        flow.warehouse("RT-EAST", "华东");
        flow.receive("RT-MUG", "RT-EAST", 20);
        flow.receive("RT-CUP", "RT-EAST", 20);
        flow.courier();
        String order = flow.deliver(SalesOrderFlow.order("OWN_SITE", "RT-1", "13700003333", "浙江", "RT-MUG", 2, "60.00")
                .replace("\"unitPrice\":60.00}", "\"unitPrice\":60.00},{\"sku\":\"RT-CUP\",\"quantity\":1,\"unitPrice\":30.00}"));
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/members?q=13700003333").json().get("total").asInt() == 1, "the buyer enrolled");
        String member = api.get("crm/members?q=13700003333").json().get("items").get(0).get("code").asText();
        long points = api.get("crm/members/" + member + "/points").json().get("balance").asLong();
        assertTrue("points for 150.00 of goods: " + points, points >= 150);

        // Opening: only what was delivered, a line once.
        String mugs = "{\"order\":\"" + order + "\",\"kind\":\"RETURN\",\"reasonCode\":\"QUALITY\",\"reason\":\"杯子有裂纹\","
                + "\"lines\":[{\"lineNo\":1,\"quantity\":%d}]}";
        assertProblem(agent.post("crm/returns", String.format(mugs, 3)), 400, "lines[0].quantity", "is more than the 2 delivered");
        assertProblem(agent.post("crm/returns", mugs.replace("QUALITY", "BROKEN").formatted(2)), 400, "reasonCode", "must be one of");
        JsonNode opened = agent.post("crm/returns", String.format(mugs, 2)).json();
        String caseB = opened.get("details").get("number").asText();
        assertEquals("OPEN", opened.get("details").get("status").asText());
        SalesOrderFlow.assertMoney("120.00", opened.get("details").get("goodsAmount"));
        SalesOrderFlow.assertMoney("6.40", opened.get("details").get("postageShare"));
        ApiClient.Answer twice = agent.post("crm/returns", String.format(mugs, 1));
        assertEquals(twice.body(), 409, twice.status());
        assertTrue(twice.body(), twice.body().contains(caseB));

        // Case (b): a quality problem, not resaleable: refund in full including postage; the goods are written off.
        assertEquals(409, agent.post("crm/returns/" + caseB + "/check", "{\"qualityProblem\":true,\"fault\":\"COMPANY\",\"resaleable\":false}")
                .status());
        assertEquals("RECEIVED", agent.post("crm/returns/" + caseB + "/receive", "{\"warehouseCode\":\"RT-EAST\"}").json().get("details")
                .get("status").asText());
        JsonNode checked = agent.post("crm/returns/" + caseB + "/check", "{\"qualityProblem\":true,\"fault\":\"COMPANY\","
                + "\"resaleable\":false,\"note\":\"杯口破损\"}").json();
        assertEquals(checked.toString(), "REFUND_FULL", checked.get("details").get("outcome").asText());
        JsonNode refund = checked.get("refund");
        SalesOrderFlow.assertMoney("126.40", refund.get("amount"));
        assertEquals("REQUESTED", refund.get("status").asText());
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/returns/" + caseB).json().get("details").get("stockPosted").asBoolean(),
                "the returned mugs posted");
        assertEquals("in and written off as damaged", "18", available("RT-MUG", "RT-EAST"));
        assertEquals("finance cannot pay what is not approved", 409, finance.post("crm/finance/refunds/" + refund.get("number").asText() + "/paid",
                "{\"paymentReference\":\"BANK-1\"}").status());
        ApiClient.Answer approved = manager.post("approvals/" + refund.get("approvalId").asLong() + "/decision", "{\"decision\":\"APPROVE\"}");
        assertEquals(approved.body(), 200, approved.status());
        waitUntil(Duration.ofSeconds(30), () -> "APPROVED".equals(api.get("crm/refunds/" + refund.get("number").asText()).json().get("status")
                .asText()), "the refund approved through the chain");
        JsonNode ledger = api.get("crm/members/" + member + "/points").json();
        assertEquals("the mugs' 120 points taken back", points - 120, ledger.get("balance").asLong());
        assertTrue(ledger.toString(), ledger.get("consistent").asBoolean());
        assertEquals(403, agent.post("crm/finance/refunds/" + refund.get("number").asText() + "/paid", "{\"paymentReference\":\"X\"}").status());
        assertEquals("PAID", finance.post("crm/finance/refunds/" + refund.get("number").asText() + "/paid", "{\"paymentReference\":\"BANK-1\"}")
                .json().get("status").asText());
        assertEquals("paid once", 409, finance.post("crm/finance/refunds/" + refund.get("number").asText() + "/paid",
                "{\"paymentReference\":\"BANK-1\"}").status());
        assertEquals("CLOSED", api.get("crm/returns/" + caseB).json().get("details").get("status").asText());

        // Case (c): no quality problem and resaleable: a refund of the goods only, and the cup back in available stock.
        String caseC = agent.post("crm/returns", "{\"order\":\"" + order + "\",\"kind\":\"RETURN\",\"reasonCode\":\"CHANGED_MIND\","
                + "\"reason\":\"不想要了\",\"lines\":[{\"lineNo\":2,\"quantity\":1}]}").json().get("details").get("number").asText();
        agent.post("crm/returns/" + caseC + "/receive", "{\"warehouseCode\":\"RT-EAST\"}");
        JsonNode goodsOnly = agent.post("crm/returns/" + caseC + "/check", "{\"qualityProblem\":false,\"fault\":\"NONE\",\"resaleable\":true}").json();
        assertEquals("REFUND_GOODS", goodsOnly.get("details").get("outcome").asText());
        SalesOrderFlow.assertMoney("30.00", goodsOnly.get("refund").get("amount"));
        waitUntil(Duration.ofSeconds(30), () -> "20".equals(uncheckedAvailable("RT-CUP", "RT-EAST")), "the cup back in available stock");
        assertEquals("156.40", query("SELECT refunded FROM crm.order_payment WHERE order_number = ?", order));
        try {
            query("UPDATE crm.order_payment SET refunded = paid + 0.01 WHERE order_number = ? RETURNING refunded", order);
            throw new AssertionError("the database let a refund exceed what was paid");
        } catch (java.sql.SQLException expected) {
            assertEquals("23514", expected.getSQLState());
        }

        // Case (a): the customer's fault and not resaleable: refused, sent back within 72 hours, and disputed.
        String second = flow.deliver(SalesOrderFlow.order("OWN_SITE", "RT-2", "13700003333", "浙江", "RT-MUG", 1, "60.00"));
        String caseA = agent.post("crm/returns", "{\"order\":\"" + second + "\",\"kind\":\"RETURN\",\"reasonCode\":\"SIZE\","
                + "\"reason\":\"用过了\",\"lines\":[{\"lineNo\":1,\"quantity\":1}]}").json().get("details").get("number").asText();
        agent.post("crm/returns/" + caseA + "/receive", "{\"warehouseCode\":\"RT-EAST\"}");
        JsonNode refused = agent.post("crm/returns/" + caseA + "/check", "{\"qualityProblem\":false,\"fault\":\"CUSTOMER\",\"resaleable\":false,"
                + "\"note\":\"已使用\"}").json();
        assertEquals("REFUSED", refused.get("details").get("status").asText());
        assertFalse(refused.toString(), refused.hasNonNull("refund"));
        java.time.Instant due = java.time.Instant.parse(refused.get("details").get("sendBackDue").asText());
        assertTrue("due in 72 hours: " + due, Math.abs(Duration.between(java.time.Instant.now().plus(Duration.ofHours(72)), due).toMinutes()) < 5);
        assertEquals(1, api.get("crm/returns?status=REFUSED").json().get("total").asInt());
        assertEquals("SENT_BACK", agent.post("crm/returns/" + caseA + "/sent-back", "{\"tracking\":\"SF1234567890\"}").json().get("details")
                .get("status").asText());
        assertEquals("DISPUTED", agent.post("crm/returns/" + caseA + "/dispute", "{\"note\":\"客户称收到时已损坏\"}").json().get("details")
                .get("status").asText());
        assertEquals("refused goods go back to the customer, not into stock", "17", available("RT-MUG", "RT-EAST"));

        // An exchange for a quality problem: delivery ships a replacement order, linked to the return, made once.
        String third = flow.deliver(SalesOrderFlow.order("OWN_SITE", "RT-3", "13700003333", "浙江", "RT-CUP", 1, "30.00"));
        String exchange = agent.post("crm/returns", "{\"order\":\"" + third + "\",\"kind\":\"EXCHANGE\",\"reasonCode\":\"QUALITY\","
                + "\"reason\":\"把手松动\",\"lines\":[{\"lineNo\":1,\"quantity\":1}]}").json().get("details").get("number").asText();
        agent.post("crm/returns/" + exchange + "/receive", "{\"warehouseCode\":\"RT-EAST\"}");
        assertEquals("REPLACE", agent.post("crm/returns/" + exchange + "/check", "{\"qualityProblem\":true,\"fault\":\"COMPANY\","
                + "\"resaleable\":false}").json().get("details").get("outcome").asText());
        waitUntil(Duration.ofSeconds(30), () -> api.get("crm/returns/" + exchange).json().get("details").hasNonNull("replacementOrder"),
                "the replacement order linked");
        String replacement = api.get("crm/returns/" + exchange).json().get("details").get("replacementOrder").asText();
        JsonNode shipped = api.get("delivery/orders/" + replacement).json();
        assertEquals("CUSTOMER_SERVICE", shipped.get("channel").asText());
        assertEquals(exchange, shipped.get("channelOrder").asText());
        SalesOrderFlow.assertMoney("0.00", shipped.get("total"));
        assertEquals(4, api.get("crm/returns?q=" + "RT-").json().get("total").asInt());
    }

    @Test
    public void ticketsKeepSlaClocksOnTheWorkingCalendarAndAuditorsSampleAndScoreThem() throws Exception {
        // Open every day, so the clocks run whenever the test does (the calendar's own rules are unit-tested).
        StringBuilder week = new StringBuilder("[");
        for (int day = 1; day <= 7; day++) {
            week.append(day > 1 ? "," : "").append("{\"weekday\":").append(day).append(",\"opens\":\"00:00\",\"closes\":\"23:59\"}");
        }
        assertProblem(api.put("crm/calendar/week", "[{\"weekday\":8,\"opens\":\"09:00\",\"closes\":\"18:00\"}]"), 400, "week[0].weekday", "");
        assertEquals(200, api.put("crm/calendar/week", week.append("]").toString()).status());
        assertProblem(api.put("crm/calendar/days", "{\"day\":\"2026-10-01\",\"kind\":\"PARTY\",\"name\":\"国庆节\"}"), 400, "kind", "");
        assertEquals(200, api.put("crm/calendar/days", "{\"day\":\"2026-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}").status());

        assertProblem(api.post("crm/tickets", "{\"type\":\"GRUMBLE\",\"channel\":\"PHONE\",\"subject\":\"x\",\"customerName\":\"王\"}"), 400,
                "type", "must be one of");
        assertProblem(api.post("crm/tickets", "{\"type\":\"COMPLAINT\",\"channel\":\"PHONE\",\"subject\":\"x\"}"), 400, "customerName", "");
        JsonNode complaint = api.post("crm/tickets", "{\"type\":\"COMPLAINT\",\"channel\":\"PHONE\",\"priority\":\"URGENT\","
                + "\"subject\":\"快递员态度差\",\"customerName\":\"赵女士\",\"contact\":\"13600005555\"}").json();
        String late = complaint.get("details").get("number").asText();
        java.time.Instant created = java.time.Instant.parse(complaint.get("details").get("createdAt").asText());
        java.time.Instant firstDue = java.time.Instant.parse(complaint.get("details").get("firstResponseDue").asText());
        long minutes = Duration.between(created, firstDue).toMinutes();
        assertTrue("15 working minutes for an urgent complaint: " + minutes, minutes >= 14 && minutes <= 16);

        // A reply after the due time stores the breach: the due time itself.
        query("UPDATE crm.ticket SET first_response_due = now() - interval '10 minutes' WHERE number = ? RETURNING id", late);
        assertEquals(1, api.get("crm/tickets?overdue=true").json().get("total").asInt());
        JsonNode replied = api.post("crm/tickets/" + late + "/notes", "{\"kind\":\"REPLY\",\"body\":\"已联系快递公司\"}").json();
        assertTrue(replied.toString(), replied.get("details").hasNonNull("firstResponseBreachedAt"));
        assertEquals(replied.get("details").get("firstResponseDue").asText(), replied.get("details").get("firstResponseBreachedAt").asText());

        // Waiting for the customer stops the clocks: 30 working minutes waited move the resolution due time 30 minutes on.
        JsonNode waiting = api.post("crm/tickets/" + late + "/wait", null).json();
        assertEquals("WAITING_CUSTOMER", waiting.get("details").get("status").asText());
        java.time.Instant dueBefore = java.time.Instant.parse(waiting.get("details").get("resolutionDue").asText());
        query("UPDATE crm.ticket SET paused_since = now() - interval '30 minutes' WHERE number = ? RETURNING id", late);
        JsonNode resumed = api.post("crm/tickets/" + late + "/notes", "{\"kind\":\"CUSTOMER\",\"body\":\"我补充一下\"}").json();
        assertEquals("a customer's message ends the wait", "OPEN", resumed.get("details").get("status").asText());
        int paused = resumed.get("details").get("pausedMinutes").asInt();
        assertTrue("paused " + paused, paused >= 29 && paused <= 30);
        long moved = Duration.between(dueBefore, java.time.Instant.parse(resumed.get("details").get("resolutionDue").asText())).toMinutes();
        assertTrue("moved " + moved, moved >= 29 && moved <= 31);
        assertEquals(409, api.post("crm/tickets/" + late + "/close", null).status());
        assertProblem(api.post("crm/tickets/" + late + "/resolve", "{\"body\":\" \"}"), 400, "body", "");
        assertEquals("RESOLVED", api.post("crm/tickets/" + late + "/resolve", "{\"body\":\"已道歉并补偿 20 积分\"}").json().get("details")
                .get("status").asText());
        assertEquals("CLOSED", api.post("crm/tickets/" + late + "/close", null).json().get("details").get("status").asText());

        // A second ticket answered and solved in time.
        String prompt = api.post("crm/tickets", "{\"type\":\"PRE_SALE\",\"channel\":\"CHAT\",\"subject\":\"有没有大码\","
                + "\"customerName\":\"钱先生\"}").json().get("details").get("number").asText();
        api.post("crm/tickets/" + prompt + "/resolve", "{\"body\":\"有 XXL\"}");
        api.post("crm/tickets/" + prompt + "/close", null);
        assertTrue(api.get("crm/tickets?q=" + java.net.URLEncoder.encode("大码", java.nio.charset.StandardCharsets.UTF_8)).json()
                .get("items").toString().contains(prompt));

        // The audit team samples all of this month's closed tickets, scores one, and reads the agent report.
        String month = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        assertProblem(api.post("crm/audits/samples", "{\"month\":\"" + month + "\",\"share\":1.5}"), 400, "share", "");
        JsonNode sampled = api.post("crm/audits/samples", "{\"month\":\"" + month + "\",\"share\":1}").json();
        assertEquals(sampled.toString(), 2, sampled.get("added").asInt());
        assertEquals("sampling again adds nothing", 0, api.post("crm/audits/samples", "{\"month\":\"" + month + "\",\"share\":1}").json()
                .get("added").asInt());
        assertProblem(api.post("crm/audits/" + late + "/score", "{\"scores\":{\"greeting\":5,\"understanding\":4,\"accuracy\":9,"
                + "\"solution\":4,\"attitude\":5}}"), 400, "scores.accuracy", "");
        JsonNode scored = api.post("crm/audits/" + late + "/score", "{\"scores\":{\"greeting\":5,\"understanding\":4,\"accuracy\":4,"
                + "\"solution\":4,\"attitude\":3},\"comment\":\"响应慢\"}").json();
        SalesOrderFlow.assertMoney("80.00", scored.get("score"));
        JsonNode report = api.get("crm/audits/report?month=" + month).json();
        JsonNode admin = null;
        for (JsonNode line : report) {
            admin = "admin".equals(line.get("agent").asText()) ? line : admin;
        }
        assertTrue(report.toString(), admin != null);
        assertEquals(2, admin.get("resolved").asInt());
        assertEquals("the late reply counts against the SLA", 1, admin.get("slaKept").asInt());
        SalesOrderFlow.assertMoney("50.0", admin.get("slaKeptPercent"));
        assertEquals(1, admin.get("audited").asInt());
        SalesOrderFlow.assertMoney("80.00", admin.get("auditScore"));
    }

    @Test
    public void campaignsReachASegmentOnceRespectingOptOutsCheckedAtSendTime() throws Exception {
        // Five members tagged 夏季; one opted out of SMS, one never agreed, one will opt out after the segment is made.
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String optOut = i == 1 ? ",\"smsOptOut\":true" : "";
            String consent = i == 2 ? "" : ",\"consent\":true";
            ApiClient.Answer created = api.post("crm/members", "{\"mobile\":\"1350000100" + i + "\",\"name\":\"夏季会员" + i + "\","
                    + "\"tags\":[\"夏季\"],\"birthday\":\"1990-" + (i == 0 ? "07" : "03") + "-15\"" + optOut + consent + "}");
            assertEquals(created.body(), 201, created.status());
            codes.add(created.json().get("code").asText());
        }
        String rules = "{\"tags\":[\"夏季\"]}";
        assertEquals(5, api.post("crm/segments/preview", rules).json().get("count").asInt());
        assertEquals(1, api.post("crm/segments/preview", "{\"tags\":[\"夏季\"],\"birthdayMonth\":7}").json().get("count").asInt());
        assertEquals("RFM: none of them ordered", 0, api.post("crm/segments/preview", "{\"tags\":[\"夏季\"],\"minOrders\":1}").json()
                .get("count").asInt());
        assertProblem(api.post("crm/segments/preview", "{\"birthdayMonth\":13}"), 400, "birthdayMonth", "");
        JsonNode segment = api.post("crm/segments", "{\"name\":\"夏季上新\",\"rules\":" + rules + "}").json();
        assertEquals(5, segment.get("count").asInt());
        assertProblem(api.post("crm/campaigns", "{\"name\":\"x\",\"segment\":\"" + segment.get("code").asText() + "\",\"channel\":\"FAX\","
                + "\"body\":\"x\"}"), 400, "channel", "");
        String campaign = api.post("crm/campaigns", "{\"name\":\"夏季新品\",\"segment\":\"" + segment.get("code").asText() + "\","
                + "\"channel\":\"SMS\",\"body\":\"{name}您好，夏季新品已上架\"}").json().get("details").get("number").asText();

        // Consent is checked when the message goes, not when the segment was made.
        assertEquals(200, api.put("crm/members/" + codes.get(3), "{\"name\":\"夏季会员3\",\"tags\":[\"夏季\"],\"smsOptOut\":true,"
                + "\"consent\":true}").status());
        JsonNode started = api.post("crm/campaigns/" + campaign + "/start", null).json();
        assertEquals(5, started.get("details").get("total").asInt());
        assertEquals("started once", 409, api.post("crm/campaigns/" + campaign + "/start", null).status());
        waitUntil(Duration.ofSeconds(30), () -> "DONE".equals(api.get("crm/campaigns/" + campaign).json().get("details").get("status").asText()),
                "the campaign sent");
        JsonNode done = api.get("crm/campaigns/" + campaign).json();
        assertEquals(done.toString(), 2, done.get("details").get("sent").asInt());
        assertEquals(done.toString(), 3, done.get("details").get("optedOut").asInt());
        assertEquals(100, done.get("percent").asInt());
        assertEquals("one message per member", "5", query("SELECT count(*) FROM crm.campaign_message m JOIN crm.campaign c ON c.id = "
                + "m.campaign_id WHERE c.number = ?", campaign));
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("karaf.data"), "crm", "messages-SMS.jsonl");
        String written = java.nio.file.Files.readString(file);
        assertTrue(written, written.contains("夏季会员0您好") && written.contains("夏季会员4您好"));
        assertFalse(written, written.contains("夏季会员1您好") || written.contains("夏季会员2您好") || written.contains("夏季会员3您好"));
        assertEquals(409, api.post("crm/campaigns/" + campaign + "/pause", null).status());

        JsonNode care = api.get("crm/care?date=2027-07-15").json();
        assertTrue(care.toString(), care.get("birthdays").toString().contains(codes.get(0)));
        assertProblem(api.get("crm/care?date=tomorrow"), 400, "date", "");
    }

    @Test
    public void emailCampaignsGoThroughTheConfiguredSmtpServerAndPauseAndResume() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer(300)) {
            java.util.Hashtable<String, Object> settings = new java.util.Hashtable<>();
            settings.put("host", "127.0.0.1");
            settings.put("port", smtp.port());
            settings.put("from", "会员中心 <crm@shop.example>");
            settings.put("starttls", false);
            configurations.getConfiguration("io.mercato.crm.smtp", "?").update(settings);
            waitUntil(Duration.ofSeconds(30), () -> smtpSender() != null, "the SMTP sender registered");
            for (int i = 0; i < 8; i++) {
                assertEquals(201, api.post("crm/members", "{\"mobile\":\"1330000200" + i + "\",\"name\":\"邮件会员" + i + "\",\"email\":"
                        + "\"member" + i + "@example.cn\",\"tags\":[\"邮件\"],\"consent\":true}").status());
            }
            String segment = api.post("crm/segments", "{\"name\":\"邮件会员\",\"rules\":{\"tags\":[\"邮件\"]}}").json().get("code").asText();
            String campaign = api.post("crm/campaigns", "{\"name\":\"会员日\",\"segment\":\"" + segment + "\",\"channel\":\"EMAIL\","
                    + "\"subject\":\"{name}，会员日快乐\",\"body\":\"尊敬的{name}：会员日全场九折。\"}").json().get("details").get("number").asText();
            assertEquals("SENDING", api.post("crm/campaigns/" + campaign + "/start", null).json().get("details").get("status").asText());
            waitUntil(Duration.ofSeconds(20), () -> !smtp.messages().isEmpty(), "the first e-mail at the SMTP server");
            assertEquals("PAUSED", api.post("crm/campaigns/" + campaign + "/pause", null).json().get("details").get("status").asText());
            waitUntil(Duration.ofSeconds(20), () -> api.get("crm/campaigns/" + campaign).json().get("details").get("sent").asInt() == smtp.messages().size(),
                    "the batch under way finished");
            int whilePaused = smtp.messages().size();
            assertTrue("paused before the end: " + whilePaused, whilePaused < 8);
            JsonNode paused = api.get("crm/campaigns/" + campaign).json();
            assertTrue(paused.toString(), paused.get("percent").asInt() < 100);
            assertEquals(whilePaused, smtp.messages().size());
            assertEquals("SENDING", api.post("crm/campaigns/" + campaign + "/resume", null).json().get("details").get("status").asText());
            waitUntil(Duration.ofSeconds(30), () -> "DONE".equals(api.get("crm/campaigns/" + campaign).json().get("details").get("status").asText()),
                    "the campaign finished after resuming");
            assertEquals("each member once", 8, smtp.messages().size());
            assertEquals(8, api.get("crm/campaigns/" + campaign).json().get("details").get("sent").asInt());
            String first = smtp.messages().get(0);
            assertTrue(first, first.contains("X-Mercato-Campaign: " + campaign) && first.contains("To: member"));
        } finally {
            configurations.getConfiguration("io.mercato.crm.smtp", "?").delete();
        }
    }

    private Object smtpSender() {
        try {
            org.osgi.framework.ServiceReference<?>[] found = bundleContext.getServiceReferences((String) null,
                    "(&(objectClass=io.mercato.crm.api.MessageSender)(mercato.crm.channel=EMAIL)(service.ranking=100))");
            return found == null ? null : found[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String available(String sku, String warehouse) throws Exception {
        return query("SELECT on_hand - reserved FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
                + "WHERE s.sku = ? AND w.code = ?", sku, warehouse);
    }

    private String uncheckedAvailable(String sku, String warehouse) {
        try {
            return available(sku, warehouse);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ladder with the entry tier's minimum spend and silver's (one order enough for silver). */
    private static String tiers(String entrySpend, String silverSpend) {
        return "[{\"code\":\"NORMAL\",\"nameZh\":\"普通会员\",\"nameEn\":\"Member\",\"minSpend\":" + entrySpend + ",\"minOrders\":0,"
                + "\"pointsPerYuan\":1.00},{\"code\":\"SILVER\",\"rank\":1,\"nameZh\":\"银卡会员\",\"nameEn\":\"Silver\",\"minSpend\":" + silverSpend
                + ",\"minOrders\":1,\"pointsPerYuan\":1.20},{\"code\":\"GOLD\",\"nameZh\":\"金卡会员\",\"nameEn\":\"Gold\",\"minSpend\":8000,"
                + "\"minOrders\":8,\"pointsPerYuan\":1.50},{\"code\":\"DIAMOND\",\"nameZh\":\"钻石会员\",\"nameEn\":\"Diamond\","
                + "\"minSpend\":20000,\"minOrders\":15,\"pointsPerYuan\":2.00}]";
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }
}
