package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

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
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode firstOfDay = api.get("delivery/orders?from=" + today + "&to=" + today + "&size=2").json();
        assertTrue(firstOfDay.toString(), firstOfDay.get("items").size() == 2 && firstOfDay.hasNonNull("next"));
        JsonNode nextOfDay = api.get("delivery/orders?from=" + today + "&to=" + today + "&size=2&after="
                + java.net.URLEncoder.encode(firstOfDay.get("next").asText(), java.nio.charset.StandardCharsets.UTF_8)).json();
        assertNotEquals("the next page of a day goes on where the first stopped", firstOfDay.get("items").get(1).get("number").asText(),
                nextOfDay.get("items").get(0).get("number").asText());
        assertTrue(api.get("delivery/orders?q=JD-3").body().contains(flaggedNumber));
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

    @Test
    public void ordersArePickedPackedShippedAndDelivered() throws Exception {
        warehouse("DL-F-EAST", "华东");
        warehouse("DL-F-NORTH", "华北");
        receive("DL-F-BAG", "DL-F-EAST", 10);
        receive("DL-F-HAT", "DL-F-NORTH", 10);
        assertProblem(api.post("delivery/couriers", "{\"code\":\"SF\",\"name\":\"顺丰速运\",\"areas\":[{\"province\":\"Atlantis\","
                + "\"promisedDays\":2}]}"), 400, "areas[0].province", "");
        assertEquals(201, api.post("delivery/couriers", "{\"code\":\"SF\",\"name\":\"顺丰速运\",\"codSupported\":true,\"trackingPattern\":"
                + "\"SF[0-9]{12}\",\"areas\":[{\"province\":\"浙江\",\"promisedDays\":2},{\"province\":\"江苏\",\"promisedDays\":3}]}").status());
        assertEquals(201, api.post("delivery/couriers", "{\"code\":\"YTO\",\"name\":\"圆通速递\",\"areas\":[{\"province\":\"浙江\","
                + "\"promisedDays\":3}]}").status());

        // One order from one warehouse, one split over two (no warehouse has both SKUs).
        String single = intake(order("OWN_SITE", "F-1", "13811110001", "浙江", "DL-F-BAG", 2, "99.00")).json().get("number").asText();
        String splitBody = order("OWN_SITE", "F-2", "13811110002", "浙江", "DL-F-BAG", 1, "99.00").replace("\"lines\":[",
                "\"lines\":[{\"sku\":\"DL-F-HAT\",\"quantity\":1,\"unitPrice\":49.00},");
        JsonNode split = intake(splitBody).json();
        String splitNumber = split.get("number").asText();
        assertEquals(split.toString(), "ALLOCATED", split.get("status").asText());
        assertEquals(2, split.get("allocations").size());

        JsonNode east = api.post("delivery/pick-lists", "{\"warehouseCode\":\"DL-F-EAST\"}").json();
        assertEquals(2, east.get("shipments").asInt());
        assertEquals("DL-F-BAG", east.get("lines").get(0).get("sku").asText());
        assertEquals("three bags for two orders, fetched once", 3, east.get("lines").get(0).get("quantity").asInt());
        assertEquals(409, api.post("delivery/pick-lists", "{\"warehouseCode\":\"DL-F-EAST\"}").status());
        assertEquals("PICKING", api.get("delivery/orders/" + single).json().get("status").asText());

        String shipment = single + "-DL-F-EAST";
        assertEquals("not packed yet", 409, api.post("delivery/shipments/" + shipment + "/ship", "{\"courier\":\"SF\"}").status());
        assertProblem(api.post("delivery/shipments/" + shipment + "/pack", "{\"boxSize\":\"M\",\"weightKg\":0}"), 400, "weightKg", "");
        assertEquals("PACKED", api.post("delivery/shipments/" + shipment + "/pack", "{\"boxSize\":\"M\",\"weightKg\":1.250}").json()
                .get("status").asText());
        assertEquals("PACKED", api.get("delivery/orders/" + single).json().get("status").asText());
        assertEquals("a cash-on-delivery order needs a courier that collects", 409,
                api.post("delivery/shipments/" + shipment + "/ship", "{\"courier\":\"YTO\"}").status());
        assertProblem(api.post("delivery/shipments/" + shipment + "/ship", "{\"courier\":\"SF\",\"trackingNumber\":\"YT123456789\"}"),
                400, "trackingNumber", "does not look like");
        JsonNode shipped = api.post("delivery/shipments/" + shipment + "/ship", "{\"courier\":\"SF\",\"trackingNumber\":\"SF100000000001\"}").json();
        assertEquals("SHIPPED", shipped.get("status").asText());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2).toString(), shipped.get("promisedBy").asText());
        assertEquals("a retry gets the same label", "SF100000000001", api.post("delivery/shipments/" + shipment + "/ship",
                "{\"courier\":\"SF\"}").json().get("trackingNumber").asText());
        assertEquals("SHIPPED", api.get("delivery/orders/" + single).json().get("status").asText());
        waitUntil(Duration.ofSeconds(15), () -> api.get("delivery/shipments/" + shipment).json().get("stockIssued").asBoolean(),
                "the shipped stock issued");
        assertEquals("10 received, 2 shipped, 1 reserved for the split order", "8", query("SELECT on_hand FROM warehouse.stock s JOIN "
                + "warehouse.warehouse w ON w.id = s.warehouse_id WHERE s.sku = 'DL-F-BAG' AND w.code = 'DL-F-EAST'"));
        assertEquals("1", query("SELECT reserved FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
                + "WHERE s.sku = 'DL-F-BAG' AND w.code = 'DL-F-EAST'"));

        // The split order: each package its own label; the order is shipped when both are.
        String eastPart = splitNumber + "-DL-F-EAST";
        api.post("delivery/shipments/" + eastPart + "/pack", "{\"boxSize\":\"S\",\"weightKg\":0.4}");
        assertEquals("a tracking number labels one package", 409, api.post("delivery/shipments/" + eastPart + "/ship",
                "{\"courier\":\"SF\",\"trackingNumber\":\"SF100000000001\"}").status());
        String eastTracking = api.post("delivery/shipments/" + eastPart + "/ship", "{\"courier\":\"SF\"}").json().get("trackingNumber").asText();
        assertEquals("one package out, the other not picked yet", "PICKING", api.get("delivery/orders/" + splitNumber).json().get("status").asText());
        assertEquals(1, api.post("delivery/pick-lists", "{\"warehouseCode\":\"DL-F-NORTH\"}").json().get("shipments").asInt());
        String northPart = splitNumber + "-DL-F-NORTH";
        api.post("delivery/shipments/" + northPart + "/pack", "{\"boxSize\":\"S\",\"weightKg\":0.3}");
        String northTracking = api.post("delivery/shipments/" + northPart + "/ship", "{\"courier\":\"SF\"}").json().get("trackingNumber").asText();
        assertNotEquals("the second package never gets the first one's number", eastTracking, northTracking);
        assertEquals("SHIPPED", api.get("delivery/orders/" + splitNumber).json().get("status").asText());

        // Couriers report: in transit, delivered; a refused cash-on-delivery parcel counts against the customer next time.
        assertProblem(api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"LOST_IN_SPACE\"}"), 400, "kind", "");
        assertProblem(api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"FAILED\"}"), 400, "reason", "");
        api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"IN_TRANSIT\"}");
        assertEquals("DELIVERED", api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"DELIVERED\"}").json().get("status").asText());
        assertEquals("DELIVERED", api.get("delivery/orders/" + single).json().get("status").asText());
        assertEquals("FAILED", api.post("delivery/shipments/" + eastPart + "/events", "{\"kind\":\"FAILED\",\"reason\":\"客户拒收\"}")
                .json().get("status").asText());
        JsonNode failedOrder = api.get("delivery/orders/" + splitNumber).json();
        assertEquals("DELIVERY_FAILED", failedOrder.get("status").asText());
        assertEquals(2, failedOrder.get("shipments").size());
        JsonNode again = api.post("delivery/orders/score", order("OWN_SITE", "F-3", "13811110002", "浙江", "DL-F-BAG", 1, "99.00")).json();
        assertTrue(again.toString(), again.get("findings").toString().contains("COD_REFUSED_BEFORE"));
    }

    @Test
    public void lateDeliveriesAndIncidentsArePenalisedWaivedDisputedAndScored() throws Exception {
        warehouse("DL-A-EAST", "华东");
        receive("DL-A-CUP", "DL-A-EAST", 20);
        assertEquals(201, api.post("delivery/couriers", "{\"code\":\"ZTO\",\"name\":\"中通快递\",\"codSupported\":true,"
                + "\"monthlyPenaltyCap\":100.00,\"areas\":[{\"province\":\"浙江\",\"promisedDays\":2}]}").status());
        List<String> packages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            intake(order("OWN_SITE", "A-" + i, "1381111200" + i, "浙江", "DL-A-CUP", 1, "15.00"));
        }
        for (JsonNode picked : api.post("delivery/pick-lists", "{\"warehouseCode\":\"DL-A-EAST\"}").json().get("orders")) {
            String number = picked.get("number").asText();
            api.post("delivery/shipments/" + number + "/pack", "{\"boxSize\":\"S\",\"weightKg\":0.5}");
            assertEquals("SHIPPED", api.post("delivery/shipments/" + number + "/ship", "{\"courier\":\"ZTO\"}").json().get("status").asText());
            packages.add(number);
        }
        assertEquals(3, packages.size());

        // Three days late (the promised day moved back, as if shipped earlier): 3 × 5.00 and 3 points, under standards v1.
        // Days count on the shop's calendar (Asia/Shanghai), whatever the hour in UTC.
        query("UPDATE delivery.shipment SET promised_by = (now() AT TIME ZONE 'Asia/Shanghai')::date - 3 WHERE number = ? RETURNING id",
                packages.get(0));
        api.post("delivery/shipments/" + packages.get(0) + "/events", "{\"kind\":\"DELIVERED\"}");
        JsonNode late = api.get("delivery/audit/penalties?courier=ZTO&status=OPEN").json().get("items").get(0);
        assertEquals("LATE", late.get("kind").asText());
        assertMoney("15.00", late.get("amount"));
        assertEquals(3, late.get("points").asInt());
        assertTrue(late.get("evidence").asText().contains("3 day(s) late"));
        // A second attempt delivers on time: no penalty, but no first-attempt success either.
        api.post("delivery/shipments/" + packages.get(1) + "/events", "{\"kind\":\"FAILED\",\"reason\":\"无人签收\"}");
        api.post("delivery/shipments/" + packages.get(1) + "/events", "{\"kind\":\"IN_TRANSIT\"}");
        api.post("delivery/shipments/" + packages.get(1) + "/events", "{\"kind\":\"DELIVERED\"}");
        assertEquals(1, api.get("delivery/audit/penalties?courier=ZTO").json().get("total").asInt());

        // A station records incidents (a specialist may); only supervisors waive, only directors change the standards.
        int template = api.post("org/template", "{\"template\":\"functional-sme\"}").status();
        assertTrue("template applied now or by another test: " + template, template == 201 || template == 409);
        ApiClient.Answer hired = api.post("org/staff", "{\"username\":\"dl.station\",\"displayName\":\"站点 邵\","
                + "\"password\":\"dl.station-password\",\"position\":\"WH-CLERK\"}");
        assertTrue(hired.body(), hired.status() == 201 || hired.status() == 409);
        ApiClient station = new ApiClient(baseUrl()).login("dl.station", "dl.station-password");
        assertProblem(station.post("delivery/audit/incidents", "{\"shipment\":\"" + packages.get(2) + "\",\"kind\":\"STOLEN\",\"note\":\"x\"}"),
                400, "kind", "");
        long damaged = station.post("delivery/audit/incidents", "{\"shipment\":\"" + packages.get(2) + "\",\"kind\":\"DAMAGED\","
                + "\"note\":\"外箱破损，杯子碎裂\"}").json().get("id").asLong();
        JsonNode lost = station.post("delivery/audit/incidents", "{\"shipment\":\"" + packages.get(2) + "\",\"kind\":\"LOST\","
                + "\"note\":\"包裹丢失\"}").json();
        assertMoney("200.00", lost.get("amount"));
        assertEquals(403, station.post("delivery/audit/penalties/" + damaged + "/waive", "{\"reason\":\"x\"}").status());
        assertEquals(403, station.post("delivery/audit/standards", "{\"settings\":{\"latePerDay\":1}}").status());
        assertProblem(api.post("delivery/audit/penalties/" + damaged + "/waive", "{}"), 400, "reason", "");
        assertEquals("WAIVED", api.post("delivery/audit/penalties/" + damaged + "/waive", "{\"reason\":\"包装问题在我方\"}").json()
                .get("status").asText());
        assertEquals(409, api.post("delivery/audit/penalties/" + damaged + "/dispute", "{\"objection\":\"x\"}").status());

        // The courier objects to the late penalty within the window; a supervisor withdraws it.
        long latePenalty = late.get("id").asLong();
        assertEquals("DISPUTED", station.post("delivery/audit/penalties/" + latePenalty + "/dispute", "{\"objection\":\"天气原因延误\"}")
                .json().get("status").asText());
        JsonNode withdrawn = api.post("delivery/audit/penalties/" + latePenalty + "/decision", "{\"uphold\":false,\"reason\":\"暴雪封路\"}").json();
        assertEquals("WITHDRAWN", withdrawn.get("status").asText());
        assertEquals("天气原因延误", withdrawn.get("objection").asText());

        // The month's scorecard: what stands is the lost package, capped by the contract.
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode card = null;
        for (JsonNode line : api.get("delivery/audit/scorecard?month=" + month).json().get("couriers")) {
            if ("ZTO".equals(line.get("courier").asText())) {
                card = line;
            }
        }
        assertTrue("ZTO on the scorecard", card != null);
        assertEquals(3, card.get("shipments").asInt());
        assertEquals(2, card.get("delivered").asInt());
        assertEquals("50.0", card.get("onTimePercent").asText());
        assertEquals("50.0", card.get("firstAttemptPercent").asText());
        assertEquals("66.7", card.get("damageLossPercent").asText());
        assertEquals("66.7", card.get("validTrackingPercent").asText());
        assertEquals(200.0, card.get("penalties").asDouble(), 0.001);
        assertEquals(100.0, card.get("penaltiesCharged").asDouble(), 0.001);
        assertFalse(card.get("meetsOnTimeTarget").asBoolean());
        ApiClient.Answer csv = api.get("delivery/audit/scorecard.csv?month=" + month);
        assertEquals(200, csv.status());
        assertTrue(csv.body(), csv.body().contains(month + ",ZTO,中通快递,3,2,50.0,50.0,66.7,66.7,0,200.00,100.00"));
        assertProblem(api.get("delivery/audit/scorecard?month=November"), 400, "month", "");

        // New standards apply to new penalties; old ones keep their version.
        assertTrue(api.post("delivery/audit/standards", "{\"settings\":{\"latePerDay\":8.00},\"note\":\"旺季加严\"}").json()
                .get("version").asInt() >= 2);
        assertEquals(1, lost.get("standardsVersion").asInt());
    }

    @Test
    public void deliveredMerchantGoodsEarnCommissionSettledOnceAndReturnsComeBackNegative() throws Exception {
        waitUntil(Duration.ofSeconds(60), () -> api.get("merchants/settlements").status() == 200, "merchant onboarding API");
        // An active merchant (set up directly: its approval chain is not what this test is about), its terms and rules.
        query("INSERT INTO merchants.merchant (code, company_name, licence_number, contact_name, categories, status, created_by) VALUES "
                + "('M-990001', '杭州联营服饰有限公司', '91330100DLVCOMM01', '钱', '{服装}', 'ACTIVE', 'it') RETURNING id");
        assertEquals(201, api.post("merchants/merchants/M-990001/terms", "{\"settlementCycle\":\"MONTHLY\",\"deposit\":1000,"
                + "\"validFrom\":\"2026-01-01\"}").status());
        assertEquals(201, api.post("merchants/commission/rules", "{\"merchant\":\"M-990001\",\"category\":\"服装\",\"ratePercent\":8,"
                + "\"effectiveFrom\":\"2026-01-01\"}").status());
        assertEquals(201, api.post("merchants/commission/rules", "{\"merchant\":\"M-990001\",\"ratePercent\":5,\"effectiveFrom\":\"2026-01-01\"}")
                .status());
        assertEquals(201, api.post("merchants/merchants/M-990001/products", "{\"merchantSku\":\"DL-M-SHIRT\",\"title\":\"真丝衬衫\","
                + "\"category\":\"服装\",\"price\":99}").status());
        warehouse("DL-M-EAST", "华东");
        receive("DL-M-SHIRT", "DL-M-EAST", 10);
        receive("DL-M-MUG", "DL-M-EAST", 10);
        int courier = api.post("delivery/couriers", "{\"code\":\"STO\",\"name\":\"申通快递\",\"codSupported\":true,\"areas\":"
                + "[{\"province\":\"浙江\",\"promisedDays\":2}]}").status();
        assertTrue(courier == 201 || courier == 409);
        assertProblem(intake(order("TMALL", "M-0", "13811113000", "浙江", "DL-M-SHIRT", 1, "99.00").replace("\"unitPrice\":99.00",
                "\"unitPrice\":99.00,\"merchant\":\"merchant-1\"")), 400, "lines[0].merchant", "");

        String first = deliver(order("TMALL", "M-1", "13811113001", "浙江", "DL-M-SHIRT", 2, "99.00").replace("\"unitPrice\":99.00}",
                "\"unitPrice\":99.00,\"merchant\":\"M-990001\"},{\"sku\":\"DL-M-MUG\",\"quantity\":1,\"unitPrice\":50.00,"
                        + "\"merchant\":\"M-990001\"}"));
        waitUntil(Duration.ofSeconds(20), () -> api.get("merchants/commission-lines?merchant=M-990001").json().get("total").asInt() == 2,
                "commission booked for both delivered lines");
        String lines = api.get("merchants/commission-lines?merchant=M-990001").body();
        assertTrue(lines, lines.contains("\"commission\":15.84") && lines.contains("\"ratePercent\":8.00"));
        assertTrue(lines, lines.contains("\"commission\":2.50") && lines.contains("\"termsVersion\":1"));

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode settled = api.post("merchants/settlements", "{\"merchant\":\"M-990001\",\"until\":\"" + today + "\"}").json();
        assertEquals(settled.toString(), 1, settled.size());
        assertEquals(2, settled.get(0).get("lines").asInt());
        assertMoney("248.00", settled.get(0).get("sales"));
        assertMoney("18.34", settled.get(0).get("commission"));
        assertMoney("229.66", settled.get(0).get("payable"));
        assertEquals("nothing settles twice", 0, api.post("merchants/settlements", "{\"merchant\":\"M-990001\",\"until\":\"" + today + "\"}")
                .json().size());

        // A second delivered order and four runs at once: one settlement takes its line.
        deliver(order("TMALL", "M-2", "13811113002", "浙江", "DL-M-MUG", 2, "50.00").replace("\"unitPrice\":50.00}",
                "\"unitPrice\":50.00,\"merchant\":\"M-990001\"}"));
        waitUntil(Duration.ofSeconds(20), () -> api.get("merchants/commission-lines?merchant=M-990001&unsettled=true").json().get("total").asInt() == 1,
                "the second order's line booked");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> api.post("merchants/settlements", "{\"merchant\":\"M-990001\",\"until\":\"" + today + "\"}").json().size()));
        }
        int made = 0;
        for (Future<Integer> run : runs) {
            made += run.get();
        }
        pool.shutdown();
        assertEquals("concurrent runs settle the line once", 1, made);
        assertEquals("0", query("SELECT count(*) FROM merchants.commission_line l JOIN merchants.merchant m ON m.id = l.merchant_id "
                + "WHERE m.code = 'M-990001' AND l.settlement_id IS NULL"));

        // The first order comes back after its settlement: negative lines in the next run.
        String shipment = first + "-DL-M-EAST";
        assertEquals("RETURNED", api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"RETURNED\",\"reason\":\"七天无理由退货\"}")
                .json().get("status").asText());
        waitUntil(Duration.ofSeconds(20), () -> api.get("merchants/commission-lines?merchant=M-990001&unsettled=true").json().get("total").asInt() == 2,
                "the return booked negative");
        JsonNode refund = api.post("merchants/settlements", "{\"merchant\":\"M-990001\",\"until\":\"" + today + "\"}").json().get(0);
        assertMoney("-248.00", refund.get("sales"));
        assertMoney("-18.34", refund.get("commission"));
    }

    /** Compares an amount as a number (the test's JSON reader keeps no trailing zeros). */
    private static void assertMoney(String expected, JsonNode actual) {
        SalesOrderFlow.assertMoney(expected, actual);
    }

    private String deliver(String order) {
        return new SalesOrderFlow(api).deliver(order);
    }

    private ApiClient.Answer intake(String body) {
        return new SalesOrderFlow(api).intake(body);
    }

    private static String order(String channel, String channelOrder, String phone, String province, String sku, int quantity, String price) {
        return SalesOrderFlow.order(channel, channelOrder, phone, province, sku, quantity, price);
    }

    private void warehouse(String code, String region) {
        new SalesOrderFlow(api).warehouse(code, region);
    }

    private void receive(String sku, String warehouse, int quantity) {
        new SalesOrderFlow(api).receive(sku, warehouse, quantity);
    }

    private String reservable(String sku, String warehouse) throws Exception {
        return query("SELECT on_hand - reserved FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
                + "WHERE s.sku = ? AND w.code = ?", sku, warehouse);
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }
}
