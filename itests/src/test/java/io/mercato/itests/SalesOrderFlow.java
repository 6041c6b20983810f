package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Sales orders through the running departments: warehouses and stock to allocate from, intake, and the way to delivered. */
final class SalesOrderFlow {
    private final ApiClient api;

    SalesOrderFlow(ApiClient api) {
        this.api = api;
    }

    /** Compares an amount as a number (the test's JSON reader keeps no trailing zeros). */
    static void assertMoney(String expected, JsonNode actual) {
        assertEquals(expected + " vs " + actual, 0, new java.math.BigDecimal(expected).compareTo(actual.decimalValue()));
    }

    /** Takes the order in, picks, packs, ships it with STO and has it delivered; returns the order number. */
    String deliver(String order) {
        JsonNode taken = intake(order).json();
        assertEquals(taken.toString(), "ALLOCATED", taken.get("status").asText());
        String number = taken.get("number").asText();
        String warehouse = taken.get("allocations").get(0).get("warehouseCode").asText();
        String shipment = number + "-" + warehouse;
        // A pick list skips an order another transaction holds at that moment (the outbox following it up): ask again.
        MercatoTestSupport.waitUntil(Duration.ofSeconds(10), () -> api.post("delivery/pick-lists", "{\"warehouseCode\":\"" + warehouse + "\"}").status() == 201
                || api.get("delivery/shipments/" + shipment).status() == 200, "the order picked");
        api.post("delivery/shipments/" + shipment + "/pack", "{\"boxSize\":\"M\",\"weightKg\":1}");
        assertEquals("SHIPPED", api.post("delivery/shipments/" + shipment + "/ship", "{\"courier\":\"STO\"}").json().get("status").asText());
        assertEquals("DELIVERED", api.post("delivery/shipments/" + shipment + "/events", "{\"kind\":\"DELIVERED\"}").json().get("status").asText());
        return number;
    }

    ApiClient.Answer intake(String body) {
        return api.post("delivery/orders", body, "it-" + java.util.UUID.randomUUID());
    }

    static String order(String channel, String channelOrder, String phone, String province, String sku, int quantity, String price) {
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

    void warehouse(String code, String region) {
        int status = api.post("warehouse/warehouses", "{\"code\":\"" + code + "\",\"name\":\"配送仓 " + code + "\",\"region\":\"" + region + "\"}").status();
        assertTrue("warehouse " + code + ": " + status, status == 201 || status == 409);
    }

    void receive(String sku, String warehouse, int quantity) {
        ApiClient.Answer received = api.post("warehouse/receipts", "{\"sku\":\"" + sku + "\",\"warehouseCode\":\"" + warehouse
                + "\",\"quantity\":" + quantity + "}");
        assertEquals(received.body(), 200, received.status());
    }

    /** The courier STO serving 浙江, created once. */
    void courier() {
        int courier = api.post("delivery/couriers", "{\"code\":\"STO\",\"name\":\"申通快递\",\"codSupported\":true,\"areas\":"
                + "[{\"province\":\"浙江\",\"promisedDays\":2}]}").status();
        assertTrue("courier: " + courier, courier == 201 || courier == 409);
    }
}
