package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The organisation in the running distribution: templates, capabilities, approval chains and their rules,
 * staff management, editing positions, splitting and merging departments, the console menu per capability.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganisationIT extends MercatoTestSupport {
    private ApiClient api;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory shell;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
    }

    @Test
    public void companyStageTemplateCreatesTheOrgChartOnce() {
        assertEquals(4, api.get("org/templates").json().size());
        applyFunctionalSme();
        JsonNode chart = api.get("org/chart").json();
        assertEquals(7, chart.get("departments").size());
        JsonNode template = null;
        for (JsonNode candidate : api.get("org/templates").json()) {
            if ("functional-sme".equals(candidate.get("id").asText())) {
                template = candidate;
            }
        }
        assertEquals(22, template.get("plannedHeadcount").asInt());
        assertTrue("other tests here may add positions afterwards", chart.get("plannedHeadcount").asInt() >= 22);
        JsonNode procurementAndLogistics = null;
        for (JsonNode department : chart.get("departments")) {
            if ("PROC-LOG".equals(department.get("code").asText())) {
                procurementAndLogistics = department;
            }
        }
        assertEquals("采购及物流部", procurementAndLogistics.get("nameZh").asText());
        assertEquals("PL-MGR", procurementAndLogistics.get("positions").get(1).get("superior").asText());
        assertEquals(409, api.post("org/template", "{\"template\":\"startup\"}").status());
        assertProblem(api.post("org/template", "{\"template\":\"no-such-stage\"}"), 400, "template", "no template no-such-stage");
    }

    @Test
    public void specialistGets403WhereSupervisorSucceeds() {
        applyFunctionalSme();
        hire("wh.clerk", "仓管 小王", "WH-CLERK");
        hire("pl.manager", "采购物流经理 李", "PL-MGR");
        hire("cs.agent", "客服 小张", "CS-AGENT");
        ApiClient clerk = new ApiClient(baseUrl()).login("wh.clerk", "clerk-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("pl.manager", "pl.manager-password-1");
        ApiClient agent = new ApiClient(baseUrl()).login("cs.agent", "cs.agent-password-1");
        String warehouse = "{\"code\":\"CAP-01\",\"name\":\"权限仓\",\"region\":\"华东\"}";

        assertEquals(200, clerk.get("warehouse/warehouses").status());
        ApiClient.Answer refused = clerk.post("warehouse/warehouses", warehouse);
        assertEquals(refused.body(), 403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.body(), refused.body().contains("warehouse.stock") && refused.body().contains("SUPERVISOR"));
        assertEquals(201, manager.post("warehouse/warehouses", warehouse).status());
        assertEquals(403, agent.get("warehouse/stock").status());
        ApiClient.Answer reservation = agent.post("warehouse/reservations", "{\"key\":\"cap-1\",\"sku\":\"S\",\"warehouseCode\":\"CAP-01\",\"quantity\":1}");
        assertEquals(reservation.body(), 403, reservation.status());
        assertTrue(reservation.body(), reservation.body().contains("warehouse.stock"));
        assertEquals(403, clerk.post("org/staff", "{\"username\":\"x.y\",\"displayName\":\"X\",\"password\":\"0123456789\",\"position\":\"BUYER\"}").status());
        assertEquals("PL-MGR", clerk.get("org/me").json().get("superiorPositionCode").asText());
        assertEquals(403, clerk.get("audit").status());
        JsonNode audit = api.get("audit?q=CAP-01").json();
        assertEquals(1, audit.get("total").asInt());
        assertEquals("pl.manager", audit.get("items").get(0).get("actor").asText());
        assertEquals("warehouse.created", audit.get("items").get(0).get("action").asText());
    }

    @Test
    public void approvalTravelsTwoLevelsAndTellsTheOwner() {
        applyFunctionalSme();
        hire("appr.buyer", "采购 陈", "BUYER");
        hire("appr.manager", "经理 周", "PL-MGR");
        hire("appr.gm", "总经理 吴", "GM");
        ApiClient buyer = new ApiClient(baseUrl()).login("appr.buyer", "appr.buyer-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("appr.manager", "appr.manager-password-1");
        ApiClient generalManager = new ApiClient(baseUrl()).login("appr.gm", "appr.gm-password-1");
        java.util.List<io.mercato.platform.api.outbox.OutboxEvent> decided = new java.util.concurrent.CopyOnWriteArrayList<>();
        var registration = bundleContext.registerService(io.mercato.platform.api.outbox.OutboxSubscriber.class, decided::add,
                new java.util.Hashtable<>(java.util.Map.of("mercato.outbox.subscriber", "itest.decided",
                        "mercato.outbox.topics", "mercato/approval/decided")));
        try {
            JsonNode submitted = buyer.post("approvals/submissions", "{\"documentType\":\"purchase-order\",\"documentId\":\"PO-80000\","
                    + "\"summary\":\"春季备货 8 万元\",\"amount\":80000.00,\"ownerDepartment\":\"procurement\"}").json();
            long id = submitted.get("id").asLong();
            assertEquals("PL-MGR", submitted.get("waitingForPosition").asText());
            assertEquals("DIRECTOR", submitted.get("requiredLevel").asText());
            assertEquals(403, buyer.post("approvals/" + id + "/decision", "{\"decision\":\"APPROVE\"}").status());

            assertTrue(manager.get("approvals/inbox").body().contains("PO-80000"));
            JsonNode afterManager = manager.post("approvals/" + id + "/decision", "{\"decision\":\"APPROVE\",\"comment\":\"价格合理\"}").json();
            assertEquals("GM", afterManager.get("waitingForPosition").asText());
            assertEquals("PENDING", afterManager.get("status").asText());

            assertTrue(generalManager.get("approvals/inbox").body().contains("PO-80000"));
            JsonNode done = generalManager.post("approvals/" + id + "/decision", "{\"decision\":\"APPROVE\"}").json();
            assertEquals("APPROVED", done.get("status").asText());
            assertEquals(3, done.get("steps").size());
            assertEquals("价格合理", done.get("steps").get(1).get("comment").asText());
            assertEquals(409, manager.post("approvals/" + id + "/decision", "{\"decision\":\"REJECT\",\"comment\":\"晚了\"}").status());
            waitUntil(Duration.ofSeconds(10), () -> !decided.isEmpty(), "the decision event");
            assertEquals("PO-80000", decided.get(0).text("documentId"));
            assertEquals("APPROVED", decided.get(0).text("status"));
            assertEquals("procurement", decided.get(0).text("ownerDepartment"));
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void repeatedFailedLoginsLockTheAccount() {
        applyFunctionalSme();
        hire("lock.target", "锁定 测试", "BUYER");
        String wrong = "{\"username\":\"lock.target\",\"password\":\"not-the-password\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ApiClient(baseUrl()).send("POST", "session", "application/json", wrong, null).status());
        }
        ApiClient.Answer locked = new ApiClient(baseUrl()).send("POST", "session", "application/json",
                "{\"username\":\"lock.target\",\"password\":\"lock.target-password-1\"}", null);
        assertEquals("the right password is refused from this address while it is paused", 429, locked.status());
        assertEquals("application/problem+json", locked.contentType());
        assertTrue(api.get("org/staff/lock.target").json().get("locked").asBoolean());
        int pauses = 0;
        for (JsonNode entry : api.get("audit?q=lock.target&size=200").json().get("items")) {
            pauses += entry.get("action").asText().equals("login.paused") ? 1 : 0;
        }
        assertEquals("one pause on record", 1, pauses);
    }

    @Test
    public void splitAndMergeKeepStaffPermissionsAndOpenApprovals() {
        applyFunctionalSme();
        hire("split.clerk", "仓管 赵", "WH-CLERK");
        hire("split.manager", "经理 钱", "PL-MGR");
        ApiClient clerk = new ApiClient(baseUrl()).login("split.clerk", "split.clerk-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("split.manager", "split.manager-password-1");
        hire("split.buyer", "采购 孔", "BUYER");
        long approval = clerk.post("approvals/submissions", "{\"documentType\":\"transfer\",\"documentId\":\"TR-SPLIT\","
                + "\"summary\":\"调拨 华东→西南\",\"ownerDepartment\":\"warehouse\"}").json().get("id").asLong();
        long order = new ApiClient(baseUrl()).login("split.buyer", "split.buyer-password-1").post("approvals/submissions",
                "{\"documentType\":\"purchase-order\",\"documentId\":\"PO-SPLIT\",\"summary\":\"补货\",\"amount\":100,"
                + "\"ownerDepartment\":\"procurement\"}").json().get("id").asLong();
        assertEquals("PROC-LOG", api.get("approvals/" + approval).json().get("orgDepartment").asText());

        ApiClient.Answer split = api.post("org/departments/PROC-LOG/split", "{\"code\":\"WH-LOG\",\"nameEn\":\"Warehousing & logistics\","
                + "\"nameZh\":\"仓储物流部\",\"capabilities\":[\"warehouse.stock\",\"warehouse.transfer\"],\"positions\":[\"WH-CLERK\"]}");
        assertEquals(split.body(), 200, split.status());
        JsonNode placement = clerk.get("org/me").json();
        assertEquals("WH-LOG", placement.get("departmentCode").asText());
        assertTrue(placement.get("capabilities").toString().contains("warehouse.stock"));
        assertEquals(200, clerk.get("warehouse/warehouses").status());
        assertTrue(split.body().contains("split.clerk"));
        assertEquals("PENDING", api.get("approvals/" + approval).json().get("status").asText());
        assertTrue(manager.get("approvals/inbox").body().contains("TR-SPLIT"));
        // The hand-over goes through the outbox: it follows the split's commit within moments.
        waitUntil(Duration.ofSeconds(10), () -> "WH-LOG".equals(api.get("approvals/" + approval).json().get("orgDepartment").asText()),
                "the transfer going with the warehouse clerk's position");
        assertEquals("the buyer's order stayed", "PROC-LOG", api.get("approvals/" + order).json().get("orgDepartment").asText());
        assertTrue(api.get("audit?q=approval.owner-changed").body().contains("WH-LOG"));
        assertEquals(400, api.post("org/departments/PROC-LOG/split", "{\"code\":\"X-1\",\"nameEn\":\"x\",\"nameZh\":\"x\","
                + "\"positions\":[\"GM\"]}").status());

        ApiClient.Answer merged = api.post("org/departments/WH-LOG/merge", "{\"into\":\"PROC-LOG\"}");
        assertEquals(merged.body(), 200, merged.status());
        assertTrue(!merged.body().contains("\"WH-LOG\""));
        assertEquals("PROC-LOG", clerk.get("org/me").json().get("departmentCode").asText());
        assertTrue(manager.get("approvals/inbox").body().contains("TR-SPLIT"));
        waitUntil(Duration.ofSeconds(10), () -> "PROC-LOG".equals(api.get("approvals/" + approval).json().get("orgDepartment").asText()),
                "the transfer back in the merged department");
        assertTrue("the split is audited with its before and after",
                api.get("audit?q=org.department-split&size=50").body().contains("WH-LOG"));
        assertEquals(403, clerk.post("org/departments/PROC-LOG/split", "{\"code\":\"NO-1\",\"nameEn\":\"n\",\"nameZh\":\"n\","
                + "\"positions\":[\"BUYER\"]}").status());
    }

    @Test
    public void reorganisationsWaitForAStoppedDepartmentAndReachItExactlyOnce() throws Exception {
        applyFunctionalSme();
        hire("outbox.clerk", "仓管 吕", "WH-CLERK");
        hire("outbox.buyer", "采购 施", "BUYER");
        long transfer = new ApiClient(baseUrl()).login("outbox.clerk", "outbox.clerk-password-1").post("approvals/submissions",
                "{\"documentType\":\"transfer\",\"documentId\":\"TR-OUTBOX\",\"summary\":\"调拨\",\"ownerDepartment\":\"warehouse\"}")
                .json().get("id").asLong();
        long order = new ApiClient(baseUrl()).login("outbox.buyer", "outbox.buyer-password-1").post("approvals/submissions",
                "{\"documentType\":\"purchase-order\",\"documentId\":\"PO-OUTBOX\",\"summary\":\"补货\",\"amount\":100,"
                + "\"ownerDepartment\":\"procurement\"}").json().get("id").asLong();
        org.osgi.framework.Bundle approvals = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "io.mercato.platform.approvals".equals(b.getSymbolicName())).findFirst().orElseThrow();
        approvals.stop();
        try {
            assertEquals(200, api.post("org/departments/PROC-LOG/split", "{\"code\":\"OB-WH\",\"nameEn\":\"Warehouse\","
                    + "\"nameZh\":\"仓储部\",\"positions\":[\"WH-CLERK\"]}").status());
            assertEquals(200, api.post("org/departments/PROC-LOG/split", "{\"code\":\"OB-PROC\",\"nameEn\":\"Procurement\","
                    + "\"nameZh\":\"采购部\",\"positions\":[\"BUYER\"]}").status());
            JsonNode away = subscription("approvals.reowning");
            assertFalse("the approvals department is stopped", away.get("installed").asBoolean());
            assertTrue("both reorganisations wait for it: " + away, away.get("pending").asLong() >= 2);
        } finally {
            approvals.start();
        }
        waitUntil(Duration.ofSeconds(20), () -> "OB-WH".equals(api.get("approvals/" + transfer).json().path("orgDepartment").asText())
                && "OB-PROC".equals(api.get("approvals/" + order).json().path("orgDepartment").asText()),
                "both documents handed on once the approvals department is back");
        waitUntil(Duration.ofSeconds(10), () -> subscription("approvals.reowning").get("pending").asLong() == 0, "an empty backlog");
        assertEquals("each hand-over applied once", 1, api.get("audit?action=approval.owner-changed&entityId=PROC-LOG&size=200")
                .json().get("items").findValues("details").stream().filter(d -> d.toString().contains("OB-WH")).count());
        assertEquals(1, api.get("audit?action=approval.owner-changed&entityId=PROC-LOG&size=200")
                .json().get("items").findValues("details").stream().filter(d -> d.toString().contains("OB-PROC")).count());
        assertEquals(0, api.get("outbox").json().get("parked").asLong());

        assertEquals(200, api.post("org/departments/OB-WH/merge", "{\"into\":\"PROC-LOG\"}").status());
        assertEquals(200, api.post("org/departments/OB-PROC/merge", "{\"into\":\"PROC-LOG\"}").status());
        waitUntil(Duration.ofSeconds(10), () -> "PROC-LOG".equals(api.get("approvals/" + order).json().path("orgDepartment").asText()),
                "the order back in the merged department");
    }

    private JsonNode subscription(String name) {
        for (JsonNode subscription : api.get("outbox").json().get("subscriptions")) {
            if (name.equals(subscription.get("subscriber").asText())) {
                return subscription;
            }
        }
        throw new AssertionError("no outbox subscription " + name);
    }

    @Test
    public void karafShellSplitsAndMergesDepartments() throws Exception {
        applyFunctionalSme();
        String split = runShell("org:split -c procurement.order -c procurement.tender -p BUYER PROC-LOG PROC Procurement 采购部");
        assertTrue(split, split.contains("PROC now has 1 position(s)") && split.contains("procurement.tender"));
        JsonNode chart = api.get("org/chart").json();
        assertTrue(chart.toString().contains("\"code\":\"PROC\""));
        assertTrue(api.get("audit?q=shell:karaf").body().contains("org.department-split"));
        String merged = runShell("org:merge PROC PROC-LOG");
        assertTrue(merged, merged.contains("Merged PROC into PROC-LOG"));
        assertTrue(!api.get("org/chart").body().contains("\"code\":\"PROC\""));
    }

    private String runShell(String command) throws Exception {
        return runShellCommand(shell, command);
    }

    private void applyFunctionalSme() {
        int status = api.post("org/template", "{\"template\":\"functional-sme\"}").status();
        assertTrue("template applied now or by another test: " + status, status == 201 || status == 409);
    }

    private void hire(String username, String name, String position) {
        String password = username.startsWith("wh.") ? "clerk-password-1" : username + "-password-1";
        ApiClient.Answer hired = api.post("org/staff", "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\",\"password\":\"" + password + "\",\"position\":\"" + position + "\"}");
        assertEquals(hired.body(), 201, hired.status());
    }

    @Test
    public void staffAreListedMovedAndUnlocked() {
        applyFunctionalSme();
        hire("staff.mover", "调岗 孙", "BUYER");
        hire("staff.agent", "客服 钟", "CS-AGENT");
        JsonNode page = api.get("org/staff?q=staff.mover").json();
        assertEquals(page.toString(), 1, page.get("total").asInt());
        JsonNode member = page.get("items").get(0);
        assertEquals("调岗 孙", member.get("displayName").asText());
        assertEquals("PROC-LOG", member.get("departmentCode").asText());
        assertFalse(member.get("locked").asBoolean());
        assertTrue("search by the Chinese title", api.get("org/staff?size=200&q=" + URLEncoder.encode("采购专员", StandardCharsets.UTF_8))
                .body().contains("staff.mover"));
        assertFalse(api.get("org/staff?size=200&department=CS").body().contains("staff.mover"));
        assertEquals(400, api.get("org/staff?size=5000").status());

        JsonNode moved = api.put("org/staff/staff.mover/position", "{\"position\":\"WH-CLERK\"}").json();
        assertEquals("WH-CLERK", moved.get("positionCode").asText());
        assertProblem(api.put("org/staff/staff.mover/position", "{\"position\":\"NO-SUCH\"}"), 400, "position", "no position");
        assertProblem(api.put("org/staff/staff.mover/position", "{}"), 400, "position", "is required");
        assertEquals(404, api.put("org/staff/nobody.here/position", "{\"position\":\"BUYER\"}").status());
        ApiClient agent = new ApiClient(baseUrl()).login("staff.agent", "staff.agent-password-1");
        assertEquals(403, agent.put("org/staff/staff.mover/position", "{\"position\":\"BUYER\"}").status());
        assertEquals(403, agent.get("org/staff").status());
        assertTrue(api.get("audit?q=org.staff-moved").body().contains("WH-CLERK"));

        String wrong = "{\"username\":\"staff.mover\",\"password\":\"not-the-password\"}";
        for (int i = 0; i < 5; i++) {
            new ApiClient(baseUrl()).send("POST", "session", "application/json", wrong, null);
        }
        assertTrue(api.get("org/staff/staff.mover").json().get("locked").asBoolean());
        assertEquals(403, agent.post("org/staff/staff.mover/unlock", null).status());
        JsonNode unlocked = api.post("org/staff/staff.mover/unlock", null).json();
        assertFalse(unlocked.toString(), unlocked.get("locked").asBoolean());
        ApiClient mover = new ApiClient(baseUrl()).login("staff.mover", "staff.mover-password-1");
        assertEquals("WH-CLERK", mover.get("org/me").json().get("positionCode").asText());
        assertTrue(api.get("audit?q=account.unlocked").body().contains("staff.mover"));
    }

    @Test
    public void positionsAreAddedAndEditedAfterTheTemplate() {
        applyFunctionalSme();
        String position = "{\"code\":\"QC\",\"department\":\"PROC-LOG\",\"titleEn\":\"Quality inspector\","
                + "\"titleZh\":\"质检员\",\"level\":\"SPECIALIST\",\"plannedHeadcount\":2,\"superior\":\"PL-MGR\"}";
        ApiClient.Answer created = api.post("org/positions", position);
        assertEquals(created.body(), 201, created.status());
        assertEquals(409, api.post("org/positions", position).status());
        assertTrue(api.get("org/chart").body().contains("质检员"));

        ApiClient.Answer changed = api.put("org/positions/QC", "{\"titleEn\":\"Quality lead\",\"titleZh\":\"质检主管\","
                + "\"level\":\"SUPERVISOR\",\"plannedHeadcount\":1,\"superior\":\"GM\"}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("GM", changed.json().get("superior").asText());
        assertEquals(1, changed.json().get("plannedHeadcount").asInt());
        assertTrue(api.get("audit?q=org.position-changed").body().contains("质检员"));

        assertProblem(api.put("org/positions/GM", "{\"titleEn\":\"GM\",\"titleZh\":\"总经理\",\"level\":\"GENERAL_MANAGER\","
                + "\"plannedHeadcount\":1,\"superior\":\"QC\"}"), 400, "superior", "QC reports to GM");
        ApiClient.Answer bad = api.put("org/positions/QC", "{\"titleEn\":\"\",\"titleZh\":\"质检\",\"level\":\"BOSS\","
                + "\"plannedHeadcount\":-1}");
        assertProblem(bad, 400, "titleEn", "is required");
        assertProblem(bad, 400, "level", "must be one of");
        assertProblem(bad, 400, "plannedHeadcount", "must be between 0 and");
        assertEquals(404, api.put("org/positions/NOPE", "{\"titleEn\":\"x\",\"titleZh\":\"x\",\"level\":\"SPECIALIST\","
                + "\"plannedHeadcount\":1}").status());
        assertProblem(api.post("org/positions", "{\"code\":\"X2\",\"department\":\"NOPE\",\"titleEn\":\"x\",\"titleZh\":\"x\","
                + "\"level\":\"SPECIALIST\",\"plannedHeadcount\":1}"), 400, "department", "no active department");
    }

    @Test
    public void approvalRulesAreEditedAndUsedForNewSubmissions() {
        applyFunctionalSme();
        hire("rules.buyer", "采购 冯", "BUYER");
        hire("rules.manager", "经理 褚", "PL-MGR");
        ApiClient buyer = new ApiClient(baseUrl()).login("rules.buyer", "rules.buyer-password-1");
        assertTrue(api.get("approvals/rules").body().contains("purchase-order"));

        ApiClient.Answer replaced = api.put("approvals/rules/sample-request", "{\"thresholds\":[{\"minAmount\":0,\"level\":\"SUPERVISOR\"},"
                + "{\"minAmount\":1000.50,\"level\":\"GENERAL_MANAGER\"}]}");
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals(2, replaced.json().get("thresholds").size());
        assertTrue(api.get("audit?q=approval.rules-changed").body().contains("sample-request"));
        String submission = "{\"documentType\":\"sample-request\",\"documentId\":\"%s\",\"summary\":\"样品\","
                + "\"amount\":%s,\"ownerDepartment\":\"procurement\"}";
        assertEquals("SUPERVISOR", buyer.post("approvals/submissions", String.format(submission, "SR-1", "1000.49")).json().get("requiredLevel").asText());
        assertEquals("GENERAL_MANAGER", buyer.post("approvals/submissions", String.format(submission, "SR-2", "1000.50")).json().get("requiredLevel").asText());

        ApiClient.Answer falling = api.put("approvals/rules/sample-request", "{\"thresholds\":[{\"minAmount\":0,\"level\":\"DIRECTOR\"},"
                + "{\"minAmount\":500,\"level\":\"SUPERVISOR\"}]}");
        assertProblem(falling, 400, "thresholds[1].level", "a higher amount cannot need a lower level");
        assertProblem(api.put("approvals/rules/sample-request", "{\"thresholds\":[{\"minAmount\":10,\"level\":\"DIRECTOR\"}]}"),
                400, "thresholds[0].minAmount", "the first rule starts at 0");
        assertProblem(api.put("approvals/rules/sample-request", "{\"thresholds\":[]}"), 400, "thresholds", "give at least");
        assertEquals("the refused changes kept the rule", 2, rulesOf("sample-request").size());
        ApiClient manager = new ApiClient(baseUrl()).login("rules.manager", "rules.manager-password-1");
        assertEquals(403, manager.put("approvals/rules/sample-request", "{\"thresholds\":[{\"minAmount\":0,\"level\":\"SPECIALIST\"}]}").status());
    }

    private JsonNode rulesOf(String documentType) {
        for (JsonNode rule : api.get("approvals/rules").json()) {
            if (rule.get("documentType").asText().equals(documentType)) {
                return rule.get("thresholds");
            }
        }
        throw new AssertionError("no rule for " + documentType);
    }

    @Test
    public void departmentsAreAddedRenamedAndGivenCapabilities() {
        applyFunctionalSme();
        JsonNode declared = api.get("org/capabilities").json();
        assertTrue(declared.toString(), declared.get("warehouse.transfer").toString().contains("io.mercato.warehouse.impl"));
        assertTrue(declared.toString(), declared.has("org.manage"));

        ApiClient.Answer created = api.post("org/departments", "{\"code\":\"QA\",\"nameEn\":\"Quality\",\"nameZh\":\"质检组\","
                + "\"parent\":\"PROC-LOG\",\"capabilities\":[\"warehouse.stock\"]}");
        assertEquals(created.body(), 201, created.status());
        assertEquals(409, api.post("org/departments", "{\"code\":\"QA\",\"nameEn\":\"Q\",\"nameZh\":\"质\"}").status());
        assertProblem(api.post("org/departments", "{\"code\":\"QB\",\"nameEn\":\"Q\",\"nameZh\":\"质\",\"parent\":\"NOPE\"}"),
                400, "parent", "no active department");
        assertProblem(api.post("org/departments", "{\"code\":\"QB\",\"nameEn\":\"Q\",\"nameZh\":\"质\",\"capabilities\":[\"Bad Cap\"]}"),
                400, "capabilities[0]", "must look like");
        assertEquals(201, api.post("org/positions", "{\"code\":\"QA-INSP\",\"department\":\"QA\",\"titleEn\":\"Inspector\","
                + "\"titleZh\":\"质检员\",\"level\":\"SPECIALIST\",\"plannedHeadcount\":1,\"superior\":\"PL-MGR\"}").status());
        hire("qa.inspector", "质检 韩", "QA-INSP");
        ApiClient inspector = new ApiClient(baseUrl()).login("qa.inspector", "qa.inspector-password-1");
        assertEquals(200, inspector.get("warehouse/stock").status());
        assertEquals(403, inspector.get("warehouse/transfers").status());

        ApiClient.Answer granted = api.put("org/departments/QA", "{\"nameEn\":\"Quality control\",\"nameZh\":\"质量控制组\","
                + "\"capabilities\":[\"warehouse.stock\",\"warehouse.transfer\"]}");
        assertEquals(granted.body(), 200, granted.status());
        assertTrue(granted.body().contains("质量控制组"));
        assertEquals(200, inspector.get("warehouse/transfers").status());
        assertEquals(200, api.put("org/departments/QA", "{\"nameEn\":\"Quality control\",\"nameZh\":\"质量控制组\","
                + "\"capabilities\":[\"warehouse.stock\"]}").status());
        assertEquals(403, inspector.get("warehouse/transfers").status());
        assertTrue(api.get("audit?q=org.department-changed").body().contains("warehouse.transfer"));
        assertEquals(404, api.put("org/departments/NOPE", "{\"nameEn\":\"x\",\"nameZh\":\"x\"}").status());
    }

    @Test
    public void consoleMenuShowsOnlyWhatTheUserMayUse() {
        applyFunctionalSme();
        hire("menu.agent", "客服 卫", "CS-AGENT");
        hire("menu.clerk", "仓管 蒋", "WH-CLERK");
        String agentMenu = new ApiClient(baseUrl()).login("menu.agent", "menu.agent-password-1").get("console/departments").body();
        String clerkMenu = new ApiClient(baseUrl()).login("menu.clerk", "menu.clerk-password-1").get("console/departments").body();
        String adminMenu = api.get("console/departments").body();
        assertFalse(agentMenu, agentMenu.contains("/warehouse/"));
        assertTrue(agentMenu, agentMenu.contains("/approvals/inbox") && agentMenu.contains("/org/chart"));
        assertFalse(agentMenu, agentMenu.contains("/org/staff") || agentMenu.contains("/org/audit"));
        assertTrue(clerkMenu, clerkMenu.contains("/warehouse/stock") && clerkMenu.contains("/warehouse/transfers"));
        assertFalse(clerkMenu, clerkMenu.contains("/approvals/rules"));
        assertTrue(adminMenu, adminMenu.contains("/org/staff") && adminMenu.contains("/approvals/rules") && adminMenu.contains("/warehouse/stock"));
    }

}
