package io.mercato.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/** Platform contracts in the running distribution: bad input, authentication, idempotency, schema migrations. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends MercatoTestSupport {
    private ApiClient api;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory shell;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
    }

    @Test
    public void everyEndpointNeedsALogin() {
        ApiClient anonymous = new ApiClient(baseUrl());
        ApiClient.Answer answer = anonymous.get("warehouse/warehouses");
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(401, new ApiClient(baseUrl()).send("POST", "session", "application/json",
                "{\"username\":\"admin\",\"password\":\"wrong\"}", null).status());
        assertEquals(200, anonymous.get("").status());
    }

    @Test
    public void unknownFieldIsNamed() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\":\"QA-01\",\"name\":\"n\",\"region\":\"r\",\"colour\":\"red\"}"),
                400, "colour", "unknown field");
    }

    @Test
    public void wrongTypeIsNamed() {
        assertProblem(api.post("warehouse/reservations",
                "{\"key\":\"k\",\"sku\":\"S\",\"warehouseCode\":\"QA-01\",\"quantity\":\"three\"}"), 400, "quantity", "expected a whole number");
    }

    @Test
    public void missingFieldsAreAllListed() {
        ApiClient.Answer answer = api.post("warehouse/warehouses", "{\"code\":\"QA-02\"}");
        assertProblem(answer, 400, "name", "is required");
        assertTrue(answer.body(), answer.body().contains("\"region\""));
    }

    @Test
    public void malformedJsonIs400() {
        assertProblem(api.post("warehouse/warehouses", "{\"code\": \"QA-03\","), 400, "body", "malformed JSON");
    }

    @Test
    public void wrongMediaTypeIs415() {
        ApiClient.Answer answer = api.send("POST", "warehouse/warehouses", "text/plain", "code=QA-04", null);
        assertEquals(answer.body(), 415, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void oversizeBodyIs413() {
        String huge = "{\"code\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        ApiClient.Answer answer = api.post("warehouse/warehouses", huge);
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    public void unknownPathIs404ProblemWithoutStackTrace() {
        ApiClient.Answer answer = api.get("warehouse/no-such-thing");
        assertEquals(404, answer.status());
        assertTrue(answer.body(), !answer.body().contains("Exception") && !answer.body().contains("at io."));
    }

    @Test
    public void retriedPostWithSameIdempotencyKeyCreatesOnce() {
        String body = "{\"code\":\"IDEM-01\",\"name\":\"重试仓\",\"region\":\"华南\"}";
        ApiClient.Answer first = api.post("warehouse/warehouses", body, "create-idem-01");
        ApiClient.Answer retry = api.post("warehouse/warehouses", body, "create-idem-01");
        assertEquals(first.body(), 201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json(), retry.json());
        assertEquals(409, api.post("warehouse/warehouses", body, "create-idem-02").status());
        assertEquals(422, api.post("warehouse/warehouses", body.replace("重试仓", "别的"), "create-idem-01").status());
        JsonNode list = api.get("warehouse/warehouses?q=IDEM-01").json();
        assertEquals(1, list.get("total").asInt());
    }

    @Test
    public void companyStageTemplateCreatesTheOrgChartOnce() {
        assertEquals(4, api.get("org/templates").json().size());
        applyFunctionalSme();
        JsonNode chart = api.get("org/chart").json();
        assertEquals(7, chart.get("departments").size());
        assertEquals(22, chart.get("plannedHeadcount").asInt());
        JsonNode procurementAndLogistics = null;
        for (JsonNode department : chart.get("departments")) {
            if ("PROC-LOG".equals(department.get("code").asText())) {
                procurementAndLogistics = department;
            }
        }
        assertEquals("采购及物流部", procurementAndLogistics.get("nameZh").asText());
        assertEquals("PL-MGR", procurementAndLogistics.get("positions").get(1).get("superior").asText());
        assertEquals(409, api.post("org/template", "{\"template\":\"startup\"}").status());
        assertEquals(404, api.post("org/template", "{\"template\":\"no-such-stage\"}").status());
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
        java.util.List<org.osgi.service.event.Event> decided = new java.util.concurrent.CopyOnWriteArrayList<>();
        var registration = bundleContext.registerService(org.osgi.service.event.EventHandler.class, decided::add,
                new java.util.Hashtable<>(java.util.Map.of("event.topics", "mercato/approval/decided")));
        try {
            JsonNode submitted = buyer.post("approvals", "{\"documentType\":\"purchase-order\",\"documentId\":\"PO-80000\","
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
            assertEquals("PO-80000", decided.get(0).getProperty("documentId"));
            assertEquals("APPROVED", decided.get(0).getProperty("status"));
            assertEquals("procurement", decided.get(0).getProperty("ownerDepartment"));
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
        assertEquals("the right password is refused while locked", 401, locked.status());
    }

    @Test
    public void splitAndMergeKeepStaffPermissionsAndOpenApprovals() {
        applyFunctionalSme();
        hire("split.clerk", "仓管 赵", "WH-CLERK");
        hire("split.manager", "经理 钱", "PL-MGR");
        ApiClient clerk = new ApiClient(baseUrl()).login("split.clerk", "split.clerk-password-1");
        ApiClient manager = new ApiClient(baseUrl()).login("split.manager", "split.manager-password-1");
        long approval = clerk.post("approvals", "{\"documentType\":\"transfer\",\"documentId\":\"TR-SPLIT\","
                + "\"summary\":\"调拨 华东→西南\",\"ownerDepartment\":\"warehouse\"}").json().get("id").asLong();

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
        assertEquals(400, api.post("org/departments/PROC-LOG/split", "{\"code\":\"X-1\",\"nameEn\":\"x\",\"nameZh\":\"x\","
                + "\"positions\":[\"GM\"]}").status());

        ApiClient.Answer merged = api.post("org/departments/WH-LOG/merge", "{\"into\":\"PROC-LOG\"}");
        assertEquals(merged.body(), 200, merged.status());
        assertTrue(!merged.body().contains("\"WH-LOG\""));
        assertEquals("PROC-LOG", clerk.get("org/me").json().get("departmentCode").asText());
        assertTrue(manager.get("approvals/inbox").body().contains("TR-SPLIT"));
        assertTrue("the split is audited with its before and after",
                api.get("audit?q=org.department-split&size=50").body().contains("WH-LOG"));
        assertEquals(403, clerk.post("org/departments/PROC-LOG/split", "{\"code\":\"NO-1\",\"nameEn\":\"n\",\"nameZh\":\"n\","
                + "\"positions\":[\"BUYER\"]}").status());
    }

    @Test
    public void karafShellSplitsAndMergesDepartments() throws Exception {
        applyFunctionalSme();
        String split = runShell("org:split -c procurement.order -c procurement.tender -p BUYER PROC-LOG PROC Procurement 采购部");
        assertTrue(split, split.contains("PROC now has 1 position(s)") && split.contains("procurement.tender"));
        JsonNode chart = api.get("org/chart").json();
        assertTrue(chart.toString().contains("\"code\":\"PROC\""));
        assertTrue(api.get("audit?q=shell:").body().contains("org.department-split"));
        String merged = runShell("org:merge PROC PROC-LOG");
        assertTrue(merged, merged.contains("Merged PROC into PROC-LOG"));
        assertTrue(!api.get("org/chart").body().contains("\"code\":\"PROC\""));
    }

    private String runShell(String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = shell.create(new ByteArrayInputStream(new byte[0]), print, print);
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("karaf"));
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        Object result = javax.security.auth.Subject.doAs(subject,
                (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
        print.flush();
        return result + " " + out.toString(StandardCharsets.UTF_8);
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
    public void changedAppliedMigrationStopsTheBundleWithAClearLogLine() throws Exception {
        Bundle first = install("V1__notes.sql", "CREATE TABLE probe_migration.note (id integer PRIMARY KEY);");
        first.start();
        waitUntil(Duration.ofSeconds(30), () -> hasDatabase("probe_migration"), "schema probe_migration to be migrated");
        first.uninstall();

        Bundle changed = install("V1__notes.sql", "CREATE TABLE probe_migration.note (id bigint PRIMARY KEY);");
        changed.start();
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        waitUntil(Duration.ofSeconds(30), () -> changed.getState() != Bundle.ACTIVE, "the changed bundle to be stopped; log: "
                + logLines(log, "probe_migration"));
        assertTrue(!hasDatabase("probe_migration"));
        String text = Files.readString(log);
        assertTrue("log names the schema and the bundle", text.contains("Migration of schema probe_migration failed")
                && text.contains("stopping bundle test.migration"));
        changed.uninstall();
    }

    private static String logLines(Path log, String containing) {
        try {
            return String.join("\n", Files.readAllLines(log).stream().filter(line -> line.contains(containing)).toList());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private Bundle install(String script, String sql) throws Exception {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "test.migration");
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Mercato-Schema", "probe_migration");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            for (String folder : new String[] {"db/", "db/migration/", "db/migration/probe_migration/"}) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/migration/probe_migration/" + script));
            out.write(sql.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bundleContext.installBundle("test:migration-" + System.nanoTime(), new ByteArrayInputStream(jar.toByteArray()));
    }

    private boolean hasDatabase(String schema) {
        try {
            var references = bundleContext.getServiceReferences("io.mercato.platform.api.persistence.SchemaDatabase",
                    "(mercato.schema=" + schema + ")");
            return references != null && references.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(ApiClient.Answer answer, int status, String field, String messageStart) {
        assertEquals(answer.body(), status, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        JsonNode errors = answer.json().get("errors");
        boolean found = false;
        for (JsonNode error : errors) {
            found |= field.equals(error.get("field").asText()) && error.get("message").asText().startsWith(messageStart);
        }
        assertTrue("expected " + field + ": " + messageStart + " in " + answer.body(), found);
    }
}
