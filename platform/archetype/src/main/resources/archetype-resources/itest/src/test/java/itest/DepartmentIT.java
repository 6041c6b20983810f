package ${package}.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
public class DepartmentIT {
    private static final String PORT = "department.test.http.port";

    @Configuration
    public Option[] config() throws Exception {
        String repository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int port = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(maven("io.mercato", "distribution", System.getProperty("mercato.version")).type("tar.gz"))
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            features(maven("${groupId}", "${rootArtifactId}-feature", System.getProperty("department.version")).type("xml").classifier("features"),
                    "mercato-${department}"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(port)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repository),
            systemProperty(PORT).value(Integer.toString(port)),
            vmOption("--add-reads=java.xml=java.logging"),
            vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            vmOption("-Xmx768m"),
        };
    }

    @Test
    public void entriesAreCreatedAndListedByAnAdmin() throws Exception {
        String api = "http://127.0.0.1:" + System.getProperty(PORT) + "/api/";
        HttpClient http = HttpClient.newHttpClient();
        Path passwordFile = Path.of(System.getProperty("karaf.data"), "mercato", "admin-password.txt");
        String token = null;
        long deadline = System.currentTimeMillis() + 180_000;
        while (token == null && System.currentTimeMillis() < deadline) {
            if (Files.exists(passwordFile)) {
                HttpResponse<String> login = send(http, HttpRequest.newBuilder(URI.create(api + "session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                                + Files.readString(passwordFile).trim() + "\"}")));
                Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(login == null ? "" : login.body());
                token = login != null && login.statusCode() == 200 && found.find() ? found.group(1) : null;
            }
            if (token == null) {
                Thread.sleep(500);
            }
        }
        assertTrue("admin logged in", token != null);
        String bearer = "Bearer " + token;
        HttpResponse<String> list = null;
        while (System.currentTimeMillis() < deadline && (list == null || list.statusCode() != 200)) {
            list = send(http, HttpRequest.newBuilder(URI.create(api + "${department}/entries")).header("Authorization", bearer).GET());
            Thread.sleep(list != null && list.statusCode() == 200 ? 0 : 500);
        }
        assertEquals(200, list.statusCode());
        HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(api + "${department}/entries"))
                .header("Authorization", bearer).header("Content-Type", "application/json").header("Idempotency-Key", "itest-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"第一条 first\"}")));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> refused = send(http, HttpRequest.newBuilder(URI.create(api + "${department}/entries"))
                .header("Authorization", bearer).header("Content-Type", "application/json").header("Idempotency-Key", "itest-2")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"\"}")));
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("\"title\""));
        HttpResponse<String> listed = send(http, HttpRequest.newBuilder(URI.create(api + "${department}/entries")).header("Authorization", bearer).GET());
        assertTrue(listed.body(), listed.body().contains("第一条 first"));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
