package com.example.shop.giftwrap.itest;

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
 * Gift wrapping in Mercato's own distribution (offline: everything from the local repository): options priced with at most
 * two decimals, requests refused for orders the delivery department does not know.
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
            features(maven("com.example.shop", "giftwrap-feature", System.getProperty("department.version")).type("xml").classifier("features"),
                    "mercato-giftwrap"),
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
    public void optionsArePricedAndRequestsNeedAnOrderDeliveryKnows() throws Exception {
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
            list = send(http, HttpRequest.newBuilder(URI.create(api + "giftwrap/options")).header("Authorization", bearer).GET());
            Thread.sleep(list != null && list.statusCode() == 200 ? 0 : 500);
        }
        assertEquals(200, list.statusCode());
        assertEquals(201, post(http, api + "giftwrap/options", bearer, "opt-1",
                "{\"code\":\"RED-BOX\",\"nameEn\":\"Red box\",\"nameZh\":\"红色礼盒\",\"price\":12.50}").statusCode());
        HttpResponse<String> badPrice = post(http, api + "giftwrap/options", bearer, "opt-2",
                "{\"code\":\"GOLD\",\"nameEn\":\"Gold\",\"nameZh\":\"金色\",\"price\":1.005}");
        assertEquals(badPrice.body(), 400, badPrice.statusCode());
        assertTrue(badPrice.body(), badPrice.body().contains("\"price\""));
        // Delivery runs in the distribution: an order it does not know is refused, naming the field.
        HttpResponse<String> unknown = post(http, api + "giftwrap/requests", bearer, "req-1",
                "{\"orderNumber\":\"SO-99999999\",\"optionCode\":\"RED-BOX\",\"cardMessage\":\"生日快乐\"}");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("\"orderNumber\""));
        HttpResponse<String> unknownOption = post(http, api + "giftwrap/requests", bearer, "req-2",
                "{\"orderNumber\":\"SO-1\",\"optionCode\":\"NOPE\"}");
        assertEquals(unknownOption.body(), 400, unknownOption.statusCode());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String bearer, String key, String json) {
        return send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)));
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
