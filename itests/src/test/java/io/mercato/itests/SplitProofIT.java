package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * The product's central promise on a running system (domain §1): a small company's combined procurement & logistics
 * department (采购及物流部) splits into procurement (with merchant onboarding) and warehousing & logistics, and nothing
 * is lost. Before the split: suppliers, purchase orders (one waiting for approval, one partly received), a transfer
 * in transit, a merchant application under review. The split runs while other departments are under load. After it:
 * every record is there and owned by the right department, the open work can be finished, no request failed and no
 * bundle was restarted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SplitProofIT extends MercatoTestSupport {
    @Inject
    private BundleContext bundleContext;

    @Test
    public void theCombinedDepartmentSplitsWithoutLosingAnything() throws Exception {
        ApiClient api = loginAsAdmin();
        waitUntil(Duration.ofSeconds(60), () -> api.get("procurement/suppliers").status() == 200
                && api.get("merchants/merchants").status() == 200, "procurement and merchant onboarding APIs");
        assertEquals(201, api.post("org/template", "{\"template\":\"functional-sme\"}").status());
        hire(api, "sp.buyer", "采购 韩", "BUYER");
        hire(api, "sp.manager", "经理 杨", "PL-MGR");
        hire(api, "sp.clerk", "仓管 朱", "WH-CLERK");
        ApiClient buyer = new ApiClient(baseUrl()).login("sp.buyer", "sp.buyer-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("sp.manager", "sp.manager-password-1");
        ApiClient clerk = new ApiClient(baseUrl()).login("sp.clerk", "sp.clerk-password-1");

        // The combined department at work.
        for (String code : List.of("SP-WH-A", "SP-WH-B")) {
            assertEquals(201, api.post("warehouse/warehouses", "{\"code\":\"" + code + "\",\"name\":\"仓库 " + code + "\",\"region\":\"华东\"}").status());
        }
        assertEquals(200, api.post("warehouse/receipts", "{\"sku\":\"SP-SKU-T\",\"warehouseCode\":\"SP-WH-A\",\"quantity\":50}").status());
        assertEquals(201, buyer.post("procurement/suppliers", "{\"code\":\"SP-SUP-1\",\"name\":\"苏州纺织有限公司\",\"paymentTerms\":\"NET30\"}").status());
        assertEquals(201, buyer.post("procurement/suppliers", "{\"code\":\"SP-SUP-2\",\"name\":\"Qingdao Packaging\",\"paymentTerms\":\"PREPAID\"}").status());
        String pending = buyer.post("procurement/purchase-orders", order("SP-SUP-1", "SP-SKU-P", 2000, 60)).json().get("number").asText();
        JsonNode awaiting = buyer.post("procurement/purchase-orders/" + pending + "/submit", null).json();
        assertEquals("AWAITING_APPROVAL", awaiting.get("status").asText());
        long approval = awaiting.get("approvalId").asLong();
        String partly = buyer.post("procurement/purchase-orders", order("SP-SUP-2", "SP-SKU-R", 100, 3)).json().get("number").asText();
        assertEquals("APPROVED", buyer.post("procurement/purchase-orders/" + partly + "/submit", null).json().get("status").asText());
        assertEquals("SENT", buyer.post("procurement/purchase-orders/" + partly + "/send", null).json().get("status").asText());
        assertEquals("PARTIALLY_RECEIVED", buyer.post("procurement/purchase-orders/" + partly + "/receipts",
                "{\"lines\":[{\"line\":1,\"received\":40}]}").json().get("status").asText());
        JsonNode transfer = clerk.post("warehouse/transfers", "{\"fromWarehouse\":\"SP-WH-A\",\"toWarehouse\":\"SP-WH-B\","
                + "\"lines\":[{\"sku\":\"SP-SKU-T\",\"quantity\":20}]}").json();
        long transferId = transfer.get("id").asLong();
        assertEquals("SHIPPED", clerk.post("warehouse/transfers/" + transferId + "/ship", null).json().get("status").asText());
        String merchant = buyer.post("merchants/merchants", "{\"companyName\":\"义乌小商品贸易有限公司\",\"licenceNumber\":\"91330782SPLIT0001\","
                + "\"contactName\":\"陈\",\"categories\":[\"家居\"]}").json().get("code").asText();
        assertEquals("UNDER_REVIEW", buyer.post("merchants/merchants/" + merchant + "/review", null).json().get("status").asText());
        // A tender run to its award: invited, bid on by the suppliers' own logins, opened early by two people, awarded.
        for (String code : List.of("SP-SUP-1", "SP-SUP-2")) {
            assertEquals(201, api.post("procurement/suppliers/" + code + "/accounts", "{\"username\":\"" + code.toLowerCase()
                    + "\",\"password\":\"" + code.toLowerCase() + "-password-1\"}").status());
        }
        String tender = buyer.post("procurement/tenders", "{\"title\":\"拆分前招标\",\"deadline\":\"" + java.time.OffsetDateTime.now().plusDays(2)
                + "\",\"warehouseCode\":\"SP-WH-A\",\"items\":[{\"sku\":\"SP-SKU-D\",\"quantity\":50,\"neededBy\":\""
                + LocalDate.now().plusDays(20) + "\"}],\"suppliers\":[\"SP-SUP-1\",\"SP-SUP-2\"]}").json().get("number").asText();
        String bid = "{\"lines\":[{\"item\":1,\"unitPrice\":%s,\"leadTimeDays\":3,\"validUntil\":\"" + LocalDate.now().plusDays(30) + "\"}]}";
        assertEquals(201, new ApiClient(baseUrl()).login("sp-sup-1", "sp-sup-1-password-1")
                .post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, "4.20")).status());
        assertEquals(201, new ApiClient(baseUrl()).login("sp-sup-2", "sp-sup-2-password-1")
                .post("procurement/portal/tenders/" + tender + "/bids", String.format(bid, "4.10")).status());
        assertEquals("OPEN", buyer.post("procurement/tenders/" + tender + "/open", null).json().get("status").asText());
        assertEquals("OPENED", manager.post("procurement/tenders/" + tender + "/open", null).json().get("status").asText());
        String tenderOrder = buyer.post("procurement/tenders/" + tender + "/award", "{}").json().get("awards").get(0)
                .get("purchaseOrder").asText();

        for (String document : List.of("procurement/suppliers/SP-SUP-1", "procurement/purchase-orders/" + pending, "procurement/tenders/" + tender,
                "merchants/merchants/" + merchant, "warehouse/transfers/" + transferId)) {
            assertEquals(document, "PROC-LOG", api.get(document).json().get("orgDepartment").asText());
        }

        assertEquals("one console section for the combined department", java.util.Set.of("PROC-LOG"), sections(buyer));

        // The split, under load, watched for restarts.
        Map<String, String> bundlesBefore = bundleStates();
        List<String> restarted = new ArrayList<>();
        BundleListener watcher = event -> {
            if (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.STARTED) {
                restarted.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        bundleContext.addBundleListener(watcher);
        List<List<LoadDuringChange.Answer>> answers;
        try (LoadDuringChange load = new LoadDuringChange(api, List.of("warehouse/warehouses", "warehouse/transfers",
                "procurement/purchase-orders", "merchants/merchants", "approvals/rules"), 2)) {
            Thread.sleep(500);
            ApiClient.Answer split = api.post("org/departments/PROC-LOG/split", "{\"code\":\"PROC\",\"nameEn\":\"Procurement\","
                    + "\"nameZh\":\"采购部\",\"capabilities\":[\"procurement.supplier\",\"procurement.order\",\"procurement.tender\","
                    + "\"procurement.receive\",\"merchants.onboarding\"],\"positions\":[\"BUYER\"]}");
            assertEquals(split.body(), 200, split.status());
            waitUntil(Duration.ofSeconds(20), () -> "PROC".equals(api.get("procurement/purchase-orders/" + pending).json()
                    .get("orgDepartment").asText()) && "PROC".equals(api.get("merchants/merchants/" + merchant).json()
                    .get("orgDepartment").asText()), "documents handed to the new department");
            Thread.sleep(500);
            answers = load.stop();
        } finally {
            bundleContext.removeBundleListener(watcher);
        }
        long calls = answers.stream().mapToLong(List::size).sum();
        List<LoadDuringChange.Answer> failed = answers.stream().flatMap(List::stream).filter(a -> a.status() != 200).toList();
        assertTrue("no failed request during the split: " + failed, failed.isEmpty());
        assertTrue("the load ran: " + calls, calls > 20);
        assertTrue("no bundle restarted: " + restarted, restarted.isEmpty());
        assertEquals("bundle ids and states unchanged", bundlesBefore, bundleStates());

        // Every record is there, owned by the right department.
        for (String document : List.of("procurement/suppliers/SP-SUP-1", "procurement/suppliers/SP-SUP-2",
                "procurement/purchase-orders/" + pending, "procurement/purchase-orders/" + partly, "merchants/merchants/" + merchant,
                "procurement/tenders/" + tender, "procurement/purchase-orders/" + tenderOrder)) {
            assertEquals(document, "PROC", api.get(document).json().get("orgDepartment").asText());
        }
        assertEquals("the transfer stays with warehousing", "PROC-LOG", api.get("warehouse/transfers/" + transferId).json()
                .get("orgDepartment").asText());
        assertEquals("the buyer now works in procurement", "PROC", buyer.get("org/me").json().get("departmentCode").asText());
        assertEquals("the order's approval went with the buyer's position", "PROC", api.get("approvals/" + approval).json()
                .get("orgDepartment").asText());

        // The open work can be finished.
        assertTrue("the pending approval waits in the manager's inbox", manager.get("approvals/inbox").body().contains(pending));
        decide(api, approval);
        waitUntil(Duration.ofSeconds(15), () -> "APPROVED".equals(buyer.get("procurement/purchase-orders/" + pending).json()
                .get("status").asText()), "the approved order");
        assertEquals("RECEIVED", buyer.post("procurement/purchase-orders/" + partly + "/receipts",
                "{\"lines\":[{\"line\":1,\"received\":60}]}").json().get("status").asText());
        assertEquals("RECEIVED", clerk.post("warehouse/transfers/" + transferId + "/receive",
                "{\"lines\":[{\"sku\":\"SP-SKU-T\",\"quantity\":20}]}").json().get("status").asText());
        assertEquals("the buyer keeps procurement rights", 200, buyer.get("procurement/suppliers").status());
        assertEquals("the clerk keeps warehouse rights", 200, clerk.get("warehouse/transfers").status());
        assertEquals("the clerk has no procurement rights any more", 403, clerk.get("procurement/suppliers").status());
        assertTrue(api.get("audit?action=procurement.owner-changed").body().contains("PROC"));
        assertTrue("both sections for the admin after the split", sections(api).containsAll(java.util.Set.of("PROC", "PROC-LOG")));
        assertEquals("the buyer sees the procurement section", java.util.Set.of("PROC"), sections(buyer));
        assertEquals("the clerk sees the warehouse section", java.util.Set.of("PROC-LOG"), sections(clerk));
    }

    /** The organisation departments the caller's console menu shows as sections. */
    private static java.util.Set<String> sections(ApiClient client) {
        java.util.Set<String> sections = new java.util.TreeSet<>();
        for (JsonNode bundle : client.get("console/departments").json()) {
            if (bundle.hasNonNull("section")) {
                sections.add(bundle.get("section").get("code").asText());
            }
        }
        return sections;
    }

    private void decide(ApiClient api, long approval) {
        for (int step = 0; step < 3; step++) {
            JsonNode current = api.get("approvals/" + approval).json();
            if (!"PENDING".equals(current.get("status").asText())) {
                return;
            }
            String position = current.get("waitingForPosition").asText();
            String decider = "GM".equals(position) ? "sp.gm" : "sp.manager";
            if ("GM".equals(position) && api.get("org/staff?q=sp.gm").body().indexOf("sp.gm") < 0) {
                hire(api, "sp.gm", "总经理 秦", "GM");
            }
            ApiClient.Answer decided = new ApiClient(baseUrl()).login(decider, decider + "-password-1")
                    .post("approvals/" + approval + "/decision", "{\"decision\":\"APPROVE\"}");
            assertEquals(decided.body(), 200, decided.status());
        }
    }

    private Map<String, String> bundleStates() {
        Map<String, String> states = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("io.mercato")) {
                states.put(bundle.getSymbolicName(), bundle.getBundleId() + "/" + bundle.getState() + "/" + bundle.getLastModified());
            }
        }
        return states;
    }

    private static String order(String supplier, String sku, int quantity, int price) {
        return "{\"supplier\":\"" + supplier + "\",\"warehouseCode\":\"SP-WH-A\",\"expectedOn\":\"" + LocalDate.now().plusDays(10)
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":" + price + "}]}";
    }

}
