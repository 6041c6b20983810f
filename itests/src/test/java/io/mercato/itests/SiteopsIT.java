package io.mercato.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mercato.siteops.api.CatalogService;
import io.mercato.siteops.api.SkuInfo;
import java.time.Duration;
import javax.inject.Inject;
import javax.sql.DataSource;
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

    private ApiClient api;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

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

    private String query(String sql, Object... parameters) throws Exception {
        return firstValue(dataSource, sql, parameters);
    }
}
