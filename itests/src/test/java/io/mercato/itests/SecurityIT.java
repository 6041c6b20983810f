package io.mercato.itests;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.StaffAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/** Logins, sessions, lock-outs, CSRF and headers as an attacker would try them, in the running distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends MercatoTestSupport {
    @Inject
    @Filter(value = "(mercato.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory shell;

    private ApiClient api;

    @Before
    public void login() throws Exception {
        api = loginAsAdmin();
    }

    private void account(String username, String... roles) {
        accounts.create(Actor.SYSTEM, username, "测试 " + username, (username + "-password").toCharArray(),
                roles.length == 0 ? Set.of("staff") : Set.of(roles));
    }

    private ApiClient.Answer login(String username, String password) {
        return new ApiClient(baseUrl()).send("POST", "session", "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    }

    /** 30 guesses at once: exactly five are checked, the rest paused, and then even the right password waits. */
    @Test
    public void aBurstOfParallelGuessesGetsNoMoreThanFiveTries() throws Exception {
        account("burst.target");
        List<Callable<ApiClient.Answer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String guess = "wrong-guess-" + i;
            guesses.add(() -> login("burst.target", guess));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        int checked = 0;
        int paused = 0;

        try {
            for (Future<ApiClient.Answer> answer : pool.invokeAll(guesses, 60, TimeUnit.SECONDS)) {
                int status = answer.get().status();
                assertTrue("unexpected " + answer.get(), status == 401 || status == 429);
                checked += status == 429 ? 0 : 1;
                paused += status == 429 ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("passwords checked", 5, checked);
        assertEquals(25, paused);
        ApiClient.Answer after = login("burst.target", "burst.target-password");
        assertEquals("the right password after the burst: " + after.body(), 429, after.status());
        assertNotNull(after.header("Retry-After"));
        assertEquals("one pause on record", 1, auditCount("burst.target", "login.paused"));
        assertEquals("every failure on record", 31, auditCount("burst.target", "login.failed"));
    }

    @Test
    public void disablingAnAccountEndsItsSessionsAndBasicCredentialsAtOnce() {
        account("disable.target");
        ApiClient session = new ApiClient(baseUrl()).login("disable.target", "disable.target-password");
        ApiClient basic = new ApiClient(baseUrl()).basic("disable.target", "disable.target-password");
        assertEquals(200, session.get("session").status());
        assertEquals(200, basic.get("session").status());
        assertEquals(200, api.post("accounts/disable.target/disable", null).status());
        assertEquals("the session ends", 401, session.get("session").status());
        assertEquals("remembered Basic credentials end", 401, basic.get("session").status());
        assertEquals(401, login("disable.target", "disable.target-password").status());
        assertEquals(200, api.post("accounts/disable.target/enable", null).status());
        assertEquals("sessions ended by disabling stay ended", 401, session.get("session").status());
        assertEquals(200, basic.get("session").status());
    }

    @Test
    public void changingThePasswordEndsOtherSessionsAndOldCredentials() {
        account("change.target");
        ApiClient other = new ApiClient(baseUrl()).login("change.target", "change.target-password");
        ApiClient oldBasic = new ApiClient(baseUrl()).basic("change.target", "change.target-password");
        assertEquals(200, oldBasic.get("session").status());
        ApiClient me = new ApiClient(baseUrl()).login("change.target", "change.target-password");
        assertProblem(me.put("session/password", "{\"current\":\"change.target-password\",\"replacement\":\"short\"}"),
                400, "replacement", "must be at least");
        assertProblem(me.put("session/password", "{\"current\":\"not-it-at-all\",\"replacement\":\"a-new-password-2\"}"),
                400, "current", "is not your current password");
        ApiClient.Answer changed = me.put("session/password", "{\"current\":\"change.target-password\",\"replacement\":\"a-new-password-2\"}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("another session ends", 401, other.get("session").status());
        assertEquals("the old Basic credentials end", 401, oldBasic.get("session").status());
        assertEquals(200, new ApiClient(baseUrl()).basic("change.target", "a-new-password-2").get("session").status());
        assertEquals(1, auditCount("change.target", "account.password-changed"));
    }

    @Test
    public void failuresFromSeveralAddressesLockTheAccountOnEveryPath() throws Exception {
        account("lock.everywhere");
        ApiClient session = new ApiClient(baseUrl()).login("lock.everywhere", "lock.everywhere-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("lock.everywhere", "wrong-" + i).status());
        }
        for (int i = 0; i < 5; i++) {
            assertFalse(shellLogin("lock.everywhere", "wrong-shell-" + i));
        }
        assertEquals("a locked account's session ends", 401, session.get("session").status());
        assertFalse("the right password over the shell", shellLogin("lock.everywhere", "lock.everywhere-password"));
        assertEquals(1, auditCount("lock.everywhere", "account.locked"));
        assertTrue(api.get("accounts/lock.everywhere").json().get("lockedUntil").isTextual());
        assertEquals(200, api.post("accounts/lock.everywhere/unlock", null).status());
        assertEquals(200, login("lock.everywhere", "lock.everywhere-password").status());
    }

    @Test
    public void anAdminLockedOutByAnotherAddressIsUnlockedByAnotherAdminOrTheShell() throws Exception {
        account("second.admin", "admin", "staff");
        for (int i = 0; i < 5; i++) {
            login("second.admin", "wrong-" + i);
        }
        assertEquals(429, login("second.admin", "second.admin-password").status());
        assertEquals("the shell is another address", true, shellLogin("second.admin", "second.admin-password"));
        assertEquals(200, api.post("accounts/second.admin/unlock", null).status());
        assertEquals(200, login("second.admin", "second.admin-password").status());
        for (int i = 0; i < 5; i++) {
            login("second.admin", "wrong-again-" + i);
        }
        assertEquals(429, login("second.admin", "second.admin-password").status());
        String output = runShell("mercato:unlock second.admin");
        assertTrue(output, output.contains("Unlocked second.admin"));
        assertEquals(200, login("second.admin", "second.admin-password").status());
        assertTrue(api.get("audit?q=second.admin&size=200").body().contains("shell:karaf"));
    }

    @Test
    public void cookieWritesNeedTheConsolesTokenAndTheSameOrigin() {
        ApiClient.Answer login = login("admin", adminPasswordQuietly());
        String cookie = login.header("Set-Cookie").split(";")[0];
        assertTrue(login.header("Set-Cookie").contains("HttpOnly") && login.header("Set-Cookie").contains("SameSite=Strict"));
        String csrf = login.json().get("csrfToken").asText();
        String warehouse = "{\"code\":\"CSRF-%d\",\"name\":\"跨站\",\"region\":\"华东\"}";
        ApiClient raw = new ApiClient(baseUrl());
        assertEquals(403, raw.request("POST", "warehouse/warehouses", String.format(warehouse, 1),
                Map.of("Cookie", cookie, "Content-Type", "application/json")).status());
        assertEquals(403, raw.request("POST", "warehouse/warehouses", String.format(warehouse, 2),
                Map.of("Cookie", cookie, "Content-Type", "application/json", "X-CSRF-Token", csrf,
                        "Origin", "http://evil.example")).status());
        assertEquals(403, raw.request("POST", "warehouse/warehouses", String.format(warehouse, 3),
                Map.of("Cookie", cookie, "Content-Type", "application/json", "X-CSRF-Token", csrf,
                        "Sec-Fetch-Site", "cross-site")).status());
        assertEquals(415, raw.request("POST", "warehouse/imports/opening-stock", "sku,warehouse,quantity\nX,CSRF-4,77\n",
                Map.of("Cookie", cookie, "Content-Type", "text/plain", "X-CSRF-Token", csrf)).status());
        assertEquals(415, raw.request("POST", "warehouse/reservations/none/commit", "a=b",
                Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded", "X-CSRF-Token", csrf)).status());
        ApiClient.Answer fromConsole = raw.request("POST", "warehouse/warehouses", String.format(warehouse, 5),
                Map.of("Cookie", cookie, "Content-Type", "application/json", "X-CSRF-Token", csrf,
                        "Origin", baseUrl().replaceAll("/api/$", ""), "Sec-Fetch-Site", "same-origin"));
        assertEquals(fromConsole.body(), 201, fromConsole.status());
        assertEquals("only the console's write created something", 1,
                api.get("warehouse/warehouses?q=CSRF-").json().get("total").asInt());
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() {
        for (ApiClient.Answer answer : List.of(new ApiClient(baseUrl()).get("health"), new ApiClient(baseUrl()).get("org/chart"),
                api.get("warehouse/no-such-thing"), api.get("org/chart"))) {
            assertTrue(answer.toString(), answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("no-store", answer.header("Cache-Control"));
            assertNotNull(answer.header("Referrer-Policy"));
        }
        ApiClient.Answer page = new ApiClient(baseUrl().replaceAll("api/$", "")).get("console/index.html");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertFalse("no inline script in the console", page.body().contains("<script>"));
        assertEquals("DENY", page.header("X-Frame-Options"));
    }

    @Test
    public void sessionsAreStoredAsHashesAndRefusalsAreAuditedWithTheAddress() throws Exception {
        account("audit.target");
        ApiClient staff = new ApiClient(baseUrl()).login("audit.target", "audit.target-password");
        assertEquals(0, count("SELECT count(*) FROM security.session WHERE token_hash = ?", staff.token()));
        assertEquals(1, count("SELECT count(*) FROM security.session WHERE token_hash = ?", sha256(staff.token())));
        assertEquals(403, staff.get("warehouse/warehouses").status());
        JsonNode denied = null;
        for (JsonNode entry : api.get("audit?q=audit.target&size=200").json().get("items")) {
            denied = entry.get("action").asText().equals("access.denied") ? entry : denied;
        }
        assertNotNull("the 403 is on record", denied);
        assertTrue(denied.get("details").asText(), denied.get("details").asText().contains("127.0.0.1"));
        assertEquals(401, login("audit.target", "not-it").status());
        assertTrue(api.get("audit?q=audit.target&size=200").body().contains("login.failed"));
    }

    @Test
    public void unknownNamesAndLockedAccountsReadLikeWrongPasswords() {
        ApiClient.Answer unknown = login("nobody.at.all", "whatever-password");
        assertEquals(401, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        assertNull(unknown.json().get("errors"));
    }

    private boolean shellLogin(String username, String password) {
        try {
            new LoginContext("mercato", callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            }).login();
            return true;
        } catch (LoginException refused) {
            return false;
        }
    }

    private String runShell(String command) throws Exception {
        return runShellCommand(shell, command);
    }

    private int auditCount(String username, String action) {
        int found = 0;
        for (JsonNode entry : api.get("audit?q=" + username + "&size=200").json().get("items")) {
            found += entry.get("action").asText().equals(action) ? 1 : 0;
        }
        return found;
    }

    private int count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String adminPasswordQuietly() {
        try {
            return adminPassword();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
