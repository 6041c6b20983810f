package ${package}.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * ${titleEn} in Mercato's own distribution: the department's feature installed beside the platform's departments, its
 * schema migrated, its endpoint answering a logged-in admin (offline: everything comes from the local repository).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DepartmentIT extends MercatoTestSupport {

    @Configuration
    @Override
    public Option[] config() {
        return withDepartment("${groupId}", "${rootArtifactId}-feature", System.getProperty("department.version"), "mercato-${department}");
    }

    @Test
    public void entriesAreCreatedAndListedByAnAdmin() throws Exception {
        ApiClient admin = loginAsAdmin();
        waitForApi("${department}/entries");
        assertEquals(200, admin.get("${department}/entries").status());

        ApiClient.Answer created = admin.post("${department}/entries", "{\"title\":\"第一条 first\"}", "itest-1");
        assertEquals(created.body(), 201, created.status());
        assertProblem(admin.post("${department}/entries", "{\"title\":\"\"}", "itest-2"), 400, "title", "");

        ApiClient.Answer listed = admin.get("${department}/entries");
        assertTrue(listed.body(), listed.body().contains("第一条 first"));
    }
}
