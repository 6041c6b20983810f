package io.mercato.testing;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * What a Mercato integration test extends: it boots the real built distribution (version from the system property
 * {@code mercato.version}; offline: no remote Maven repository, the build's local one) once per test class, on free
 * ports, with the Java 17 module flags of bin/karaf that Pax Exam does not add itself; the helpers log in, call the API
 * and wait for a department. The same class serves the platform's tests and an integrator's department test.
 */
public abstract class MercatoTestSupport {
    public static final String HTTP_PORT_PROPERTY = "mercato.test.http.port";

    /** Every test class boots the distribution this way; a class that needs more overrides it and adds to {@link #baseConfiguration()}. */
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    /** The distribution as built, plus a department of the integrator's: its features file and the feature to install. */
    protected static Option[] withDepartment(String groupId, String featureArtifactId, String version, String feature) {
        Option[] base = baseConfiguration();
        Option[] all = java.util.Arrays.copyOf(base, base.length + 1);
        all[base.length] = features(maven(groupId, featureArtifactId, version).type("xml").classifier("features"), feature);
        return all;
    }

    protected static Option[] baseConfiguration() {
        String version = System.getProperty("mercato.version");
        String localRepository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int httpPort = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("io.mercato", "distribution", version).type("tar.gz"))
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // -Dmercato.exam.keep=true keeps target/exam/<run> (its data/log/karaf.log) for a look afterwards.
            Boolean.getBoolean("mercato.exam.keep") ? keepRuntimeFolder() : new org.ops4j.pax.exam.options.DefaultCompositeOption(),
            logLevel(LogLevelOption.LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            // Offline: no remote repository; the exam's own bundles come from the build's local repository.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(httpPort)),
            // This class runs inside Karaf as well (Pax Exam runs the test methods there).
            mavenBundle("io.mercato", "platform.testing", version),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
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

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY) + "/api/";
    }

    public static String adminPassword() throws IOException {
        Path file = Path.of(System.getProperty("karaf.data"), "mercato", "admin-password.txt");
        String[] password = {""};
        // Read until it holds the password: a distribution older than the atomic write could show it empty for an instant.
        waitUntil(Duration.ofSeconds(90), () -> {
            try {
                password[0] = Files.exists(file) ? Files.readString(file).trim() : "";
            } catch (IOException notYet) {
                password[0] = "";
            }
            return !password[0].isEmpty();
        }, "admin password file " + file);
        return password[0];
    }

    /** Waits until the warehouse API is served (it answers 401 to an anonymous call). */
    public static void waitForWarehouseApi() {
        waitForApi("warehouse/warehouses");
    }

    /** Waits until a department's endpoint (a path under /api/, e.g. {@code giftwrap/entries}) is served: 401 to an anonymous call. */
    public static void waitForApi(String path) {
        if (apiNeverCameUp) {
            throw new AssertionError("The API did not come up for an earlier test of this class; see data/log/karaf.log");
        }
        ApiClient anonymous = new ApiClient(baseUrl());
        ApiClient.Answer[] last = new ApiClient.Answer[1];
        try {
            waitUntil(Duration.ofSeconds(120), () -> (last[0] = anonymous.get(path)).status() == 401, path + " served");
        } catch (AssertionError timedOut) {
            apiNeverCameUp = true;
            throw new AssertionError(timedOut.getMessage() + "; " + whyUnserved(path, last[0]), timedOut);
        }
    }

    /** What the container says about an endpoint that is not served: the last answer, refused applications, bundles. */
    private static String whyUnserved(String path, ApiClient.Answer last) {
        StringBuilder why = new StringBuilder();
        if (last != null) {
            String body = last.body() == null ? "" : last.body();
            why.append("last answer ").append(last.status()).append(" Mercato-Unserved=").append(last.header("Mercato-Unserved"))
                    .append(' ').append(body, 0, Math.min(300, body.length()));
        }
        org.osgi.framework.Bundle own = org.osgi.framework.FrameworkUtil.getBundle(MercatoTestSupport.class);
        org.osgi.framework.BundleContext context = own == null ? null : own.getBundleContext();
        if (context == null) {
            return why.toString();
        }
        var runtime = context.getServiceReference(org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime.class);
        if (runtime != null) {
            var dto = context.getService(runtime).getRuntimeDTO();
            for (var failed : dto.failedApplicationDTOs) {
                why.append("; refused application ").append(failed.name).append(" (reason ").append(failed.failureReason).append(')');
            }
            for (var failed : dto.failedResourceDTOs) {
                why.append("; refused resource ").append(failed.name).append(" (reason ").append(failed.failureReason).append(')');
            }
            for (var failed : dto.failedExtensionDTOs) {
                why.append("; refused extension ").append(failed.name).append(" (reason ").append(failed.failureReason).append(')');
            }
        } else {
            why.append("; no JAX-RS whiteboard runtime");
        }
        String department = path.split("/")[0];
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().contains("." + department + ".")) {
                why.append("; bundle ").append(bundle.getSymbolicName()).append(" state ").append(bundle.getState());
            }
        }
        return why.toString();
    }

    /** Set once the API failed to come up, so the class's other tests fail at once instead of waiting again. */
    private static volatile boolean apiNeverCameUp;

    /** Once the distribution serves the API, a client logged in as the first-start admin. */
    public static ApiClient loginAsAdmin() throws IOException {
        if (apiNeverCameUp) {
            throw new AssertionError("Mercato did not come up for an earlier test of this class; see data/log/karaf.log");
        }
        String password;
        try {
            password = adminPassword();
        } catch (AssertionError timedOut) {
            apiNeverCameUp = true;
            throw timedOut;
        }
        waitForWarehouseApi();
        // The platform's own endpoints (the session among them) may come up a moment after a department's: wait for
        // the login to be served, then for every installed department (/api/health UP).
        ApiClient admin = new ApiClient(baseUrl());
        String[] lastRefusal = {"none"};
        try {
            waitUntil(Duration.ofSeconds(120), () -> {
                try {
                    admin.login("admin", password);
                    return true;
                } catch (AssertionError notYetServed) {
                    lastRefusal[0] = notYetServed.getMessage();
                    return false;
                }
            }, "the login served");
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + "; the last answer: " + lastRefusal[0] + "; /api/health: "
                    + admin.get("health").body(), timedOut);
        }
        waitUntil(Duration.ofSeconds(120), () -> admin.get("health").status() == 200, "every installed department serving (/api/health)");
        return admin;
    }

    /** Polls instead of sleeping a fixed time; fails with the description after the deadline. */
    public static void waitUntil(Duration timeout, BooleanSupplier condition, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + description);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Runs a Karaf shell command as the shell user {@code karaf} with the admin role; its result and output. */
    public static String runShellCommand(org.apache.karaf.shell.api.console.SessionFactory shell, String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = shell.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("karaf"));
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        Object result = javax.security.auth.Subject.doAs(subject,
                (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
        print.flush();
        return result + " " + out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void assertProblem(ApiClient.Answer answer, int status, String field, String messageStart) {
        assertEquals(answer.body(), status, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        JsonNode errors = answer.json().get("errors");
        boolean found = false;
        for (JsonNode error : errors) {
            found |= field.equals(error.get("field").asText()) && error.get("message").asText().startsWith(messageStart);
        }
        assertTrue("expected " + field + ": " + messageStart + " in " + answer.body(), found);
    }

    /** Hires a member of staff into a position of the organisation; the password is {@code <username>-password-1}. */
    public static void hire(ApiClient api, String username, String name, String position) {
        ApiClient.Answer hired = api.post("org/staff", "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\",\"password\":\"" + username + "-password-1\",\"position\":\"" + position + "\"}");
        assertEquals(hired.body(), 201, hired.status());
    }

    /** The first column of the first row: tests read the database directly where the API does not show a figure. */
    public static String firstValue(javax.sql.DataSource dataSource, String sql, Object... parameters) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet row = statement.executeQuery()) {
                assertTrue("no row for " + sql, row.next());
                return row.getString(1);
            }
        }
    }
}
