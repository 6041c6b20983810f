package io.mercato.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The delivery department in the running distribution: intake checked and stored once per channel order, scored by
 * the versioned risk rules, reviewed from the queue, allocated through the warehouse's reservations (nearest region,
 * backorders served when stock arrives, cancellations giving stock back), concurrent intakes that never oversell, and
 * intake that goes on while the warehouse department is uninstalled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeliveryIT extends MercatoTestSupport {
    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private FeaturesService features;

    private ApiClient api;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("delivery/orders").status() == 200, "delivery API");
        waitForWarehouseApi();
    }

    @Test
    public void anOrderIsCheckedScoredReviewedAndAllocated() throws Exception {
        warehouse("DL-EAST", "华东");
        warehouse("DL-SOUTH", "华南");
        receive("DL-TEA", "DL-SOUTH", 50);
        receive("DL-TEA", "DL-EAST", 5);
        receive("DL-CUP", "DL-EAST", 10);

        // What cannot be an order is refused with the field named, and nothing is stored.
        assertProblem(api.post("delivery/orders", order("OWN_SITE", "W-1", "13812345678", "浙江", "DL-TEA", 1, "10.00")), 400,
                "Idempotency-Key", "");
        assertProblem(intake(order("OWN_SITE", "W-1", "13812345678", "浙江", "DL-TEA", 0, "10.00")), 400, "lines[0].quantity", "");
        assertProblem(intake(order("OWN_SITE", "W-1", "13812345678", "浙江", "DL-TEA", 1, "10.005")), 400, "lines[0].unitPrice", "");
        assertProblem(intake(order("OWN_SITE", "W-1", "13812345678", "Atlantis", "DL-TEA", 1, "10.00")), 400, "customer.address.province", "");
        assertProblem(intake(order("OWN_SITE", "W-1", "138-CALL-ME", "浙江", "DL-TEA", 1, "10.00")), 400, "customer.phone", "");
        assertProblem(intake(order("OWN_SITE", "W-1", "13812345678", "浙江", "DL-TEA", 1, "10.00").replace("\"shippingFee\":8",
                "\"shippingFee\":8,\"total\":100")), 400, "total", "does not add up");
        assertProblem(intake("{\"channel\":\"OWN_SITE\",\"channelOrder\":\"W-1\",\"customer\":{\"name\":\"王\",\"phone\":\"13812345678\","
                + "\"address\":{\"province\":\"浙江\"}},\"lines\":[],\"payment\":{\"method\":\"COD\"}}"), 400, "lines", "");
        assertEquals("0", query("SELECT count(*) FROM delivery.sales_order WHERE channel_order = 'W-1'"));

        // A clean order is confirmed and allocated at once, in its own region; a retry returns it, a second intake is refused.
        String clean = order("OWN_SITE", "W-1", "13812345678", "浙江", "DL-CUP", 3, "25.50");
        ApiClient.Answer first = api.post("delivery/orders", clean, "intake-W-1");
        assertEquals(first.body(), 201, first.status());
        JsonNode taken = first.json();
        String number = taken.get("number").asText();
        assertEquals("ALLOCATED", taken.get("status").asText());
        assertTrue("money keeps its fen: " + first.body(), first.body().contains("\"total\":84.50"));
        assertEquals("DL-EAST", taken.get("allocations").get(0).get("warehouseCode").asText());
        assertEquals(number, api.post("delivery/orders", clean, "intake-W-1").json().get("number").asText());
        ApiClient.Answer again = api.post("delivery/orders", clean, "intake-W-1-again");
        assertEquals(409, again.status());
        assertTrue(again.body(), again.body().contains(number));
        assertEquals("7", reservable("DL-CUP", "DL-EAST"));
        List<String> steps = new ArrayList<>();
        taken.get("timeline").forEach(entry -> steps.add(entry.get("to").asText("")));
        assertTrue(steps.toString(), steps.containsAll(List.of("RECEIVED", "CONFIRMED", "ALLOCATED")));
        assertTrue(api.get("audit?entity=sales-order&entityId=" + number).body().contains("order.allocated"));
        assertEquals("each step is an outbox event", "3", query("SELECT count(*) FROM platform.outbox_event WHERE topic LIKE 'mercato/delivery/order-%' "
                + "AND payload->>'order' = ?", number));

        // Six units in the east but only five there: the whole order ships from the south rather than split.
        JsonNode south = intake(order("TMALL", "T-2", "13812345679", "浙江", "DL-TEA", 6, "12.00")).json();
        assertEquals("DL-SOUTH", south.get("allocations").get(0).get("warehouseCode").asText());

        // A doubtful order waits for review with its reasons, holds its stock meanwhile, and is edited and confirmed.
        String doubtful = "{\"channel\":\"JD\",\"channelOrder\":\"JD-3\",\"customer\":{\"name\":\"李雷\",\"phone\":\"12345678\","
                + "\"address\":{\"province\":\"浙江省\",\"city\":\"杭州市\",\"street\":\"文三路\"}},\"lines\":[{\"sku\":\"DL-CUP\",\"quantity\":2,"
                + "\"unitPrice\":25.50}],\"payment\":{\"method\":\"COD\"}}";
        JsonNode dryRun = api.post("delivery/orders/score", doubtful).json();
        assertEquals("HOLD", dryRun.get("decision").asText());
        assertEquals("0", query("SELECT count(*) FROM delivery.sales_order WHERE channel_order = 'JD-3'"));
        JsonNode flagged = intake(doubtful).json();
        String flaggedNumber = flagged.get("number").asText();
        assertEquals("UNDER_REVIEW", flagged.get("status").asText());
        assertEquals("RESERVED", flagged.get("stockState").asText());
        String reasons = flagged.get("risk").get("findings").toString();
        assertTrue(reasons, reasons.contains("PHONE_INVALID") && reasons.contains("ADDRESS_INCOMPLETE") && reasons.contains("电话"));
        assertTrue(api.get("delivery/review-queue").body().contains(flaggedNumber));
        JsonNode edited = api.post("delivery/orders/" + flaggedNumber + "/contact", "{\"phone\":\"13900001111\",\"address\":{\"province\":"
                + "\"浙江省\",\"city\":\"杭州市\",\"district\":\"西湖区\",\"street\":\"文三路 100 号 2 幢\"},\"reason\":\"客户来电确认\"}").json();
        JsonNode edit = edited.get("timeline").get(edited.get("timeline").size() - 1);
        assertEquals("CONTACT_EDITED", edit.get("kind").asText());
        assertEquals("12345678", edit.get("details").get("before").get("phone").asText());
        assertEquals("13900001111", edit.get("details").get("after").get("phone").asText());
        assertEquals(0, edit.get("details").get("scoreAfter").asInt());
        JsonNode confirmed = api.post("delivery/orders/" + flaggedNumber + "/confirm", null).json();
        assertEquals("ALLOCATED", confirmed.get("status").asText());
        assertFalse(api.get("delivery/review-queue").body().contains(flaggedNumber));

        // Cancelling gives the stock back (through the outbox, exactly once).
        assertProblem(api.post("delivery/orders/" + number + "/cancel", "{}"), 400, "reason", "");
        assertEquals("CANCELLED", api.post("delivery/orders/" + number + "/cancel", "{\"reason\":\"客户取消\"}").json().get("status").asText());
        waitUntil(Duration.ofSeconds(15), () -> "RELEASED".equals(api.get("delivery/orders/" + number).json().get("stockState").asText()),
                "the cancelled order's stock released");
        assertEquals("RELEASED", api.get("warehouse/reservations/" + number + ".L1.DL-EAST").json().get("status").asText());
        assertEquals(409, api.post("delivery/orders/" + number + "/confirm", null).status());

        // More than the network has: on hold until the goods arrive, then allocated by itself.
        JsonNode held = intake(order("OWN_SITE", "W-4", "13812345670", "浙江", "DL-CUP", 15, "25.50")).json();
        assertEquals("ON_HOLD", held.get("status").asText());
        receive("DL-CUP", "DL-EAST", 40);
        String heldNumber = held.get("number").asText();
        waitUntil(Duration.ofSeconds(15), () -> "ALLOCATED".equals(api.get("delivery/orders/" + heldNumber).json().get("status").asText()),
                "the backorder allocated when stock arrived");

        // A new rule version scores the next orders; each order keeps the version that scored it.
        assertProblem(api.post("delivery/risk-rules", "{\"settings\":{\"holdAt\":50,\"rejectAt\":40}}"), 400, "rejectAt", "");
        JsonNode version = api.post("delivery/risk-rules", "{\"settings\":{\"weights\":{\"MISSING_FIELD\":60}},\"note\":\"严查缺失信息\"}").json();
        int rules = version.get("version").asInt();
        assertTrue(rules >= 2);
        JsonNode strict = intake(order("OWN_SITE", "W-5", "13812345671", "浙江", "DL-CUP", 1, "25.50").replace("\"method\":\"COD\"",
                "\"method\":\"PREPAID\"")).json();
        assertEquals(rules, strict.get("risk").get("version").asInt());
        assertEquals(60, strict.get("risk").get("score").asInt());
        assertEquals("UNDER_REVIEW", strict.get("status").asText());

        // Blacklisting from the queue cancels the order; the next order from that phone is rejected for review.
        JsonNode blacklisted = api.post("delivery/orders/" + strict.get("number").asText() + "/blacklist", "{\"reason\":\"恶意下单\"}").json();
        assertEquals("CANCELLED", blacklisted.get("status").asText());
        JsonNode next = intake(order("OWN_SITE", "W-6", "138 1234 5671", "浙江", "DL-CUP", 1, "25.50")).json();
        assertEquals("REJECT", next.get("risk").get("decision").asText());
        assertTrue(next.get("risk").get("findings").toString().contains("BLACKLIST_MATCH"));
        assertEquals("NONE", next.get("stockState").asText());
        assertTrue(api.get("delivery/orders?q=13812345671").body().contains(next.get("number").asText()));
        assertTrue(api.get("delivery/orders?status=CANCELLED").body().contains(number));
        assertProblem(api.get("delivery/orders?status=LOST"), 400, "status", "");
    }

    @Test
    public void concurrentIntakesForHotSkusNeverOversell() throws Exception {
        warehouse("DL-HOT-A", "华东");
        warehouse("DL-HOT-B", "华北");
        for (int sku = 1; sku <= 5; sku++) {
            receive("HOT-" + sku, "DL-HOT-A", 12);
            receive("HOT-" + sku, "DL-HOT-B", 8);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> calls = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 64; i++) {
            int first = 1 + random.nextInt(5);
            int second = 1 + (first % 5);
            String body = "{\"channel\":\"DOUYIN\",\"channelOrder\":\"HOT-" + i + "\",\"customer\":{\"name\":\"张三丰\",\"phone\":\"1370000"
                    + String.format("%04d", i) + "\",\"address\":{\"province\":\"上海\",\"city\":\"上海市\",\"district\":\"浦东新区\","
                    + "\"street\":\"世纪大道 " + i + " 号\"}},\"lines\":[{\"sku\":\"HOT-" + first + "\",\"quantity\":" + (1 + random.nextInt(3))
                    + ",\"unitPrice\":9.90},{\"sku\":\"HOT-" + second + "\",\"quantity\":" + (1 + random.nextInt(2))
                    + ",\"unitPrice\":19.90}],\"payment\":{\"method\":\"PREPAID\",\"reference\":\"PAY-HOT-" + i + "\"}}";
            String key = "hot-" + i;
            calls.add(pool.submit(() -> statuses.computeIfAbsent(api.post("delivery/orders", body, key).status(), s -> new AtomicInteger())
                    .incrementAndGet()));
        }
        // Fifty intakes of one channel order at once: exactly one order.
        String same = order("PINDUODUO", "PDD-SAME", "13700009999", "上海", "HOT-1", 1, "9.90");
        Map<Integer, AtomicInteger> duplicates = new ConcurrentHashMap<>();
        for (int i = 0; i < 50; i++) {
            String key = "same-" + i;
            calls.add(pool.submit(() -> duplicates.computeIfAbsent(api.post("delivery/orders", same, key).status(), s -> new AtomicInteger())
                    .incrementAndGet()));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 64, statuses.get(201).get());
        assertEquals(duplicates.toString(), 1, duplicates.get(201).get());
        assertEquals(duplicates.toString(), 49, duplicates.get(409).get());
        assertEquals("1", query("SELECT count(*) FROM delivery.sales_order WHERE channel_order = 'PDD-SAME'"));

        assertEquals("every order allocated or waiting for stock when its intake answered: " + query("SELECT string_agg(number || ' ' || status "
                + "|| ' ' || stock_state || ' ' || risk_findings::text, '; ') FROM delivery.sales_order WHERE channel = 'DOUYIN' AND status NOT IN "
                + "('ALLOCATED', 'ON_HOLD')"), "0", query("SELECT count(*) FROM "
                + "delivery.sales_order WHERE channel = 'DOUYIN' AND channel_order LIKE 'HOT-%' AND status NOT IN ('ALLOCATED', 'ON_HOLD')"));
        assertNotEquals("some orders allocated", "0", query("SELECT count(*) FROM delivery.sales_order WHERE channel = 'DOUYIN' AND status = 'ALLOCATED'"));
        assertEquals("no stock row below zero", "0", query("SELECT count(*) FROM warehouse.stock WHERE sku LIKE 'HOT-%' "
                + "AND (reserved > on_hand OR on_hand < 0)"));
        assertEquals("reservations equal what allocated orders hold", query("SELECT COALESCE(sum(reserved), 0) FROM warehouse.stock WHERE sku LIKE 'HOT-%'"),
                query("SELECT COALESCE(sum(a.quantity), 0) FROM delivery.allocation a JOIN delivery.sales_order o ON o.id = a.order_id "
                        + "WHERE a.sku LIKE 'HOT-%' AND a.status = 'RESERVED'"));
        assertEquals("an allocated order holds all its units", "0", query("SELECT count(*) FROM delivery.sales_order o WHERE o.status = 'ALLOCATED' "
                + "AND o.channel = 'DOUYIN' AND (SELECT sum(quantity) FROM delivery.order_line l WHERE l.order_id = o.id) "
                + "<> (SELECT sum(quantity) FROM delivery.allocation a WHERE a.order_id = o.id)"));
    }

    @Test
    public void intakeGoesOnWithoutTheWarehouseAndAllocationCatchesUp() throws Exception {
        warehouse("DL-AWAY", "华东");
        receive("DL-AWAY-SKU", "DL-AWAY", 10);
        features.uninstallFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        String number;
        try {
            waitUntil(Duration.ofSeconds(30), () -> api.get("warehouse/warehouses").status() == 404, "warehouse department gone");
            String body = order("OWN_SITE", "AWAY-1", "13812340000", "江苏", "DL-AWAY-SKU", 4, "30.00");
            ApiClient.Answer taken = api.post("delivery/orders", body, "away-1");
            assertEquals(taken.body(), 201, taken.status());
            number = taken.json().get("number").asText();
            assertEquals("CONFIRMED", taken.json().get("status").asText());
            assertEquals("WAITING", taken.json().get("stockState").asText());
            assertEquals("a retry during the outage", number, api.post("delivery/orders", body, "away-1").json().get("number").asText());
        } finally {
            features.installFeature("mercato-warehouse", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        waitForWarehouseApi();
        String waiting = number;
        waitUntil(Duration.ofSeconds(30), () -> "ALLOCATED".equals(api.get("delivery/orders/" + waiting).json().get("status").asText()),
                "allocated once the warehouse is back");
        assertEquals("reserved once", "4", query("SELECT reserved FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
                + "WHERE s.sku = 'DL-AWAY-SKU' AND w.code = 'DL-AWAY'"));
        assertEquals("1", query("SELECT count(*) FROM warehouse.reservation WHERE order_ref = ?", number));
    }

    private ApiClient.Answer intake(String body) {
        return api.post("delivery/orders", body, "it-" + java.util.UUID.randomUUID());
    }

    private static String order(String channel, String channelOrder, String phone, String province, String sku, int quantity, String price) {
        return "{\"channel\":\"" + channel + "\",\"channelOrder\":\"" + channelOrder + "\",\"customer\":{\"name\":\"王小明\",\"phone\":\""
                + phone + "\",\"address\":{\"province\":\"" + province + "\",\"city\":\"" + city(province) + "\",\"district\":\"" + district(province)
                + "\",\"street\":\"幸福路 88 号 " + channelOrder + " 室\",\"postcode\":\"310000\"}},\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + ",\"unitPrice\":" + price + "}],\"shippingFee\":8,\"payment\":{\"method\":\"COD\"},\"buyerNote\":\"请尽快发货\"}";
    }

    private static String city(String province) {
        return switch (province) {
            case "广东" -> "广州市";
            case "江苏" -> "南京市";
            case "上海" -> "上海市";
            default -> "杭州市";
        };
    }

    private static String district(String province) {
        return "上海".equals(province) ? "浦东新区" : "中心区";
    }

    private void warehouse(String code, String region) {
        int status = api.post("warehouse/warehouses", "{\"code\":\"" + code + "\",\"name\":\"配送仓 " + code + "\",\"region\":\"" + region + "\"}").status();
        assertTrue("warehouse " + code + ": " + status, status == 201 || status == 409);
    }

    private void receive(String sku, String warehouse, int quantity) {
        ApiClient.Answer received = api.post("warehouse/receipts", "{\"sku\":\"" + sku + "\",\"warehouseCode\":\"" + warehouse
                + "\",\"quantity\":" + quantity + "}");
        assertEquals(received.body(), 200, received.status());
    }

    private String reservable(String sku, String warehouse) throws Exception {
        return query("SELECT on_hand - reserved FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
                + "WHERE s.sku = ? AND w.code = ?", sku, warehouse);
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }
}
