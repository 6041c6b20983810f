package io.mercato.benchmark.reliability;

import java.util.Base64;
import java.util.Map;

/**
 * What the corpus cases refer to: the functional-SME organisation, a customer-service agent (no warehouse rights),
 * a buyer, two warehouses with stock, a shipped and a requested transfer, a pending approval, an active and a blocked
 * supplier with a draft and a sent purchase order, a pending merchant application, a sales order in review, a
 * cancelled one, a picked one and a delivered one with a return opened on it, a courier, a member with 100 points; and the credentials
 * each case may be sent with.
 */
final class CorpusFixtures {
    private final Map<String, Map<String, String>> credentials;
    private final Map<String, String> placeholders;

    private CorpusFixtures(Map<String, Map<String, String>> credentials, Map<String, String> placeholders) {
        this.credentials = credentials;
        this.placeholders = placeholders;
    }

    static CorpusFixtures create(Http http, String adminPassword) throws InterruptedException {
        String admin = http.token("admin", adminPassword);
        http.json("POST", "org/template", "{\"template\":\"functional-sme\"}", admin);
        hire(http, admin, "bad.agent", "CS-AGENT");
        hire(http, admin, "bad.staff", "BUYER");
        require(http.json("POST", "warehouse/warehouses", "{\"code\":\"BAD-WH\",\"name\":\"坏输入仓\",\"region\":\"华东\"}", admin), 201);
        require(http.json("POST", "warehouse/warehouses", "{\"code\":\"BAD-WH2\",\"name\":\"坏输入二仓\",\"region\":\"华南\"}", admin), 201);
        require(http.json("POST", "warehouse/warehouses", "{\"code\":\"BAD-OFF\",\"name\":\"停用仓\",\"region\":\"华北\",\"active\":false}", admin), 201);
        require(http.json("POST", "warehouse/receipts", "{\"sku\":\"BAD-SKU\",\"warehouseCode\":\"BAD-WH\",\"quantity\":10}", admin), 200);
        for (int i = 0; i < 2; i++) {
            require(http.json("POST", "warehouse/receipts", "{\"sku\":\"BAD-FULL\",\"warehouseCode\":\"BAD-WH\",\"quantity\":1000000000}", admin), 200);
        }
        String transfer = "{\"fromWarehouse\":\"BAD-WH\",\"toWarehouse\":\"BAD-WH2\",\"lines\":[{\"sku\":\"BAD-SKU\",\"quantity\":%d}]}";
        long shipped = require(http.json("POST", "warehouse/transfers", String.format(transfer, 2), admin), 201).json().get("id").asLong();
        require(http.json("POST", "warehouse/transfers/" + shipped + "/ship", null, admin), 200);
        long requested = require(http.json("POST", "warehouse/transfers", String.format(transfer, 1), admin), 201).json().get("id").asLong();
        String staff = http.token("bad.staff", "bad.staff-password");
        long approval = require(http.json("POST", "approvals/submissions", "{\"documentType\":\"purchase-order\",\"documentId\":"
                + "\"PO-BAD-1\",\"summary\":\"坏输入\",\"amount\":100.00,\"ownerDepartment\":\"procurement\"}", staff), 201)
                .json().get("id").asLong();

        String supplier = "{\"code\":\"%s\",\"name\":\"坏输入供应商\",\"paymentTerms\":\"NET30\"}";
        require(http.json("POST", "procurement/suppliers", String.format(supplier, "BAD-SUP"), admin), 201);
        require(http.json("POST", "procurement/suppliers", String.format(supplier, "BAD-BLOCKED"), admin), 201);
        require(http.json("POST", "procurement/suppliers", String.format(supplier, "BAD-SUP2"), admin), 201);
        String openTender = require(http.json("POST", "procurement/tenders", "{\"title\":\"坏输入招标\",\"deadline\":\""
                + java.time.OffsetDateTime.now().plusDays(2) + "\",\"warehouseCode\":\"BAD-WH\",\"items\":[{\"sku\":\"BAD-SKU\","
                + "\"quantity\":10,\"neededBy\":\"" + java.time.LocalDate.now().plusDays(20) + "\"}],\"suppliers\":[\"BAD-SUP\",\"BAD-SUP2\"]}",
                admin), 201).json().get("number").asText();
        require(http.json("POST", "procurement/suppliers/BAD-BLOCKED/status", "{\"status\":\"BLOCKED\",\"reason\":\"坏输入\"}", admin), 200);
        String order = "{\"supplier\":\"BAD-SUP\",\"warehouseCode\":\"BAD-WH\",\"expectedOn\":\"" + java.time.LocalDate.now().plusDays(5)
                + "\",\"lines\":[{\"sku\":\"BAD-SKU\",\"quantity\":10,\"unitPrice\":1.50}]}";
        String draftOrder = require(http.json("POST", "procurement/purchase-orders", order, admin), 201).json().get("number").asText();
        String sentOrder = require(http.json("POST", "procurement/purchase-orders", order, admin), 201).json().get("number").asText();
        require(http.json("POST", "procurement/purchase-orders/" + sentOrder + "/submit", null, admin), 200);
        require(http.json("POST", "procurement/purchase-orders/" + sentOrder + "/send", null, admin), 200);

        String pendingMerchant = require(http.json("POST", "merchants/merchants", "{\"companyName\":\"坏输入商贸有限公司\","
                + "\"licenceNumber\":\"91330100BADINPUT1\",\"contactName\":\"赵\",\"categories\":[\"服装\"]}", admin), 201).json().get("code").asText();

        // A flagged sales order waiting in the review queue (an invalid phone), and a cancelled one.
        String flagged = "{\"channel\":\"OWN_SITE\",\"channelOrder\":\"%s\",\"customer\":{\"name\":\"坏输入客户\",\"phone\":\"12345\","
                + "\"address\":{\"province\":\"浙江\",\"city\":\"杭州市\",\"district\":\"西湖区\",\"street\":\"文三路 100 号\"}},"
                + "\"lines\":[{\"sku\":\"BAD-SKU\",\"quantity\":1,\"unitPrice\":9.90}],\"payment\":{\"method\":\"COD\"}}";
        String reviewOrder = intake(http, admin, String.format(flagged, "BAD-REVIEW"));
        String cancelledOrder = intake(http, admin, String.format(flagged, "BAD-CANCELLED"));
        require(http.json("POST", "delivery/orders/" + cancelledOrder + "/cancel", "{\"reason\":\"坏输入\"}", admin), 200);
        // An allocated order picked in BAD-WH (its package waits to be packed) and a courier serving its province.
        String picked = intake(http, admin, String.format(flagged, "BAD-PICKED").replace("\"12345\"", "\"13800001234\""));
        require(http.json("POST", "delivery/pick-lists", "{\"warehouseCode\":\"BAD-WH\"}", admin), 201);
        require(http.json("POST", "delivery/couriers", "{\"code\":\"BAD-EXP\",\"name\":\"坏输入快递\",\"codSupported\":true,"
                + "\"areas\":[{\"province\":\"浙江\",\"promisedDays\":2}]}", admin), 201);

        // A delivered order (picked, packed, shipped with BAD-EXP, delivered) and a return opened on its line.
        String delivered = intake(http, admin, String.format(flagged, "BAD-DELIVERED").replace("\"12345\"", "\"13800004321\"")
                .replace("坏输入客户", "坏输入收货人").replace("文三路 100 号", "文一路 200 号"));
        if ("UNDER_REVIEW".equals(require(http.json("GET", "delivery/orders/" + delivered, null, admin), 200).json().get("status").asText())) {
            require(http.json("POST", "delivery/orders/" + delivered + "/confirm", null, admin), 200);
        }
        String shipment = delivered + "-BAD-WH";
        // A pick list skips an order the outbox holds at that moment (following up its intake): ask again until it is picked.
        try {
            CrashUnderLoad.waitFor(() -> http.json("POST", "delivery/pick-lists", "{\"warehouseCode\":\"BAD-WH\"}", admin).status() == 201
                    || http.json("GET", "delivery/shipments/" + shipment, null, admin).status() == 200, java.time.Duration.ofSeconds(30));
        } catch (IllegalStateException notPicked) {
            throw new IllegalStateException("Corpus fixture: order " + delivered + " was not picked: "
                    + http.json("GET", "delivery/orders/" + delivered, null, admin).body(), notPicked);
        }
        require(http.json("POST", "delivery/shipments/" + shipment + "/pack", "{\"boxSize\":\"S\",\"weightKg\":1}", admin), 200);
        require(http.json("POST", "delivery/shipments/" + shipment + "/ship", "{\"courier\":\"BAD-EXP\"}", admin), 200);
        require(http.json("POST", "delivery/shipments/" + shipment + "/events", "{\"kind\":\"DELIVERED\"}", admin), 200);
        String openReturn = require(http.json("POST", "crm/returns", "{\"order\":\"" + delivered + "\",\"kind\":\"RETURN\","
                + "\"reasonCode\":\"SIZE\",\"reason\":\"坏输入\",\"lines\":[{\"lineNo\":1,\"quantity\":1}]}", admin), 201)
                .json().get("details").get("number").asText();

        // A category and a draft product with a SKU (site operations).
        require(http.json("POST", "siteops/categories", "{\"code\":\"BAD-CAT\",\"nameZh\":\"坏输入类目\",\"nameEn\":\"Bad input\"}", admin), 201);
        String draftProduct = require(http.json("POST", "siteops/products", "{\"category\":\"BAD-CAT\",\"title\":\"坏输入商品\"}", admin), 201)
                .json().get("details").get("code").asText();
        require(http.json("POST", "siteops/products/" + draftProduct + "/skus", "{\"sku\":\"BAD-CAT-SKU\",\"barcode\":\"6900000000017\"}",
                admin), 201);
        // A second one submitted for upload, waiting for a supervisor's confirmation.
        String uploadProduct = require(http.json("POST", "siteops/products", "{\"category\":\"BAD-CAT\",\"title\":\"坏输入上传\"}", admin), 201)
                .json().get("details").get("code").asText();
        require(http.json("POST", "siteops/products/" + uploadProduct + "/skus", "{\"sku\":\"BAD-UPLOAD-SKU\"}", admin), 201);
        String upload = require(http.json("POST", "siteops/products/" + uploadProduct + "/uploads", "{}", admin), 201)
                .json().get("details").get("number").asText();

        // A member with 100 points (customer service & CRM).
        String member = require(http.json("POST", "crm/members", "{\"mobile\":\"13900009999\",\"name\":\"坏输入会员\"}", admin), 201)
                .json().get("code").asText();
        require(http.json("POST", "crm/members/" + member + "/points/adjust", "{\"points\":100,\"reason\":\"坏输入\"}", admin), 201);

        Http.Answer console = http.login("admin", adminPassword);
        String cookie = console.header("Set-Cookie").split(";")[0];
        String csrf = console.json().get("csrfToken").asText();
        Map<String, Map<String, String>> credentials = Map.of(
                "admin", Map.of("Authorization", "Bearer " + admin),
                "agent", Map.of("Authorization", "Bearer " + http.token("bad.agent", "bad.agent-password")),
                "staff", Map.of("Authorization", "Bearer " + staff),
                "anonymous", Map.of(),
                "cookie", Map.of("Cookie", cookie, "X-CSRF-Token", csrf),
                "cookie-without-token", Map.of("Cookie", cookie),
                "wrong-basic", Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("bad.staff:not-the-password".getBytes())),
                "bad-token", Map.of("Authorization", "Bearer no-such-session-token"));
        return new CorpusFixtures(credentials, Map.ofEntries(Map.entry("{shippedTransfer}", Long.toString(shipped)),
                Map.entry("{requestedTransfer}", Long.toString(requested)), Map.entry("{approval}", Long.toString(approval)),
                Map.entry("{draftOrder}", draftOrder), Map.entry("{sentOrder}", sentOrder), Map.entry("{pendingMerchant}", pendingMerchant),
                Map.entry("{openTender}", openTender), Map.entry("{reviewOrder}", reviewOrder), Map.entry("{cancelledOrder}", cancelledOrder),
                Map.entry("{pickingShipment}", picked + "-BAD-WH"), Map.entry("{member}", member),
                Map.entry("{deliveredOrder}", delivered), Map.entry("{openReturn}", openReturn),
                Map.entry("{draftProduct}", draftProduct), Map.entry("{uploadProduct}", uploadProduct), Map.entry("{upload}", upload)));
    }

    private static String intake(Http http, String admin, String order) {
        return require(http.send("POST", "delivery/orders", order, Map.of("Authorization", "Bearer " + admin,
                "Content-Type", "application/json", "Idempotency-Key", "fixture-" + order.hashCode())), 201).json().get("number").asText();
    }

    Map<String, String> credentials(String who) {
        Map<String, String> found = credentials.get(who);
        if (found == null) {
            throw new IllegalArgumentException("No caller " + who + " in the corpus fixtures");
        }
        return found;
    }

    /** A case's path or body with the fixtures' names and numbers put in. */
    String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }

    private static void hire(Http http, String admin, String username, String position) {
        require(http.json("POST", "org/staff", "{\"username\":\"" + username + "\",\"displayName\":\"坏输入 " + username
                + "\",\"password\":\"" + username + "-password\",\"position\":\"" + position + "\"}", admin), 201);
    }

    private static Http.Answer require(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("Corpus fixture failed: " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
