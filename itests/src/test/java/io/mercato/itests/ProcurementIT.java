package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
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
 * Procurement in the running distribution: suppliers and their standing, purchase orders through the approval chain
 * (a changed order asks again, a copy never inherits an approval), receiving with an exact tolerance, and stock posted
 * into the warehouse exactly once through the outbox, also when the warehouse department was uninstalled meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProcurementIT extends MercatoTestSupport {
    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private FeaturesService features;

    private ApiClient api;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("procurement/suppliers").status() == 200, "procurement API");
        int template = api.post("org/template", "{\"template\":\"functional-sme\"}").status();
        assertTrue("template applied now or by another test: " + template, template == 201 || template == 409);
    }

    @Test
    public void suppliersAreKeptWithTheirStandingAndABlockedOneGetsNoOrders() {
        ApiClient.Answer created = createSupplier("SUP-BLOCK", "杭州丝绸有限公司");
        assertEquals(created.body(), 201, created.status());
        assertEquals("PROC-LOG", created.json().get("orgDepartment").asText());
        assertEquals(409, createSupplier("SUP-BLOCK", "again").status());
        assertProblem(api.post("procurement/suppliers", "{\"code\":\"x\",\"name\":\"\",\"paymentTerms\":\"SOMEDAY\"}"), 400, "code", "");
        assertTrue(api.get("procurement/suppliers?q=" + java.net.URLEncoder.encode("丝绸", java.nio.charset.StandardCharsets.UTF_8))
                .body().contains("SUP-BLOCK"));

        assertProblem(api.post("procurement/suppliers/SUP-BLOCK/status", "{\"status\":\"BLOCKED\"}"), 400, "reason", "");
        JsonNode blocked = api.post("procurement/suppliers/SUP-BLOCK/status", "{\"status\":\"BLOCKED\",\"reason\":\"质量问题\"}").json();
        assertEquals("BLOCKED", blocked.get("status").asText());
        ApiClient.Answer refused = api.post("procurement/purchase-orders", order("SUP-BLOCK", "WH-PROC-1", "SKU-B1", 10, "5.00"));
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body().contains("supplier-blocked"));
        assertTrue(api.get("audit?entity=supplier&entityId=SUP-BLOCK").body().contains("supplier.status-changed"));
    }

    @Test
    public void anOrderAboveTheThresholdIsApprovedAlongTheChainAndAskedAgainWhenItChanges() throws Exception {
        hire(api, "po.buyer", "采购 冯", "BUYER");
        hire(api, "po.manager", "经理 褚", "PL-MGR");
        hire(api, "po.gm", "总经理 卫", "GM");
        ApiClient buyer = new ApiClient(baseUrl()).login("po.buyer", "po.buyer-password-1");
        assertEquals(201, createSupplier("SUP-APPR", "Shenzhen Parts Ltd.").status());

        JsonNode draft = buyer.post("procurement/purchase-orders", order("SUP-APPR", "WH-PROC-1", "SKU-A1", 1000, "80.0000")).json();
        String number = draft.get("number").asText();
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(0, new java.math.BigDecimal("80000.00").compareTo(draft.get("total").decimalValue()));
        assertEquals(409, buyer.post("procurement/purchase-orders/" + number + "/send", null).status());

        JsonNode submitted = buyer.post("procurement/purchase-orders/" + number + "/submit", null).json();
        assertEquals("AWAITING_APPROVAL", submitted.get("status").asText());
        long approval = submitted.get("approvalId").asLong();
        decideAlongTheChain(approval);
        waitUntil(Duration.ofSeconds(15), () -> "APPROVED".equals(buyer.get("procurement/purchase-orders/" + number).json()
                .get("status").asText()), "the order approved once the chain decided");

        JsonNode copy = buyer.post("procurement/purchase-orders/" + number + "/copy", null).json();
        assertEquals("DRAFT", copy.get("status").asText());
        assertEquals(number, copy.get("copiedFrom").asText());
        assertFalse("a copy never inherits an approval", copy.get("approvedForThisRevision").asBoolean());
        assertEquals(409, buyer.post("procurement/purchase-orders/" + copy.get("number").asText() + "/send", null).status());

        JsonNode revised = buyer.put("procurement/purchase-orders/" + number, order("SUP-APPR", "WH-PROC-1", "SKU-A1", 1000, "79.5000")).json();
        assertEquals("a new price sends it back", "DRAFT", revised.get("status").asText());
        assertEquals(2, revised.get("revision").asInt());
        assertFalse(revised.get("approvedForThisRevision").asBoolean());
        assertEquals(409, buyer.post("procurement/purchase-orders/" + number + "/send", null).status());

        JsonNode small = buyer.post("procurement/purchase-orders", order("SUP-APPR", "WH-PROC-1", "SKU-A2", 10, "12.50")).json();
        JsonNode smallSubmitted = buyer.post("procurement/purchase-orders/" + small.get("number").asText() + "/submit", null).json();
        assertEquals("below the threshold no approval is needed", "APPROVED", smallSubmitted.get("status").asText());
        assertProblem(buyer.post("procurement/purchase-orders/" + small.get("number").asText() + "/cancel", "{}"), 400, "reason", "");
        assertEquals("CANCELLED", buyer.post("procurement/purchase-orders/" + small.get("number").asText() + "/cancel",
                "{\"reason\":\"供应商缺货\"}").json().get("status").asText());
    }

    @Test
    public void receiptsPostStockOnceAlsoWhenTheWarehouseDepartmentWasAway() throws Exception {
        assertTrue(api.post("warehouse/warehouses", "{\"code\":\"WH-PROC-1\",\"name\":\"采购收货仓\",\"region\":\"华东\","
                + "\"address\":\"上海\"}").status() / 100 == 2 || api.get("warehouse/warehouses/WH-PROC-1").status() == 200);
        assertEquals(201, createSupplier("SUP-RECV", "宁波包装厂").status());
        String body = "{\"supplier\":\"SUP-RECV\",\"warehouseCode\":\"WH-PROC-1\",\"expectedOn\":\"" + LocalDate.now().plusDays(3)
                + "\",\"lines\":[{\"sku\":\"SKU-R1\",\"quantity\":100,\"unitPrice\":3.20,\"tolerancePercent\":2}]}";
        String number = api.post("procurement/purchase-orders", body).json().get("number").asText();
        assertEquals("APPROVED", api.post("procurement/purchase-orders/" + number + "/submit", null).json().get("status").asText());
        assertEquals(409, api.post("procurement/purchase-orders/" + number + "/receipts",
                "{\"lines\":[{\"line\":1,\"received\":1}]}").status());
        assertEquals("SENT", api.post("procurement/purchase-orders/" + number + "/send", null).json().get("status").asText());

        JsonNode partly = api.post("procurement/purchase-orders/" + number + "/receipts",
                "{\"lines\":[{\"line\":1,\"received\":60,\"rejected\":2,\"rejectReason\":\"外箱破损\"}]}").json();
        assertEquals("PARTIALLY_RECEIVED", partly.get("status").asText());
        assertEquals(58, partly.get("lines").get(0).get("accepted").asInt());
        waitUntil(Duration.ofSeconds(15), () -> onHand("SKU-R1", "WH-PROC-1") == 58, "58 units posted into the warehouse");

        assertProblem(api.post("procurement/purchase-orders/" + number + "/receipts", "{\"lines\":[{\"line\":1,\"received\":45}]}"),
                400, "lines[0].received", "");
        assertProblem(api.post("procurement/purchase-orders/" + number + "/receipts", "{\"lines\":[{\"line\":1,\"received\":1.5}]}"),
                400, "lines[0].received", "");
        assertProblem(api.post("procurement/purchase-orders/" + number + "/receipts", "{\"lines\":[{\"line\":9,\"received\":1}]}"),
                400, "lines[0].line", "");

        features.uninstallFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitUntil(Duration.ofSeconds(30), () -> api.get("warehouse/warehouses").status() == 404, "warehouse department gone");
            JsonNode full = api.post("procurement/purchase-orders/" + number + "/receipts",
                    "{\"lines\":[{\"line\":1,\"received\":44}]}", "receipt-" + number).json();
            assertEquals("exactly the 2 % tolerance: 58 + 44 = 102", "RECEIVED", full.get("status").asText());
            assertFalse("waits for the warehouse", full.get("receipts").get(1).get("stockPosted").asBoolean());
            JsonNode retried = api.post("procurement/purchase-orders/" + number + "/receipts",
                    "{\"lines\":[{\"line\":1,\"received\":44}]}", "receipt-" + number).json();
            assertEquals("a retried receipt records nothing twice", 2, retried.get("receipts").size());
            JsonNode posting = subscription("procurement.stock-posting");
            assertFalse(posting.get("installed").asBoolean());
            assertEquals(1, posting.get("pending").asLong());
        } finally {
            features.installFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        waitForWarehouseApi();
        waitUntil(Duration.ofSeconds(30), () -> onHand("SKU-R1", "WH-PROC-1") == 102, "the waiting receipt posted once the warehouse is back");
        waitUntil(Duration.ofSeconds(10), () -> subscription("procurement.stock-posting").get("pending").asLong() == 0, "no backlog");
        assertEquals("one stock movement per receipt", "2", query("SELECT count(*) FROM warehouse.movement WHERE reference LIKE ?",
                number + "/R%"));
        JsonNode received = api.get("procurement/purchase-orders/" + number).json();
        for (JsonNode receipt : received.get("receipts")) {
            assertTrue(receipt.toString(), receipt.get("stockPosted").asBoolean());
        }
        assertEquals(409, api.post("procurement/purchase-orders/" + number + "/cancel", "{\"reason\":\"late\"}").status());

        JsonNode card = api.get("procurement/suppliers/SUP-RECV/scorecard").json();
        assertEquals(12, card.get("byMonth").size());
        assertTrue("a month without due orders has no data, not 100 %", card.get("byMonth").get(0).get("onTimePercent").isNull());
        assertTrue("one order is too few for a grade", card.get("grade").isNull());
        assertEquals("SKU-R1", card.get("prices").get(0).get("sku").asText());
        assertProblem(api.get("procurement/suppliers/SUP-RECV/scorecard?months=99"), 400, "months", "");
    }

    @Test
    public void bidsStaySealedUntilOpeningAndTheProposalIsAwardedOnce() throws Exception {
        hire(api, "td.buyer", "采购 蒋", "BUYER");
        hire(api, "td.manager", "经理 沈", "PL-MGR");
        hire(api, "td.gm", "总经理 韦", "GM");
        ApiClient buyer = new ApiClient(baseUrl()).login("td.buyer", "td.buyer-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("td.manager", "td.manager-password-1");
        for (String code : new String[] {"TD-SUP-A", "TD-SUP-B", "TD-SUP-C"}) {
            assertEquals(201, createSupplier(code, "招标供应商 " + code).status());
            assertEquals(201, api.post("procurement/suppliers/" + code + "/accounts", "{\"username\":\"" + code.toLowerCase()
                    + "\",\"password\":\"" + code.toLowerCase() + "-password-1\"}").status());
        }
        ApiClient supplierA = new ApiClient(baseUrl()).login("td-sup-a", "td-sup-a-password-1");
        ApiClient supplierB = new ApiClient(baseUrl()).login("td-sup-b", "td-sup-b-password-1");
        ApiClient outsider = new ApiClient(baseUrl()).login("td-sup-c", "td-sup-c-password-1");
        String needed = LocalDate.now().plusDays(30).toString();
        String tender = buyer.post("procurement/tenders", "{\"title\":\"春季面料招标\",\"deadline\":\""
                + java.time.OffsetDateTime.now().plusSeconds(8) + "\",\"warehouseCode\":\"WH-PROC-1\",\"items\":["
                + "{\"sku\":\"TD-FABRIC\",\"quantity\":500,\"neededBy\":\"" + needed + "\"}],\"suppliers\":[\"TD-SUP-A\",\"TD-SUP-B\"]}")
                .json().get("number").asText();
        String bid = "{\"lines\":[{\"item\":1,\"unitPrice\":%s,\"leadTimeDays\":5,\"validUntil\":\"" + needed + "\"}]}";
        JsonNode receipt = supplierA.post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, "7.7731")).json();
        assertEquals(64, receipt.get("digest").asText().length());
        // Twenty amendments at once from one supplier leave exactly one live bid.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String price = "8.10" + String.format("%02d", i);
            answers.add(pool.submit(() -> supplierB.post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, price)).status()));
        }
        for (java.util.concurrent.Future<Integer> answer : answers) {
            assertEquals(201, (int) answer.get());
        }
        pool.shutdown();
        JsonNode mine = supplierB.get("procurement/portal/tenders/" + tender).json();
        assertEquals(20, mine.get("myBid").get("version").asInt());
        assertEquals(404, outsider.get("procurement/portal/tenders/" + tender).status());
        assertEquals(404, outsider.post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, "1.00")).status());
        assertEquals(403, supplierA.get("procurement/suppliers").status());
        assertEquals("an external login reaches only what is opened to it", 403, supplierA.get("approvals/inbox").status());
        assertEquals(403, supplierA.get("org/me").status());
        assertEquals(200, supplierA.get("console/departments").status());

        // Sealed: every read path shows the count, never a price.
        JsonNode sealed = buyer.get("procurement/tenders/" + tender).json();
        assertTrue(sealed.get("sealed").asBoolean());
        assertEquals(2, sealed.get("bidCount").asInt());
        for (String body : new String[] {sealed.toString(), buyer.get("procurement/tenders").body(),
                api.get("audit?entityId=" + tender + "&size=200").body(), supplierB.get("procurement/portal/tenders/" + tender).body(),
                supplierB.get("procurement/portal/tenders").body(), api.get("procurement/tenders/" + tender).body()}) {
            assertFalse("a sealed price leaked: " + body, body.contains("7.773") || body.contains(receipt.get("digest").asText()));
        }
        assertEquals(409, buyer.post("procurement/tenders/" + tender + "/award", "{}").status());

        waitUntil(Duration.ofSeconds(20), () -> buyer.post("procurement/tenders/" + tender + "/open", null).json()
                .get("status").asText().equals("OPENED"), "the tender opened after its deadline");
        assertEquals(409, supplierA.post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, "1.00")).status());
        JsonNode opened = buyer.get("procurement/tenders/" + tender).json();
        assertEquals(2, opened.get("bids").size());
        assertEquals("TD-SUP-A", opened.get("comparison").get(0).get("proposed").get("supplier").asText());
        JsonNode openedA = opened.get("bids").get(0);
        assertEquals(receipt.get("digest").asText(), openedA.get("digest").asText());
        assertEquals(receipt.get("nonce").asText(), openedA.get("nonce").asText());

        assertProblem(buyer.post("procurement/tenders/" + tender + "/award", "{\"items\":[{\"item\":1,\"supplier\":\"TD-SUP-B\"}]}"),
                400, "justification", "");
        JsonNode awarded = buyer.post("procurement/tenders/" + tender + "/award", "{}", "award-" + tender).json();
        assertEquals("AWARDED", awarded.get("status").asText());
        String order = awarded.get("awards").get(0).get("purchaseOrder").asText();
        JsonNode po = api.get("procurement/purchase-orders/" + order).json();
        assertEquals("TD-SUP-A", po.get("supplier").asText());
        assertEquals(0, new java.math.BigDecimal("7.7731").compareTo(po.get("lines").get(0).get("unitPrice").decimalValue()));
        assertEquals("a retried award replays", order, buyer.post("procurement/tenders/" + tender + "/award", "{}", "award-" + tender)
                .json().get("awards").get(0).get("purchaseOrder").asText());
        assertEquals("an awarded tender is closed", 409, buyer.post("procurement/tenders/" + tender + "/award", "{}").status());
        assertEquals(1, api.get("procurement/purchase-orders?q=TD-SUP-A").json().get("total").asInt());

        // Early opening takes two people, one of them a supervisor; an award other than the proposal needs the chain.
        String early = buyer.post("procurement/tenders", "{\"title\":\"包装招标\",\"deadline\":\"" + java.time.OffsetDateTime.now().plusDays(3)
                + "\",\"warehouseCode\":\"WH-PROC-1\",\"items\":[{\"sku\":\"TD-BOX\",\"quantity\":100,\"neededBy\":\"" + needed
                + "\"}],\"suppliers\":[\"TD-SUP-A\",\"TD-SUP-B\"]}").json().get("number").asText();
        assertEquals(201, supplierA.post("procurement/portal/tenders/" + early + "/bids", String.format(bid, "2.00")).status());
        assertEquals(201, supplierB.post("procurement/portal/tenders/" + early + "/bids", String.format(bid, "2.50")).status());
        JsonNode asked = buyer.post("procurement/tenders/" + early + "/open", null).json();
        assertEquals("OPEN", asked.get("status").asText());
        assertEquals("td.buyer", asked.get("earlyOpenRequestedBy").asText());
        assertEquals(409, buyer.post("procurement/tenders/" + early + "/open", null).status());
        assertEquals("OPENED", manager.post("procurement/tenders/" + early + "/open", null).json().get("status").asText());
        JsonNode pending = buyer.post("procurement/tenders/" + early + "/award", "{\"items\":[{\"item\":1,\"supplier\":\"TD-SUP-B\"}],"
                + "\"justification\":\"B 的交期更可靠\"}").json();
        assertEquals("AWARD_PENDING", pending.get("status").asText());
        decide(pending.get("approvalId").asLong(), "td.manager", "td.gm");
        waitUntil(Duration.ofSeconds(15), () -> "AWARDED".equals(buyer.get("procurement/tenders/" + early).json().get("status").asText()),
                "the justified award approved");
        assertTrue(api.get("procurement/purchase-orders?q=TD-SUP-B").json().get("total").asInt() >= 1);
    }

    private void decide(long approval, String manager, String generalManager) {
        for (int step = 0; step < 3; step++) {
            JsonNode current = api.get("approvals/" + approval).json();
            if (!"PENDING".equals(current.get("status").asText())) {
                return;
            }
            String decider = "GM".equals(current.get("waitingForPosition").asText()) ? generalManager : manager;
            ApiClient.Answer decided = new ApiClient(baseUrl()).login(decider, decider + "-password-1")
                    .post("approvals/" + approval + "/decision", "{\"decision\":\"APPROVE\"}");
            assertEquals(decided.body(), 200, decided.status());
        }
    }

    private void decideAlongTheChain(long approval) {
        for (int step = 0; step < 3; step++) {
            JsonNode current = api.get("approvals/" + approval).json();
            if (!"PENDING".equals(current.get("status").asText())) {
                assertEquals("APPROVED", current.get("status").asText());
                return;
            }
            String decider = "GM".equals(current.get("waitingForPosition").asText()) ? "po.gm" : "po.manager";
            ApiClient.Answer decided = new ApiClient(baseUrl()).login(decider, decider + "-password-1")
                    .post("approvals/" + approval + "/decision", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}");
            assertEquals(decided.body(), 200, decided.status());
        }
        assertEquals("APPROVED", api.get("approvals/" + approval).json().get("status").asText());
    }

    private ApiClient.Answer createSupplier(String code, String name) {
        return api.post("procurement/suppliers", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"contactName\":\"王经理\","
                + "\"contactPhone\":\"+86 21 5555 0100\",\"categories\":[\"服装\",\"Packaging\"],\"paymentTerms\":\"NET30\"}");
    }

    private static String order(String supplier, String warehouse, String sku, int quantity, String price) {
        return "{\"supplier\":\"" + supplier + "\",\"warehouseCode\":\"" + warehouse + "\",\"expectedOn\":\"" + LocalDate.now().plusDays(7)
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":" + price + "}]}";
    }

    private JsonNode subscription(String name) {
        for (JsonNode subscription : api.get("outbox").json().get("subscriptions")) {
            if (name.equals(subscription.get("subscriber").asText())) {
                return subscription;
            }
        }
        throw new AssertionError("no outbox subscription " + name);
    }

    private long onHand(String sku, String warehouse) {
        try {
            return Long.parseLong(query("SELECT COALESCE(sum(on_hand), 0) FROM warehouse.stock s JOIN warehouse.warehouse w "
                    + "ON w.id = s.warehouse_id WHERE s.sku = ? AND w.code = ?", sku, warehouse));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }
}
