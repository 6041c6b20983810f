package io.mercato.itests;

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
import org.ops4j.pax.exam.Configuration;
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

    private ApiClient api;
    private SalesOrderFlow flow;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

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
        JsonNode saved = api.put("crm/tiers", tiers("0", "150.00")).json();
        assertEquals(saved.toString(), 0, new java.math.BigDecimal("150").compareTo(saved.get(1).get("minSpend").decimalValue()));

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
