package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mercato.siteops.api.CatalogService;
import io.mercato.siteops.api.SkuInfo;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Site operations in the running distribution: the category tree with margin floors, products of the shop and of an
 * active merchant with their SKUs (attributes, merchant SKU codes, unique barcodes), search within a category's subtree,
 * and the catalog as other departments read it through {@link CatalogService}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SiteopsIT extends MercatoTestSupport {
    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    @Filter(timeout = 120_000)
    private CatalogService catalog;

    @Inject
    @Filter(timeout = 120_000)
    private io.mercato.siteops.api.PriceService prices;

    private ApiClient api;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("siteops/products").status() == 200, "site operations API");
    }

    @Test
    public void theCatalogHoldsCategoriesProductsAndSkusForEveryDepartment() throws Exception {
        assertProblem(api.post("siteops/categories", "{\"code\":\"apparel wear\",\"nameZh\":\"服装\",\"nameEn\":\"Apparel\"}"), 400, "code", "");
        assertProblem(api.post("siteops/categories", "{\"code\":\"APPAREL\",\"nameZh\":\"服装\",\"nameEn\":\"Apparel\",\"marginFloorPercent\":12.345}"),
                400, "marginFloorPercent", "");
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"APPAREL\",\"nameZh\":\"服装\",\"nameEn\":\"Apparel\",\"marginFloorPercent\":25}")
                .status());
        assertEquals(409, api.post("siteops/categories", "{\"code\":\"APPAREL\",\"nameZh\":\"服装\",\"nameEn\":\"Apparel\"}").status());
        assertProblem(api.post("siteops/categories", "{\"code\":\"TOPS\",\"parent\":\"SHOES\",\"nameZh\":\"上装\",\"nameEn\":\"Tops\"}"), 400, "parent", "");
        JsonNode tops = api.post("siteops/categories", "{\"code\":\"TOPS\",\"parent\":\"APPAREL\",\"nameZh\":\"上装\",\"nameEn\":\"Tops\"}").json();
        assertEquals("APPAREL", tops.get("parentCode").asText());
        SalesOrderFlow.assertMoney("10", tops.get("marginFloorPercent"));

        assertProblem(api.post("siteops/products", "{\"category\":\"NOPE\",\"title\":\"x\"}"), 400, "category", "");
        JsonNode shirt = api.post("siteops/products", "{\"category\":\"TOPS\",\"title\":\"真丝衬衫 · Silk shirt\",\"description\":\"桑蚕丝\"}").json();
        String code = shirt.get("details").get("code").asText();
        assertEquals("DRAFT", shirt.get("details").get("status").asText());
        assertProblem(api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT RED\"}"), 400, "sku", "");
        assertProblem(api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT-RED-XL\",\"barcode\":\"12AB\"}"), 400, "barcode", "");
        assertEquals(201, api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT-RED-XL\",\"attributes\":{\"颜色\":\"红\",\"尺码\":\"XL\"},"
                + "\"barcode\":\"6901234567892\"}").status());
        ApiClient.Answer sameBarcode = api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT-RED-L\",\"barcode\":\"6901234567892\"}");
        assertEquals(409, sameBarcode.status());
        assertTrue(sameBarcode.body(), sameBarcode.body().contains(code));
        assertEquals(409, api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT-RED-XL\"}").status());
        assertEquals(2, api.post("siteops/products/" + code + "/skus", "{\"sku\":\"SHIRT-RED-L\",\"attributes\":{\"颜色\":\"红\",\"尺码\":\"L\"}}")
                .json().get("skus").size());

        // Search: within the category's subtree, by title, SKU and barcode.
        assertEquals(1, api.get("siteops/products?category=APPAREL").json().get("total").asInt());
        assertEquals(1, api.get("siteops/products?q=" + java.net.URLEncoder.encode("真丝", java.nio.charset.StandardCharsets.UTF_8)).json()
                .get("total").asInt());
        assertEquals(1, api.get("siteops/products?q=SHIRT-RED-L").json().get("total").asInt());
        assertEquals(1, api.get("siteops/products?q=6901234567892").json().get("total").asInt());
        assertProblem(api.get("siteops/products?status=GONE"), 400, "status", "");

        // A merchant's goods: the merchant must be known and active; its SKU codes are required.
        assertProblem(api.post("siteops/products", "{\"category\":\"TOPS\",\"merchant\":\"M-999999\",\"title\":\"x\"}"), 400, "merchant", "");
        query("INSERT INTO merchants.merchant (code, company_name, licence_number, contact_name, categories, status, created_by) VALUES "
                + "('M-990101', '杭州丝绸有限公司', '91330100SITEOPS01', '孙', '{服装}', 'ACTIVE', 'it') RETURNING id");
        String merchantProduct = api.post("siteops/products", "{\"category\":\"TOPS\",\"merchant\":\"M-990101\",\"title\":\"丝巾\"}").json()
                .get("details").get("code").asText();
        assertProblem(api.post("siteops/products/" + merchantProduct + "/skus", "{\"sku\":\"SCARF-1\"}"), 400, "merchantSku", "");
        assertEquals(201, api.post("siteops/products/" + merchantProduct + "/skus", "{\"sku\":\"SCARF-1\",\"merchantSku\":\"HZ-SC-001\"}").status());
        assertEquals(1, api.get("siteops/products?merchant=M-990101").json().get("total").asInt());

        // Other departments read the catalog through the API bundle's service.
        SkuInfo sku = catalog.sku("SHIRT-RED-XL").orElseThrow();
        assertEquals(code, sku.productCode());
        assertEquals("红", sku.attributes().get("颜色"));
        assertFalse("a draft is not listed", sku.listed());
        assertEquals(2, catalog.skus(code).size());
        assertEquals("M-990101", catalog.product(merchantProduct).orElseThrow().merchantCode());
        assertTrue(catalog.sku("NO-SUCH-SKU").isEmpty());
        assertEquals(200, api.put("siteops/products/" + code, "{\"category\":\"APPAREL\",\"title\":\"真丝衬衫\"}").status());
        assertEquals("APPAREL", catalog.product(code).orElseThrow().categoryCode());
    }

    /**
     * The upload process (宝贝上传) end to end: operations submits, the supervisor confirms, sales checks stock and uploads,
     * promotion schedules, the listing clock lists at the set time; nobody takes a step of their own submission. Editing the
     * listed product is a revision: sent back once (the listed version stays), then listed, then delisted at its time.
     */
    @Test
    public void aProductGoesThroughTheUploadChainToAScheduledListingAndItsRevisionWaitsForApproval() throws Exception {
        siteopsStaff();
        ApiClient ops = new ApiClient(baseUrl()).login("so.ops", "so.ops-password-1");
        ApiClient sales = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"HOME\",\"nameZh\":\"家居\",\"nameEn\":\"Home\"}").status());
        String code = ops.post("siteops/products", "{\"category\":\"HOME\",\"title\":\"青花瓷茶杯\"}").json().get("details").get("code").asText();
        assertProblem(ops.post("siteops/products/" + code + "/uploads", "{}"), 400, "skus", "");
        assertEquals(201, ops.post("siteops/products/" + code + "/skus", "{\"sku\":\"CUP-BLUE\",\"attributes\":{\"颜色\":\"青花\"}}").status());
        ApiClient.Answer submitted = ops.post("siteops/products/" + code + "/uploads", "{\"comment\":\"商品资料及库存已备\"}");
        assertEquals(submitted.body(), 201, submitted.status());
        String upload = submitted.json().get("details").get("number").asText();
        assertEquals("CONFIRM", submitted.json().get("details").get("step").asText());
        assertEquals("IN_UPLOAD", catalog.product(code).orElseThrow().status());
        assertEquals(409, ops.post("siteops/products/" + code + "/uploads", "{}").status());
        assertEquals(409, ops.put("siteops/products/" + code, "{\"category\":\"HOME\",\"title\":\"改\"}").status());

        // Each step by its owner, never by the submitter; out of turn is a conflict.
        assertEquals(403, ops.post("siteops/uploads/" + upload + "/confirm", "{}").status());
        assertEquals(409, sales.post("siteops/uploads/" + upload + "/check", "{}").status());
        assertEquals("CHECK", manager.post("siteops/uploads/" + upload + "/confirm", "{\"comment\":\"同意\"}").json().get("details").get("step").asText());
        assertEquals(403, ops.post("siteops/uploads/" + upload + "/check", "{}").status());
        // Sales checks stock: none in the warehouse is refused unless uploaded as a pre-sale.
        assertProblem(sales.post("siteops/uploads/" + upload + "/check", "{}"), 400, "withoutStock", "");
        SalesOrderFlow flow = new SalesOrderFlow(api);
        flow.warehouse("SO-WH", "华东");
        flow.receive("CUP-BLUE", "SO-WH", 5);
        JsonNode checked = sales.post("siteops/uploads/" + upload + "/check", "{\"title\":\"景德镇青花瓷茶杯\"}").json().get("details");
        assertEquals("UPLOAD", checked.get("step").asText());
        assertEquals("景德镇青花瓷茶杯", checked.get("title").asText());
        assertTrue(checked.get("stockCheck").asText(), checked.get("stockCheck").asText().contains("\"CUP-BLUE\": 5"));
        assertEquals("SCHEDULE", sales.post("siteops/uploads/" + upload + "/upload", "{}").json().get("details").get("step").asText());

        // Promotion schedules: a delisting before the listing and a listing in the past are refused; then the clock lists.
        String soon = java.time.OffsetDateTime.now().plusSeconds(4).toString();
        assertProblem(sales.post("siteops/uploads/" + upload + "/schedule", "{\"listAt\":\"" + soon + "\",\"delistAt\":\""
                + java.time.OffsetDateTime.now().toString() + "\"}"), 400, "delistAt", "");
        assertProblem(sales.post("siteops/uploads/" + upload + "/schedule", "{\"listAt\":\"2020-01-01T00:00:00+08:00\"}"), 400, "listAt", "");
        JsonNode scheduled = sales.post("siteops/uploads/" + upload + "/schedule", "{\"listingTitle\":\"【新品】景德镇青花瓷茶杯 手绘\",\"listAt\":\""
                + soon + "\"}").json().get("details");
        assertEquals("SCHEDULED", scheduled.get("step").asText());
        waitUntil(Duration.ofSeconds(60), () -> catalog.product(code).orElseThrow().listed(), "the product listed at its time");
        JsonNode listed = api.get("siteops/products/" + code).json();
        assertEquals("景德镇青花瓷茶杯", listed.get("details").get("title").asText());
        assertEquals("【新品】景德镇青花瓷茶杯 手绘", listed.get("details").get("listingTitle").asText());
        assertEquals(1, listed.get("details").get("revision").asInt());
        JsonNode history = api.get("siteops/uploads/" + upload).json().get("history");
        assertEquals("[SUBMITTED, CONFIRMED, CHECKED, UPLOADED, SCHEDULED, LISTED]", actions(history));
        assertEquals("so.mgr", history.get(1).get("actor").asText());

        // A revision of the listed product: the listed version stays live until the revision is listed.
        JsonNode revised = ops.put("siteops/products/" + code, "{\"category\":\"HOME\",\"title\":\"青花瓷茶杯（两只装）\"}").json();
        assertEquals("LISTED", revised.get("details").get("status").asText());
        assertEquals("景德镇青花瓷茶杯", revised.get("details").get("title").asText());
        String revision = revised.get("upload").get("details").get("number").asText();
        assertEquals("REVISION", revised.get("upload").get("details").get("kind").asText());
        assertProblem(manager.post("siteops/uploads/" + revision + "/send-back", "{}"), 400, "comment", "");
        assertEquals(403, sales.post("siteops/uploads/" + revision + "/send-back", "{\"comment\":\"x\"}").status());
        assertEquals("SENT_BACK", manager.post("siteops/uploads/" + revision + "/send-back", "{\"comment\":\"标题缺少材质\"}").json()
                .get("details").get("step").asText());
        assertEquals("景德镇青花瓷茶杯", catalog.product(code).orElseThrow().title());
        assertTrue(catalog.product(code).orElseThrow().listed());

        long cupImage = ops.postBytes("siteops/images", "image/png", picture("png", 160, 160), null).json().get("id").asLong();
        JsonNode secondRevision = ops.put("siteops/products/" + code, "{\"category\":\"HOME\",\"title\":\"陶瓷青花茶杯（两只装）\",\"images\":["
                + cupImage + "]}").json();
        assertEquals("the listed version keeps its images until the revision is listed", 0, secondRevision.get("images").size());
        assertEquals(cupImage, secondRevision.get("proposedImages").get(0).get("id").asLong());
        String second = secondRevision.get("upload").get("details").get("number").asText();
        manager.post("siteops/uploads/" + second + "/confirm", "{}");
        sales.post("siteops/uploads/" + second + "/check", "{}");
        sales.post("siteops/uploads/" + second + "/upload", "{}");
        String delistAt = java.time.OffsetDateTime.now().plusSeconds(3).toString();
        JsonNode relisted = manager.post("siteops/uploads/" + second + "/schedule", "{\"delistAt\":\"" + delistAt + "\"}").json().get("details");
        assertEquals("a schedule without a time lists at once", "LISTED", relisted.get("step").asText());
        assertEquals("陶瓷青花茶杯（两只装）", catalog.product(code).orElseThrow().title());
        JsonNode revisedListing = api.get("siteops/products/" + code).json();
        assertEquals(2, revisedListing.get("details").get("revision").asInt());
        assertEquals(cupImage, revisedListing.get("images").get(0).get("id").asLong());
        waitUntil(Duration.ofSeconds(60), () -> "DELISTED".equals(catalog.product(code).orElseThrow().status()), "delisted at its time");
        assertFalse("already delisted", ops.post("siteops/products/" + code + "/delist", "{}").json().get("delisted").asBoolean());
        assertEquals("1", query("SELECT count(*) FROM siteops.upload WHERE product_id = (SELECT id FROM siteops.product WHERE code = ?) "
                + "AND step = 'SENT_BACK'", code));
        assertEquals("2", query("SELECT count(*) FROM platform.audit_log WHERE action = 'siteops.product-listed' AND entity_id = ?", code));
    }

    /**
     * Product images: checked to be the JPEG, PNG or GIF they are sent as (text sent as a PNG, a JPEG sent as a PNG, another
     * media type, a body over the limit are refused), stored once per content, served back byte for byte, set on a product
     * in order. A create retried with its Idempotency-Key creates one product.
     */
    @Test
    public void productImagesAreCheckedStoredOnceAndOrderedOnTheProduct() throws Exception {
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"TEA-IMG\",\"nameZh\":\"茶叶图片\",\"nameEn\":\"Tea pictures\"}").status());
        String key = java.util.UUID.randomUUID().toString();
        ApiClient.Answer created = api.post("siteops/products", "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井 · Longjing\"}", key);
        ApiClient.Answer retried = api.post("siteops/products", "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井 · Longjing\"}", key);
        assertEquals(201, retried.status());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        String code = created.json().get("details").get("code").asText();
        assertEquals(code, retried.json().get("details").get("code").asText());
        assertEquals(1, api.get("siteops/products?category=TEA-IMG").json().get("total").asInt());

        byte[] png = picture("png", 240, 180);
        byte[] jpeg = picture("jpg", 300, 300);
        ApiClient.Answer stored = api.postBytes("siteops/images", "image/png", png, null);
        assertEquals(stored.body(), 201, stored.status());
        long pngId = stored.json().get("id").asLong();
        assertEquals(240, stored.json().get("width").asInt());
        assertEquals("image/png", stored.json().get("contentType").asText());
        assertEquals("the same bytes are stored once", pngId, api.postBytes("siteops/images", "image/png", png, null).json().get("id").asLong());
        String imageKey = java.util.UUID.randomUUID().toString();
        long jpegId = api.postBytes("siteops/images", "image/jpeg", jpeg, imageKey).json().get("id").asLong();
        ApiClient.Answer replayed = api.postBytes("siteops/images", "image/jpeg", jpeg, imageKey);
        assertEquals(201, replayed.status());
        assertEquals(jpegId, replayed.json().get("id").asLong());
        assertEquals("2", query("SELECT count(*) FROM siteops.image WHERE id IN (?, ?)", pngId, jpegId));

        assertProblem(api.postBytes("siteops/images", "image/png", "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8), null),
                400, "file", "is not an image");
        assertProblem(api.postBytes("siteops/images", "image/png", jpeg, null), 400, "file", "is a JPEG image sent as image/png");
        assertProblem(api.postBytes("siteops/images", "image/png", java.util.Arrays.copyOf(png, png.length / 2), null), 400, "file", "is not a readable");
        assertEquals(415, api.postBytes("siteops/images", "image/svg+xml", png, null).status());
        assertEquals(413, api.postBytes("siteops/images", "image/png", new byte[9 * 1024 * 1024], null).status());
        assertTrue(java.util.Arrays.equals(png, api.getBytes("siteops/images/" + pngId)));
        assertEquals(404, api.get("siteops/images/999999999").status());

        assertProblem(api.put("siteops/products/" + code, "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井\",\"images\":[" + pngId + ",999999999]}"),
                400, "images", "");
        assertProblem(api.put("siteops/products/" + code, "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井\",\"images\":[" + pngId + "," + pngId + "]}"),
                400, "images", "");
        JsonNode withImages = api.put("siteops/products/" + code, "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井\",\"images\":[" + jpegId + ","
                + pngId + "]}").json();
        assertEquals(jpegId, withImages.get("images").get(0).get("id").asLong());
        assertEquals(pngId, withImages.get("images").get(1).get("id").asLong());
        assertEquals("/api/siteops/images/" + jpegId, withImages.get("images").get(0).get("url").asText());
        JsonNode kept = api.put("siteops/products/" + code, "{\"category\":\"TEA-IMG\",\"title\":\"西湖龙井 明前\"}").json();
        assertEquals("an edit without images keeps them", 2, kept.get("images").size());
    }

    /**
     * The product CSV: exported as it is listed, imported back unchanged (nothing to do), new products and SKUs imported
     * all together, a file with rows that break rules applies nothing and names the rows, a malformed file is refused at once.
     */
    @Test
    public void productsAreImportedAllOrNothingAndExportedAsCsv() throws Exception {
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"BOOKS\",\"nameZh\":\"图书\",\"nameEn\":\"Books\"}").status());
        String existing = api.post("siteops/products", "{\"category\":\"BOOKS\",\"title\":\"红楼梦\"}").json().get("details").get("code").asText();
        assertEquals(201, api.post("siteops/products/" + existing + "/skus", "{\"sku\":\"HLM-HARD\",\"barcode\":\"9787020002207\"}").status());

        String good = "product,category,title,description,sku,attributes,barcode\n"
                + existing + ",BOOKS,红楼梦（校注本）,\"曹雪芹 著, 人民文学出版社\",HLM-SOFT,装帧=平装,\n"
                + "new-1,BOOKS,\"三体, 全集\",,ST-SET,册数=3,9787536692930\n"
                + "new-1,BOOKS,\"三体, 全集\",,ST-BOX,册数=3; 版本=典藏,\n"
                + "new-2,books,The Little Prince · 小王子,,LP-EN,语言=English,\n";
        JsonNode job = importCsv(good);
        assertEquals(job.toString(), "SUCCEEDED", job.get("status").asText());
        assertEquals(2, job.get("created").asInt());
        assertEquals(1, job.get("updated").asInt());
        assertEquals(4, job.get("skusAdded").asInt());
        assertEquals("红楼梦（校注本）", catalog.product(existing).orElseThrow().title());
        assertEquals(2, catalog.skus(existing).size());
        SkuInfo box = catalog.sku("ST-BOX").orElseThrow();
        assertEquals("典藏", box.attributes().get("版本"));
        assertEquals("三体, 全集", box.title());
        assertEquals(box.productCode(), catalog.sku("ST-SET").orElseThrow().productCode());
        assertEquals(3, api.get("siteops/products?category=BOOKS").json().get("total").asInt());

        // Rows that break rules: nothing at all is applied, and each row is named.
        String before = query("SELECT count(*) FROM siteops.product");
        String bad = "product,category,title,sku,barcode\n"
                + "new-3,BOOKS,围城,WC-1,\n"
                + "new-4,NOVELS,边城,BC-1,\n"
                + "new-5,BOOKS,呐喊,ST-SET,\n"
                + "new-6,BOOKS,彷徨,PH-1,9787020002207\n"
                + "new-3,BOOKS,围城 第二版,WC-2,\n"
                + "P-99999999,BOOKS,不存在,NX-1,\n";
        JsonNode failed = importCsv(bad);
        assertEquals(failed.toString(), "FAILED", failed.get("status").asText());
        assertEquals(failed.toString(), 5, failed.get("errorCount").asInt());
        java.util.List<String> fields = new java.util.ArrayList<>();
        failed.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(java.util.List.of("row 3: category", "row 4: sku", "row 5: barcode", "row 6: product", "row 7: product"), fields);
        assertEquals(before, query("SELECT count(*) FROM siteops.product"));
        assertTrue(catalog.sku("WC-1").isEmpty());
        // The rows in error as a file for the spreadsheet the catalog was kept in; an import that is over is not cancelled.
        String failedPath = "siteops/imports/" + failed.get("id").asLong();
        ApiClient.Answer rejected = api.get(failedPath + "/errors.csv");
        assertEquals(rejected.body(), 200, rejected.status());
        String[] rejectedRows = rejected.body().split("\r\n");
        assertEquals("\uFEFFrow,field,message", rejectedRows[0]);
        assertEquals(rejected.body(), 6, rejectedRows.length);
        assertTrue(rejected.body(), rejectedRows[1].startsWith("3,category,") && rejectedRows[5].startsWith("7,product,"));
        assertEquals(409, api.post(failedPath + "/cancel", "{}").status());

        // Every row in error is in the file, not only the first ones the job lists.
        StringBuilder many = new StringBuilder("product,category,title,sku\n");
        for (int i = 0; i < 130; i++) {
            many.append("many-").append(i).append(",NO-SUCH-CATEGORY,书 ").append(i).append(",MANY-").append(i).append('\n');
        }
        JsonNode refusedMany = importCsv(many.toString());
        assertEquals(refusedMany.toString(), 130, refusedMany.get("errorCount").asInt());
        assertEquals(100, refusedMany.get("errors").size());
        String[] allRejected = api.get("siteops/imports/" + refusedMany.get("id").asLong() + "/errors.csv").body().split("\r\n");
        assertEquals(131, allRejected.length);
        assertTrue(allRejected[130], allRejected[130].startsWith("131,category,no category NO-SUCH-CATEGORY"));

        // An import being checked or applied asked to stop ends CANCELLED with nothing applied: this connection holds the
        // import's lock as the node applying it would, so the cancel is a request the import reads before its next step.
        long next = Long.parseLong(query("SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM siteops.product_import_id_seq"));
        try (java.sql.Connection applying = dataSource.getConnection(); java.sql.PreparedStatement lock = applying.prepareStatement(
                "SELECT pg_advisory_lock(" + 0x53495031 + ", ?::int)")) {
            lock.setLong(1, next);
            lock.executeQuery().close();
            try {
                ApiClient.Answer waiting = api.postBytes("siteops/imports/products", "text/csv", "product,category,title,sku\nnew-9,BOOKS,不会导入,NO-IMPORT-1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
                assertEquals(waiting.body(), 202, waiting.status());
                assertEquals(next, waiting.json().get("id").asLong());
                ApiClient.Answer asked = api.post("siteops/imports/" + next + "/cancel", "{}");
                assertEquals(asked.body(), 200, asked.status());
                assertEquals(asked.body(), "admin", asked.json().get("cancelRequestedBy").asText());
                assertEquals(asked.body(), "QUEUED", asked.json().get("status").asText());
            } finally {
                // A session's advisory lock outlives the connection's return to the pool: let go of it as the node would.
                unlockAll(applying);
            }
        }
        waitUntil(Duration.ofSeconds(60), () -> "CANCELLED".equals(api.get("siteops/imports/" + next).json().get("status").asText()),
                "the import asked to stop ends cancelled");
        assertTrue(catalog.sku("NO-IMPORT-1").isEmpty());
        assertEquals("1", query("SELECT count(*) FROM platform.audit_log WHERE action = 'siteops.import-cancelled' AND entity_id = ?",
                String.valueOf(next)));

        // A malformed file is refused before anything is stored.
        ApiClient.Answer malformed = api.postBytes("siteops/imports/products", "text/csv", "product,category,title,sku\nx,BOOKS,,BAD SKU\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertProblem(malformed, 400, "row 2: title", "");
        assertProblem(malformed, 400, "row 2: sku", "");

        // The export lists every SKU of what the search finds; imported back unchanged it changes nothing.
        ApiClient.Answer exported = api.get("siteops/products.csv?category=BOOKS");
        assertEquals(200, exported.status());
        assertTrue(exported.contentType(), exported.contentType().startsWith("text/csv"));
        String[] lines = exported.body().split("\r\n");
        assertEquals("product,status,category,merchant,title,description,sku,attributes,merchant_sku,barcode", lines[0]);
        assertEquals(exported.body(), 6, lines.length);
        assertTrue(exported.body(), exported.body().contains("\"三体, 全集\""));
        assertTrue(exported.body(), exported.body().contains("册数=3; 版本=典藏"));
        JsonNode again = importCsv(exported.body());
        assertEquals(again.toString(), "SUCCEEDED", again.get("status").asText());
        assertEquals(0, again.get("created").asInt());
        assertEquals(0, again.get("updated").asInt());
        assertEquals(0, again.get("skusAdded").asInt());
        assertEquals("1", query("SELECT count(*) FROM platform.audit_log WHERE action = 'siteops.products-imported' AND details->>'created' = '2'"));
    }

    /**
     * Merchants' goods through merchant onboarding's outbox: a submitted product waits for the catalog team, is taken in as a
     * draft of the merchant's goods (once) or declined with a reason; listed through the upload chain while the merchant is
     * suspended it goes off the site at once; the merchant's suspension holds its listed goods off the site until it is
     * reinstated, its termination delists them for good.
     */
    @Test
    public void merchantsSubmissionsAreTakenInAndTheirStatusHoldsTheirListings() throws Exception {
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"TEA-M\",\"nameZh\":\"联营茶叶\",\"nameEn\":\"Merchant tea\"}").status());
        query("INSERT INTO merchants.merchant (code, company_name, licence_number, contact_name, categories, status, created_by) VALUES "
                + "('M-990202', '杭州茶业有限公司', '91330100SITEOPS02', '钱', '{茶叶}', 'ACTIVE', 'it') RETURNING id");
        ApiClient.Answer submitted = api.post("merchants/merchants/M-990202/products",
                "{\"merchantSku\":\"HZ-TEA-1\",\"title\":\"狮峰龙井 礼盒\",\"category\":\"茶叶\",\"price\":128.00}");
        assertEquals(submitted.body(), 201, submitted.status());
        assertEquals(201, api.post("merchants/merchants/M-990202/products",
                "{\"merchantSku\":\"HZ-TEA-2\",\"title\":\"散装龙井\",\"category\":\"茶叶\",\"price\":9.90}").status());
        JsonNode[] pending = {null};
        waitUntil(Duration.ofSeconds(60), () -> {
            pending[0] = api.get("siteops/merchant-submissions?status=PENDING&merchant=M-990202").json();
            return pending[0].get("total").asInt() == 2;
        }, "both submissions reach the catalog");
        JsonNode first = pending[0].get("items").get(1);
        JsonNode second = pending[0].get("items").get(0);
        assertEquals("HZ-TEA-1", first.get("merchantSku").asText());
        SalesOrderFlow.assertMoney("128", first.get("price"));

        assertProblem(api.post("siteops/merchant-submissions/" + first.get("id") + "/accept", "{\"category\":\"NOPE\"}"), 400, "category", "");
        JsonNode accepted = api.post("siteops/merchant-submissions/" + first.get("id") + "/accept", "{\"category\":\"TEA-M\"}").json();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        String code = accepted.get("productCode").asText();
        assertEquals(409, api.post("siteops/merchant-submissions/" + first.get("id") + "/accept", "{\"category\":\"TEA-M\"}").status());
        assertEquals("M-990202", catalog.product(code).orElseThrow().merchantCode());
        assertEquals("DRAFT", catalog.product(code).orElseThrow().status());
        assertEquals("HZ-TEA-1", catalog.sku("HZ-TEA-1").orElseThrow().merchantSku());
        assertProblem(api.post("siteops/merchant-submissions/" + second.get("id") + "/decline", "{}"), 400, "reason", "");
        assertEquals("DECLINED", api.post("siteops/merchant-submissions/" + second.get("id") + "/decline", "{\"reason\":\"不符合定位\"}").json()
                .get("status").asText());

        // Listed while the merchant is suspended, the product goes off the site at once, held; reinstatement lists it.
        siteopsStaff();
        ApiClient ops = new ApiClient(baseUrl()).login("so.ops", "so.ops-password-1");
        ApiClient sales = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        assertEquals(200, api.post("merchants/merchants/M-990202/suspend", "{\"reason\":\"资质过期\"}").status());
        String upload = ops.post("siteops/products/" + code + "/uploads", "{}").json().get("details").get("number").asText();
        assertEquals(200, manager.post("siteops/uploads/" + upload + "/confirm", "{}").status());
        assertEquals(200, sales.post("siteops/uploads/" + upload + "/check", "{}").status());
        assertEquals(200, sales.post("siteops/uploads/" + upload + "/upload", "{}").status());
        assertEquals("LISTED", sales.post("siteops/uploads/" + upload + "/schedule", "{}").json().get("details").get("step").asText());
        waitUntil(Duration.ofSeconds(60), () -> "DELISTED".equals(catalog.product(code).orElseThrow().status()), "held: the merchant is suspended");
        assertEquals("true", query("SELECT merchant_hold::text FROM siteops.product WHERE code = ?", code));
        assertEquals(200, api.post("merchants/merchants/M-990202/reinstate", "{}").status());
        waitUntil(Duration.ofSeconds(60), () -> "LISTED".equals(catalog.product(code).orElseThrow().status()), "listed when reinstated");

        // Suspension holds the listed goods off the site; reinstatement brings them back; termination delists them for good.
        assertEquals(200, api.post("merchants/merchants/M-990202/suspend", "{\"reason\":\"投诉调查\"}").status());
        waitUntil(Duration.ofSeconds(60), () -> "DELISTED".equals(catalog.product(code).orElseThrow().status()), "held while suspended");
        assertEquals(200, api.post("merchants/merchants/M-990202/reinstate", "{}").status());
        waitUntil(Duration.ofSeconds(60), () -> "LISTED".equals(catalog.product(code).orElseThrow().status()), "listed again when reinstated");
        assertEquals(200, api.post("merchants/merchants/M-990202/terminate", "{\"reason\":\"合同终止\"}").status());
        waitUntil(Duration.ofSeconds(60), () -> "DELISTED".equals(catalog.product(code).orElseThrow().status()), "delisted when terminated");
        assertEquals("false", query("SELECT merchant_hold::text FROM siteops.product WHERE code = ?", code));
        assertEquals("2", query("SELECT count(*) FROM platform.audit_log WHERE action = 'siteops.merchant-goods-held' AND entity_id = 'M-990202'"));
    }

    /** Uploads a product CSV and follows the import to its end. */
    private JsonNode importCsv(String csv) throws Exception {
        ApiClient.Answer submitted = api.postBytes("siteops/imports/products", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(submitted.body(), 202, submitted.status());
        long id = submitted.json().get("id").asLong();
        JsonNode[] job = {null};
        waitUntil(Duration.ofSeconds(60), () -> {
            job[0] = api.get("siteops/imports/" + id).json();
            return !"QUEUED".equals(job[0].get("status").asText());
        }, "import " + id + " finished");
        return job[0];
    }

    /** A picture with some detail in the given format. */
    static byte[] picture(String format, int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 10) {
            for (int x = 0; x < width; x += 10) {
                g.setColor(new java.awt.Color((x * 7 + y * 13) % 256, (x * 3) % 256, (y * 5) % 256));
                g.fillRect(x, y, 10, 10);
            }
        }
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The site operations team of the functional SME template: two product specialists and their manager (once per Karaf). */
    private void siteopsStaff() {
        int template = api.post("org/template", "{\"template\":\"functional-sme\"}").status();
        assertTrue("template " + template, template == 201 || template == 409);
        for (String[] person : new String[][] {{"so.ops", "运营 小王", "PRODUCT-SPEC"}, {"so.sales", "销售 小李", "PRODUCT-SPEC"},
                {"so.mgr", "运营经理 老周", "SITE-MGR"}}) {
            if (api.get("org/staff/" + person[0]).status() == 404) {
                hire(api, person[0], person[1], person[2]);
            }
        }
    }

    /**
     * Pricing: the cost entered and then procurement's, competitors' prices, a cost-plus suggestion capped at the lowest
     * competitor and explained, a price applied with its history; an undercutting competitor flags the SKU; a price below
     * the floor waits for the supervisor's approval, and only then is the price.
     */
    @Test
    public void pricesStayAboveTheMarginFloorUnlessASupervisorApprovesALossLeader() throws Exception {
        siteopsStaff();
        ApiClient specialist = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"TEA\",\"nameZh\":\"茶叶\",\"nameEn\":\"Tea\",\"marginFloorPercent\":25}").status());
        String product = api.post("siteops/products", "{\"category\":\"TEA\",\"title\":\"安吉白茶 100g\"}").json().get("details").get("code").asText();
        assertEquals(201, api.post("siteops/products/" + product + "/skus", "{\"sku\":\"TEA-100\"}").status());

        assertProblem(specialist.get("siteops/pricing/TEA-100/suggestion?method=COST_PLUS&markupPercent=40"), 400, "cost", "");
        assertProblem(specialist.put("siteops/pricing/TEA-100/basis", "{\"cost\":50.00001}"), 400, "cost", "");
        JsonNode basis = specialist.put("siteops/pricing/TEA-100/basis", "{\"cost\":50,\"traditionalPrice\":88}").json();
        SalesOrderFlow.assertMoney("62.50", basis.get("details").get("floorPrice"));
        assertEquals("entered", basis.get("details").get("costSource").asText());
        assertProblem(specialist.post("siteops/pricing/TEA-100/competitors", "{\"competitor\":\"京东\",\"price\":12.345}"), 400, "price", "");
        assertEquals(201, specialist.post("siteops/pricing/TEA-100/competitors", "{\"competitor\":\"京东\",\"price\":68,"
                + "\"source\":\"https://item.jd.com/100.html\"}").status());

        JsonNode suggestion = specialist.get("siteops/pricing/TEA-100/suggestion?method=COST_PLUS&markupPercent=40").json();
        SalesOrderFlow.assertMoney("68.00", suggestion.get("price"));
        assertTrue(suggestion.toString(), suggestion.get("explanation").toString().contains("Capped at 京东"));
        assertProblem(specialist.post("siteops/pricing/TEA-100/price", "{\"method\":\"FIXED\",\"price\":66.999,\"reason\":\"x\"}"), 400, "price", "");
        assertProblem(specialist.post("siteops/pricing/TEA-100/price", "{\"method\":\"COST_PLUS\",\"markupPercent\":30}"), 400, "reason", "");
        ApiClient.Answer applied = specialist.post("siteops/pricing/TEA-100/price", "{\"method\":\"COST_PLUS\",\"markupPercent\":30,"
                + "\"rounding\":\"CHARM\",\"reason\":\"新品定价\"}");
        assertEquals(applied.body(), 201, applied.status());
        SalesOrderFlow.assertMoney("64.90", applied.json().get("price"));
        assertEquals("APPLIED", applied.json().get("status").asText());

        // A competitor below the floor makes the SKU uncompetitive.
        specialist.post("siteops/pricing/TEA-100/competitors", "{\"competitor\":\"拼多多\",\"price\":55}");
        assertTrue(specialist.get("siteops/pricing/TEA-100").json().get("details").get("uncompetitive").asBoolean());
        assertTrue(specialist.get("siteops/pricing?uncompetitive=true").json().get("items").toString().contains("TEA-100"));

        // A loss-leader waits for the supervisor; the price stays until approved.
        ApiClient.Answer requested = specialist.post("siteops/pricing/TEA-100/price", "{\"method\":\"FIXED\",\"price\":59,\"reason\":\"双十二引流\"}");
        assertEquals(requested.body(), 202, requested.status());
        assertEquals("PENDING", requested.json().get("status").asText());
        assertEquals(409, specialist.post("siteops/pricing/TEA-100/price", "{\"method\":\"FIXED\",\"price\":58,\"reason\":\"再低\"}").status());
        SalesOrderFlow.assertMoney("64.90", specialist.get("siteops/pricing/TEA-100").json().get("details").get("price"));
        ApiClient.Answer approved = manager.post("approvals/" + requested.json().get("approvalId").asLong() + "/decision", "{\"decision\":\"APPROVE\"}");
        assertEquals(approved.body(), 200, approved.status());
        waitUntil(Duration.ofSeconds(30), () -> specialist.get("siteops/pricing/TEA-100").json().get("details").get("price").decimalValue()
                .compareTo(new java.math.BigDecimal("59")) == 0, "the approved loss-leader price");
        JsonNode history = specialist.get("siteops/pricing/TEA-100").json().get("history");
        assertEquals(2, history.size());
        assertEquals("APPLIED", history.get(0).get("status").asText());
        assertEquals("双十二引流", history.get(0).get("reason").asText());
        assertEquals("so.sales", history.get(1).get("requestedBy").asText());

        // Once procurement has an approved order of the SKU, its price is the cost.
        String supplier = query("INSERT INTO procurement.supplier (code, name, payment_terms, created_by) VALUES ('S-TEA', '安吉茶场', '月结30天', 'it') RETURNING id");
        String order = query("INSERT INTO procurement.purchase_order (number, supplier_id, status, warehouse_code, expected_on, total, "
                + "approved_revision, created_by) VALUES ('PO-TEA-1', ?::bigint, 'APPROVED', 'WH', current_date, 4000, 1, 'it') RETURNING id", supplier);
        query("INSERT INTO procurement.purchase_order_line (purchase_order_id, line_no, sku, quantity, unit_price) VALUES (?::bigint, 1, "
                + "'TEA-100', 100, 40) RETURNING line_no", order);
        JsonNode fromProcurement = specialist.get("siteops/pricing/TEA-100").json();
        assertEquals("PO-TEA-1", fromProcurement.get("purchaseCost").get("purchaseOrder").asText());
        SalesOrderFlow.assertMoney("50.00", fromProcurement.get("details").get("floorPrice"));
    }

    /**
     * Sales analysis: orders delivered through the delivery department reach site operations' read model through the
     * outbox; classification with the supervisor's rules matches the hand-computed classes, figures and actions, and a
     * best-seller running short is proposed to procurement's purchase list.
     */
    @Test
    public void deliveredOrdersClassifyProductsAsComputedByHand() throws Exception {
        siteopsStaff();
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        ApiClient specialist = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"ANALYSIS\",\"nameZh\":\"分析\",\"nameEn\":\"Analysis\"}").status());
        java.util.Map<String, String> products = new java.util.LinkedHashMap<>();
        for (String sku : new String[] {"AN-A", "AN-B", "AN-C", "AN-D"}) {
            String code = api.post("siteops/products", "{\"category\":\"ANALYSIS\",\"title\":\"分析商品 " + sku + "\"}").json().get("details").get("code").asText();
            assertEquals(201, api.post("siteops/products/" + code + "/skus", "{\"sku\":\"" + sku + "\"}").status());
            query("UPDATE siteops.product SET status = 'LISTED' WHERE code = ? RETURNING code", code); // listed: the upload chain is tested above
            products.put(sku, code);
        }
        assertEquals(403, specialist.put("siteops/analysis/rules", "{}").status());
        assertProblem(manager.put("siteops/analysis/rules", "{\"recentDays\":30,\"bestSellerPerDay\":1,\"slowMoverPerDay\":2,\"slowCoverDays\":90,"
                + "\"potentialTrendPercent\":50,\"potentialMinUnits\":5,\"shortCoverDays\":14,\"targetCoverDays\":45}"), 400, "slowMoverPerDay", "");
        assertEquals(200, manager.put("siteops/analysis/rules", "{\"recentDays\":30,\"bestSellerPerDay\":1,\"slowMoverPerDay\":0.1,"
                + "\"slowCoverDays\":90,\"potentialTrendPercent\":50,\"potentialMinUnits\":5,\"shortCoverDays\":14,\"targetCoverDays\":45}").status());
        waitUntil(Duration.ofSeconds(30), () -> specialist.get("siteops/analysis/rules").json().get("bestSellerPerDay").decimalValue().intValue() == 1,
                "the new version of the rules in force");

        SalesOrderFlow flow = new SalesOrderFlow(api);
        flow.warehouse("AN-WH", "华东");
        flow.courier();
        flow.receive("AN-A", "AN-WH", 40);
        flow.receive("AN-B", "AN-WH", 30);
        flow.receive("AN-C", "AN-WH", 50);
        flow.receive("AN-D", "AN-WH", 10);
        String[][] orders = {{"AN-A", "16", "20.00"}, {"AN-A", "16", "20.00"}, {"AN-B", "6", "15.00"}, {"AN-C", "1", "99.00"}, {"AN-D", "4", "30.00"}};
        for (int i = 0; i < orders.length; i++) {
            flow.deliver(SalesOrderFlow.order("OWN_SITE", "AN-" + i, "1370000" + String.format("%04d", i), "浙江", orders[i][0],
                    Integer.parseInt(orders[i][1]), orders[i][2]));
        }
        waitUntil(Duration.ofSeconds(60), () -> {
            try {
                return "43".equals(query("SELECT coalesce(sum(quantity), 0) FROM siteops.sales_line WHERE sku LIKE 'AN-%'"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "the delivered lines in the read model");
        // B sold 3 units 40 days ago (before the read model's time): its trend is (6 − 3) / 3 = +100 %.
        query("INSERT INTO siteops.sales_day (sku, day, units, revenue) VALUES ('AN-B', (now() AT TIME ZONE 'Asia/Shanghai')::date - 40, 3, 45) "
                + "RETURNING sku");
        specialist.put("siteops/pricing/AN-A/basis", "{\"cost\":12}");

        ApiClient.Answer ran = specialist.post("siteops/analysis/runs", "{}");
        assertEquals(ran.body(), 201, ran.status());
        JsonNode a = specialist.get("siteops/analysis/classes/" + products.get("AN-A")).json();
        assertEquals(a.toString(), "BEST_SELLER", a.get("productClass").asText());
        SalesOrderFlow.assertMoney("1.067", a.get("velocity"));
        assertEquals(8, a.get("stock").asInt());
        SalesOrderFlow.assertMoney("7.5", a.get("coverDays"));
        SalesOrderFlow.assertMoney("66.67", a.get("marginPercent")); // (640 − 384) / 384
        JsonNode b = specialist.get("siteops/analysis/classes/" + products.get("AN-B")).json();
        assertEquals(b.toString(), "POTENTIAL", b.get("productClass").asText());
        SalesOrderFlow.assertMoney("100", b.get("trendPercent"));
        assertTrue(b.get("reasonZh").asText(), b.get("reasonZh").asText().contains("增长 100%"));
        JsonNode c = specialist.get("siteops/analysis/classes/" + products.get("AN-C")).json();
        assertEquals(c.toString(), "SLOW_MOVER", c.get("productClass").asText());
        SalesOrderFlow.assertMoney("1484.8", c.get("coverDays"));
        assertEquals("UNCERTAIN", specialist.get("siteops/analysis/classes/" + products.get("AN-D")).json().get("productClass").asText());

        // Actions: A restocks 41 (1.067/day × 45 days = 48.015 → 49, less 8 in stock), proposed to procurement; C a clearance.
        JsonNode proposals = specialist.get("siteops/analysis/actions?kind=PURCHASE_PROPOSAL").json().get("items");
        JsonNode proposal = null;
        for (JsonNode item : proposals) {
            if ("AN-A".equals(item.path("sku").asText())) {
                proposal = item;
            }
        }
        assertTrue(proposals.toString(), proposal != null);
        assertEquals(41, proposal.get("quantity").asInt());
        assertEquals("PROPOSED", proposal.get("status").asText());
        assertEquals("41", query("SELECT target_quantity::text FROM procurement.purchase_list_item WHERE origin_department = 'siteops' "
                + "AND origin_reference = ?", "SA-" + proposal.get("id").asLong()));
        assertTrue(specialist.get("siteops/analysis/actions?kind=CLEARANCE_PROMOTION&status=OPEN").json().get("items").toString()
                .contains(products.get("AN-C")));

        // A second run repeats no action; the runs keep the class counts over time.
        specialist.post("siteops/analysis/runs", "{}");
        assertEquals("1", query("SELECT count(*) FROM siteops.suggested_action a JOIN siteops.product p ON p.id = a.product_id WHERE p.code = ? "
                + "AND a.kind = 'CLEARANCE_PROMOTION'", products.get("AN-C")));
        assertTrue(specialist.get("siteops/analysis/runs").json().size() >= 2);
        assertTrue(specialist.get("siteops/analysis/scatter").json().toString().contains(products.get("AN-A")));
        assertProblem(specialist.get("siteops/analysis/classes?class=FAST"), 400, "class", "");
    }

    /**
     * Promotions and {@link io.mercato.siteops.api.PriceService}: overlapping promotions resolved by stack group and
     * priority (the passed-over one named), a tier-only promotion, a spend reduction left to the order, a deep discount
     * waiting for approval; a new price is checked against the floor after the promotions.
     */
    @Test
    public void overlappingPromotionsResolveByStackGroupAndPriority() throws Exception {
        siteopsStaff();
        ApiClient specialist = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        assertEquals(201, api.post("siteops/categories", "{\"code\":\"PROMO\",\"nameZh\":\"促销类目\",\"nameEn\":\"Promotions\"}").status());
        String product = api.post("siteops/products", "{\"category\":\"PROMO\",\"title\":\"羊绒围巾\"}").json().get("details").get("code").asText();
        assertEquals(201, api.post("siteops/products/" + product + "/skus", "{\"sku\":\"PR-SKU\"}").status());
        specialist.put("siteops/pricing/PR-SKU/basis", "{\"cost\":50}");
        assertEquals(201, specialist.post("siteops/pricing/PR-SKU/price", "{\"method\":\"FIXED\",\"price\":100,\"reason\":\"定价\"}").status());

        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        String hourAgo = now.minusHours(1).toString();
        String tenDays = now.plusDays(10).toString();
        String thirtyDays = now.plusDays(30).toString();
        // Other tests' SKUs must not be touched: every promotion here is of this category or product.
        assertProblem(specialist.post("siteops/promotions", promotion("太多", "PERCENT_OFF", "120", "\"scope\":\"ALL\"", hourAgo, tenDays, "x", 0)),
                400, "value", "");
        assertProblem(specialist.post("siteops/promotions", promotion("倒过来", "PERCENT_OFF", "10", "\"scope\":\"ALL\"", tenDays, hourAgo, "x", 0)),
                400, "endsAt", "");
        assertProblem(specialist.post("siteops/promotions", promotion("定价类目", "FIXED_PRICE", "85", "\"scope\":\"CATEGORY\",\"category\":\"PROMO\"",
                hourAgo, tenDays, "x", 0)), 400, "scope", "");
        String products = "\"scope\":\"PRODUCT\",\"products\":[\"" + product + "\"]";
        String a = created(specialist, promotion("类目九折", "PERCENT_OFF", "10", "\"scope\":\"CATEGORY\",\"category\":\"PROMO\"", hourAgo, tenDays,
                "site", 1));
        String b = created(specialist, promotion("单品八折", "PERCENT_OFF", "20", products, hourAgo, tenDays, "site", 5));
        String c = created(specialist, promotion("清仓价", "FIXED_PRICE", "85", products, hourAgo, thirtyDays, "clearance", 0));
        String d = created(specialist, promotion("金卡专享", "PERCENT_OFF", "5", "\"scope\":\"CATEGORY\",\"category\":\"PROMO\",\"memberTiers\":[\"GOLD\"]", hourAgo,
                tenDays, "members", 0));
        String e = created(specialist, "{\"name\":\"双十二满减\",\"kind\":\"SPEND_REDUCTION\",\"value\":30,\"threshold\":200,\"scope\":\"CATEGORY\",\"category\":\"PROMO\","
                + "\"occasion\":\"双十二\",\"startsAt\":\"" + hourAgo + "\",\"endsAt\":\"" + tenDays + "\",\"stackGroup\":\"order\"}");

        io.mercato.siteops.api.PriceQuote guest = prices.price("PR-SKU", null, java.time.Instant.now()).orElseThrow();
        SalesOrderFlow.assertMoney("80", com.fasterxml.jackson.databind.node.DecimalNode.valueOf(guest.price()));
        assertEquals(List.of(b, c), guest.applied().stream().map(io.mercato.siteops.api.PriceQuote.Applied::promotion).toList());
        assertEquals(a, guest.passedOver().get(0).promotion());
        assertTrue(guest.passedOver().get(0).note(), guest.passedOver().get(0).note().contains(b));
        assertTrue(guest.orderLevel().stream().anyMatch(applied -> applied.promotion().equals(e)));
        SalesOrderFlow.assertMoney("76", specialist.get("siteops/prices/PR-SKU?tier=gold").json().get("price"));

        // Above the 30 % limit: waits for the supervisor; approved, it applies from its start.
        ApiClient.Answer deep = specialist.post("siteops/promotions", promotion("年货节六折", "PERCENT_OFF", "40", products,
                now.plusDays(20).toString(), now.plusDays(25).toString(), "default", 0));
        assertEquals(deep.body(), 202, deep.status());
        String f = deep.json().get("details").get("number").asText();
        assertEquals("PENDING_APPROVAL", deep.json().get("details").get("status").asText());
        assertEquals(200, manager.post("approvals/" + deep.json().get("details").get("approvalId").asLong() + "/decision",
                "{\"decision\":\"APPROVE\"}").status());
        waitUntil(Duration.ofSeconds(30), () -> "APPROVED".equals(specialist.get("siteops/promotions/" + f).json().get("details").get("status").asText()),
                "the approved promotion");
        SalesOrderFlow.assertMoney("51", com.fasterxml.jackson.databind.node.DecimalNode.valueOf(
                prices.price("PR-SKU", null, java.time.Instant.now().plus(java.time.Duration.ofDays(21))).orElseThrow().price()));

        // The floor (10 % on cost 50: 55) is checked after the promotions: 100 could sell at 45.60, so it needs approval now.
        ApiClient.Answer repriced = specialist.post("siteops/pricing/PR-SKU/price", "{\"method\":\"FIXED\",\"price\":100,\"reason\":\"复核\"}");
        assertEquals(repriced.body(), 202, repriced.status());
        assertTrue(repriced.body(), repriced.body().contains("54.4"));

        JsonNode effect = specialist.get("siteops/promotions/" + b).json().get("effect");
        assertEquals(0, effect.get("during").get("units").asInt());
        assertEquals(200, specialist.post("siteops/promotions/" + a + "/cancel", "{\"reason\":\"与单品活动重复\"}").status());
        assertEquals(409, specialist.post("siteops/promotions/" + a + "/cancel", "{\"reason\":\"再取消\"}").status());
        assertTrue(specialist.get("siteops/promotions?days=60").json().toString().contains(f));
    }

    /**
     * Platform activities (活动报名): recorded by a specialist, shelved by the supervisor and still listed, taken up again,
     * approved (never by whoever recorded it), signed up for, and reported day by day with the totals.
     */
    @Test
    public void aPlatformActivityIsShelvedTakenUpAgainSignedUpAndReportedDaily() throws Exception {
        siteopsStaff();
        ApiClient specialist = new ApiClient(baseUrl()).login("so.sales", "so.sales-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("so.mgr", "so.mgr-password-1");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertProblem(specialist.post("siteops/activities", "{\"platform\":\"天猫\",\"name\":\"倒过来\",\"signUpBy\":\"" + today
                + "\",\"startsOn\":\"" + today.plusDays(5) + "\",\"endsOn\":\"" + today.plusDays(2) + "\"}"), 400, "endsOn", "");
        ApiClient.Answer recorded = specialist.post("siteops/activities", "{\"platform\":\"天猫\",\"name\":\"年货节 · 茶叶专场\","
                + "\"url\":\"https://pages.tmall.com/nianhuo\",\"signUpBy\":\"" + today.plusDays(3) + "\",\"startsOn\":\"" + today.minusDays(1)
                + "\",\"endsOn\":\"" + today.plusDays(10) + "\",\"goal\":\"茶叶销量翻倍\"}");
        assertEquals(recorded.body(), 201, recorded.status());
        String number = recorded.json().get("details").get("number").asText();
        assertEquals(403, specialist.post("siteops/activities/" + number + "/approve", "{}").status());
        assertProblem(manager.post("siteops/activities/" + number + "/shelve", "{}"), 400, "note", "");
        assertEquals("SHELVED", manager.post("siteops/activities/" + number + "/shelve", "{\"note\":\"库存不足，下月再议\"}").json()
                .get("details").get("status").asText());
        assertTrue("a shelved activity stays listed", specialist.get("siteops/activities?status=SHELVED").json().toString().contains(number));
        assertEquals(409, specialist.post("siteops/activities/" + number + "/sign-up", "{\"products\":\"P-1\"}").status());
        assertEquals("PROPOSED", specialist.post("siteops/activities/" + number + "/reopen", "{}").json().get("details").get("status").asText());
        assertEquals("APPROVED", manager.post("siteops/activities/" + number + "/approve", "{\"note\":\"同意\"}").json().get("details").get("status")
                .asText());
        assertEquals(409, specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today + "\",\"visitors\":1,\"orders\":0,"
                + "\"sales\":0}").status());
        assertEquals("SIGNED_UP", specialist.post("siteops/activities/" + number + "/sign-up", "{\"products\":\"安吉白茶 100g、西湖龙井 250g\"}")
                .json().get("details").get("status").asText());
        assertProblem(specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today.plusDays(1) + "\",\"visitors\":1,"
                + "\"orders\":0,\"sales\":0}"), 400, "day", "");
        assertProblem(specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today + "\",\"visitors\":10,"
                + "\"orders\":20,\"sales\":100}"), 400, "orders", "");
        specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today.minusDays(1) + "\",\"visitors\":1200,\"orders\":30,"
                + "\"sales\":2970.50}");
        specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today + "\",\"visitors\":900,\"orders\":15,\"sales\":1000}");
        JsonNode corrected = specialist.post("siteops/activities/" + number + "/reports", "{\"day\":\"" + today + "\",\"visitors\":800,"
                + "\"orders\":20,\"sales\":1980,\"note\":\"更正\"}").json();
        assertEquals(2, corrected.get("reports").size());
        assertEquals(2000, corrected.get("totals").get("visitors").asInt());
        assertEquals(50, corrected.get("totals").get("orders").asInt());
        SalesOrderFlow.assertMoney("4950.50", corrected.get("totals").get("sales"));
        SalesOrderFlow.assertMoney("2.5", corrected.get("totals").get("conversionPercent"));
    }

    private static String promotion(String name, String kind, String value, String scope, String startsAt, String endsAt, String group, int priority) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"value\":" + value + "," + scope + ",\"startsAt\":\"" + startsAt
                + "\",\"endsAt\":\"" + endsAt + "\",\"stackGroup\":\"" + group + "\",\"priority\":" + priority + "}";
    }

    private static String created(ApiClient client, String body) {
        ApiClient.Answer answer = client.post("siteops/promotions", body);
        assertEquals(answer.body(), 201, answer.status());
        return answer.json().get("details").get("number").asText();
    }

    private static String actions(JsonNode history) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        history.forEach(step -> actions.add(step.get("action").asText()));
        return actions.toString();
    }

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }

    private static void unlockAll(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement unlock = connection.createStatement()) {
            unlock.executeQuery("SELECT pg_advisory_unlock_all()").close();
        }
    }
}
