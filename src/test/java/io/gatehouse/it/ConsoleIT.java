package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operations console in a real browser: Selenium WebDriver drives Debian's headless Chromium (through its
 * chromium-driver; never Selenium Manager) against the deployed WAR and the fake Clerk. An operator signs in with the
 * {@code __session} cookie and with a pasted token, a user who is not a super-admin is refused, a user is found by
 * email, their sessions revoked one and then all at once (the API then refuses their tokens), they are locked and
 * unlocked, and each action shows up in the audit view with the operator's id. No request the page makes carries a
 * credential in its URL (Chromium's own network log and the page's resource timings say so), and the page breaks none
 * of its Content-Security-Policy. Screenshots of the overview, a user's page and the audit view go to
 * {@code target/console-screenshots/}. Skipped, saying why, where no Chromium and chromium-driver are installed.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class ConsoleIT extends SecretsDeployment {

    private static final Path CHROMIUM = Path.of(System.getProperty("gatehouse.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration AUDIT_WAIT = Duration.ofSeconds(30);
    private static final String SERVER = System.getProperty("gatehouse.it.server", "server");

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void aBrowserIsInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            Assumptions.abort("ConsoleIT skipped: the browser tests need Debian's chromium (" + CHROMIUM + ") and chromium-driver ("
                    + CHROMEDRIVER + "), which .ci/run installs with apt-get; neither can be downloaded by the test itself");
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=en-US", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-domain-reliability", "--no-pings", "--metrics-recording-only",
                "--disable-client-side-phishing-detection", "--disable-features=Translate,OptimizationHints,MediaRouter",
                // the browser resolves no name but the server's: it never reaches beyond this machine
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE " + base.getHost());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 800));
        wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    // --- who is who -------------------------------------------------------------------------------------------------

    /** The operator's Clerk session JWT, valid long enough for a whole test (the fake Clerk's default is 60 s). */
    private static String operatorJwt() {
        return clerk().token().subject(OPERATOR).expiresAt(Instant.now().plusSeconds(900)).sign();
    }

    private String operatorId() {
        return http().get("/api/v1/users/me").bearer(operatorJwt()).send().json().getString("id");
    }

    /** A user Gatehouse knows (signed in once), with a unique email and name. */
    private record User(String clerkId, String id, String email, String name) {

        String jwt() {
            return clerk().token().subject(clerkId).claim("email", email).claim("name", name).sign();
        }
    }

    private User newUser(String what) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String clerkId = newUserId();
        String email = what + "-" + tag + "@console.example.com";
        String name = "Console " + what + " " + tag;
        String jwt = clerk().token().subject(clerkId).claim("email", email).claim("name", name)
                .claim("o", Map.of("id", "org_" + tag + "console", "slg", "acme-" + tag, "rol", "admin")).sign();
        HttpReply me = http().get("/api/v1/users/me").bearer(jwt).send();
        assertEquals(200, me.status(), me::toString);
        return new User(clerkId, me.json().getString("id"), email, name);
    }

    private String agentToken(User user, String name) {
        HttpReply created = http().post("/api/v1/agents").bearer(user.jwt()).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("token");
    }

    /** The id of the session a session token belongs to, as its owner's session list marks it ({@code current}). */
    private String sessionIdOf(String token) {
        HttpReply sessions = http().get("/auth/sessions").bearer(token).send();
        assertEquals(200, sessions.status(), sessions::toString);
        return sessions.json().getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(session -> session.getBoolean("current")).findFirst().orElseThrow().getString("id");
    }

    private int statusWith(String token) {
        return http().get("/projects").bearer(token).send().status();
    }

    // --- the browser --------------------------------------------------------------------------------------------------

    private String url(String path) {
        return http().uri(path).toString();
    }

    private WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void click(String id) {
        click(By.id(id));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void textIs(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    private void textContains(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** Signs in as the console expects on a site where Clerk's front end runs: the __session cookie is already there. */
    private void signInWithCookie(String jwt) {
        browser.get(url("/"));
        browser.manage().addCookie(new Cookie("__session", jwt, "/"));
        browser.get(url("/console"));
    }

    private void signInAsOperator() {
        signInWithCookie(operatorJwt());
        visible("view-overview");
        textContains("signed-in-with", "session cookie");
    }

    /** Answers the confirmation dialog of an action. */
    private void confirm(boolean yes) {
        visible("confirm-dialog");
        click(yes ? "confirm-ok" : "confirm-cancel");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
    }

    private List<WebElement> rows(String tableId, String testId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tr[data-testid='" + testId + "']"));
    }

    private void openUser(String id) {
        browser.get(url("/console") + "#/users/" + id);
        visible("user-body");
    }

    /**
     * Shows the audit view for one type and user and waits for a row of that type: events are written in the
     * background, so it refreshes until one is there. Returns the operator id the row shows.
     */
    private String auditedOperator(String type, String userId) {
        browser.get(url("/console") + "#/audit?type=" + type + "&user=" + userId);
        visible("view-audit");
        return auditRow(type, userId).findElement(By.cssSelector("[data-testid='audit-actor']")).getText();
    }

    /** The newest row of the audit view of this type about this user, refreshing until it shows up. */
    private WebElement auditRow(String type, String userId) {
        WebDriverWait polling = new WebDriverWait(browser, AUDIT_WAIT, Duration.ofMillis(500));
        polling.ignoring(StaleElementReferenceException.class);
        return polling.until(driver -> {
            for (WebElement row : driver.findElements(By.cssSelector("#audit-events tr[data-type='" + type + "']"))) {
                if (!row.findElements(By.cssSelector("a[href='#/users/" + userId + "']")).isEmpty()) {
                    return row;
                }
            }
            driver.findElement(By.id("audit-refresh")).click();
            return null;
        });
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-" + SERVER + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Every URL the page requested, from Chromium's network log ({@code Network.requestWillBeSent}) and from the page's
     * resource timings (its files and every fetch), so the check below cannot pass on an empty list.
     */
    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try (JsonReader reader = Json.createReader(new StringReader(entry.getMessage()))) {
                JsonObject message = reader.readObject().getJsonObject("message");
                if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
                    urls.add(message.getJsonObject("params").getJsonObject("request").getString("url"));
                }
            }
        }
        Object timings = script("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
        for (Object timing : (List<?>) timings) {
            urls.add(String.valueOf(timing));
        }
        return urls;
    }

    private void assertNoCredentialInAnyUrl(String... credentials) {
        List<String> urls = requestedUrls();
        assertTrue(urls.stream().anyMatch(u -> u.contains("/api/v1/admin/overview")), () -> "the page's requests were seen: " + urls);
        for (String url : urls) {
            for (String credential : credentials) {
                assertFalse(url.contains(credential), () -> "a credential in a URL the page requested: " + url);
            }
            assertFalse(url.contains("__session") || url.contains("token=") || url.contains("Bearer"), url);
        }
    }

    /** The page broke none of its Content-Security-Policy and threw nothing. */
    private void assertNoCspViolationOrScriptError() {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            assertFalse(message.contains("Content Security Policy") || message.contains("Uncaught"), message);
        }
    }

    // --- the tests ------------------------------------------------------------------------------------------------------

    @Test
    void anOperatorSignsInWithTheSessionCookieAndSeesTheOverview() throws IOException {
        HttpReply page = http().get("/console").send();
        assertEquals(200, page.status(), page::toString);
        assertEquals(ConsoleServingIT.CSP, page.header("Content-Security-Policy"), page::toString);
        String jwt = operatorJwt();

        signInWithCookie(jwt);
        visible("view-overview");
        textContains("signed-in-with", "session cookie");
        textIs("overview-status", "UP");
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='overview-chart-svg']")));
        assertEquals(15, chart.findElements(By.cssSelector("g[data-minute]")).size(), "one bar per minute");
        List<String> checks = browser.findElements(By.cssSelector("#overview-checks tr[data-testid='overview-check']")).stream()
                .map(row -> row.getAttribute("data-check")).toList();
        assertTrue(checks.containsAll(List.of("clerk-jwks", "database")), checks::toString);
        assertTrue(Long.parseLong(browser.findElement(By.id("overview-active-sessions")).getText()) >= 0);
        assertFalse(browser.findElements(By.cssSelector("#overview-legend li[data-outcome='ok']")).isEmpty(),
                "the legend names the outcomes");
        WebElement updated = browser.findElement(By.cssSelector("#overview-state time"));
        assertTrue(updated.getAttribute("title").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                "the UTC value on hover: " + updated.getAttribute("title"));
        screenshot("overview");

        wait.until(driver -> "overview-heading".equals(script("return document.activeElement.id")));
        for (int tabs = 0; tabs < 8 && !"nav-users".equals(script("return document.activeElement.id")); tabs++) {
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertEquals("nav-users", script("return document.activeElement.id"), "the navigation is reachable by keyboard");
        assertEquals("solid", script("return getComputedStyle(document.activeElement).outlineStyle"), "focus is visible");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        visible("view-users");

        assertNoCredentialInAnyUrl(jwt);
        assertNoCspViolationOrScriptError();
    }

    @Test
    void anOperatorSignsInWithAPastedTokenKeptInSessionStorageOnly() {
        String session = http().sessionToken(operatorJwt());
        browser.get(url("/console/"));
        visible("view-signin");
        assertFalse(browser.findElement(By.id("signin-error")).isDisplayed(), "no cookie here, and nothing went wrong");

        String unknown = "msc_" + UUID.randomUUID().toString().replace("-", "");
        browser.findElement(By.id("signin-token")).sendKeys(unknown);
        click("signin-submit");
        textContains("signin-error", "Invalid token");
        assertNull(script("return sessionStorage.getItem('gatehouse.console.token')"), "a refused token is forgotten");

        browser.findElement(By.id("signin-token")).sendKeys(session);
        click("signin-submit");
        visible("view-overview");
        textContains("signed-in-with", "pasted token");
        assertEquals(session, script("return sessionStorage.getItem('gatehouse.console.token')"));
        assertEquals(0L, script("return localStorage.length"));
        assertFalse(String.valueOf(script("return document.cookie")).contains(session));

        click("nav-users");
        visible("view-users");
        browser.navigate().refresh();
        visible("view-users");
        textContains("signed-in-with", "pasted token");
        assertFalse(browser.getCurrentUrl().contains(session), browser.getCurrentUrl());

        click("sign-out");
        visible("view-signin");
        assertNull(script("return sessionStorage.getItem('gatehouse.console.token')"), "signing out forgets the token");
        browser.navigate().refresh();
        visible("view-signin");
        assertFalse(browser.findElement(By.id("nav")).isDisplayed());

        assertNoCredentialInAnyUrl(session, unknown);
        assertNoCspViolationOrScriptError();
    }

    @Test
    void aUserWhoIsNotASuperAdminIsRefusedClearly() {
        signInWithCookie(userJwt());
        visible("view-refused");
        textIs("refused-heading", "Not a super-admin");
        textIs("refused-detail", AdminApiIT.FORBIDDEN);
        assertFalse(browser.findElement(By.id("nav")).isDisplayed(), "no way into the console's views");
        click("refused-sign-out");
        visible("view-signin");
    }

    @Test
    void anOperatorFindsAUserByEmailAndSeesTheirPage() throws IOException {
        User user = newUser("found");
        String phone = http().sessionToken(user.jwt());
        String laptop = http().sessionToken(user.jwt());
        String agent = agentToken(user, "nightly export");
        signInAsOperator();

        click("nav-users");
        visible("view-users");
        WebElement search = visible("user-search-input");
        search.sendKeys(user.email().toUpperCase());
        search.sendKeys(Keys.ENTER);
        // the unfiltered list may still show this user among others until the search's answer replaces it
        wait.until(driver -> rows("user-results", "user-row").size() == 1
                && !driver.findElements(By.cssSelector("tr[data-user-id='" + user.id() + "']")).isEmpty());
        browser.findElement(By.cssSelector("tr[data-user-id='" + user.id() + "'] a[data-testid='user-link']")).click();

        visible("user-body");
        textIs("user-heading", user.name());
        textIs("user-lock-state", "Not locked");
        // the profile, the sessions and the agent tokens arrive in answers of their own: wait for each
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid='user-email']"), user.email()));
        wait.until(driver -> rows("user-sessions", "session-row").size() == 2);
        wait.until(driver -> rows("user-agent-tokens", "agent-token-row").size() == 1);
        assertTrue(browser.findElement(By.id("user-agent-tokens")).getText().contains("nightly export"));
        wait.until(driver -> rows("user-organizations", "organization-row").size() == 1);
        WebElement created = browser.findElement(By.cssSelector("#user-sessions time"));
        assertTrue(created.getAttribute("title").endsWith("Z"), "times show their UTC value on hover");
        String shown = browser.getPageSource();
        for (String secret : List.of(phone, laptop, agent)) {
            assertFalse(shown.contains(secret), "the page never shows a token");
        }
        screenshot("user");
        assertNoCspViolationOrScriptError();
    }

    @Test
    void anOperatorRevokesOneSessionThenEverythingAndTheApiRefusesTheUsersTokens() throws IOException {
        User user = newUser("leaving");
        String first = http().sessionToken(user.jwt());
        String second = http().sessionToken(user.jwt());
        String newest = http().sessionToken(user.jwt());
        String agent = agentToken(user, "cron");
        signInAsOperator();
        openUser(user.id());
        assertEquals(3, rows("user-sessions", "session-row").size());

        By revokeNewest = By.cssSelector("button[data-testid='session-revoke'][data-session-id='" + sessionIdOf(newest) + "']");
        click(revokeNewest);
        confirm(false);
        assertEquals(3, rows("user-sessions", "session-row").size(), "cancelled: nothing happened");
        assertEquals(200, statusWith(newest));

        click(revokeNewest);
        confirm(true);
        textIs("user-action-result", "Session revoked.");
        wait.until(driver -> rows("user-sessions", "session-row").size() == 2);
        assertTrue(browser.findElements(revokeNewest).isEmpty(), "the revoked session is gone from the list");
        assertEquals(401, statusWith(newest), "that session is refused at once");
        assertEquals(200, statusWith(first), "the others still work");
        assertEquals(200, statusWith(second));

        click("user-sign-out-everywhere");
        confirm(true);
        textIs("user-action-result", "Revoked 2 sessions and 1 agent token.");
        visible("user-sessions-empty");
        visible("user-agent-tokens-empty");
        for (String token : List.of(first, second)) {
            assertEquals(401, statusWith(token), "every session of the user is refused at once");
        }
        assertEquals(401, http().get("/api/v1/users/me").bearer(agent).send().status(), "so is the agent token");

        String operator = operatorId();
        assertEquals(operator, auditedOperator("admin.session_revoke", user.id()));
        assertEquals(operator, auditedOperator("admin.sign_out", user.id()));
        screenshot("audit");
        assertNoCredentialInAnyUrl(first, second, newest, agent);
        assertNoCspViolationOrScriptError();
    }

    @Test
    void anOperatorLocksAndUnlocksAUserAndFindsBothInTheAuditView() {
        User user = newUser("locked");
        String session = http().sessionToken(user.jwt());
        signInAsOperator();
        openUser(user.id());
        textIs("user-lock-state", "Not locked");
        assertFalse(browser.findElement(By.id("user-unlock")).isEnabled(), "nothing to unlock");

        click("user-lock");
        confirm(true);
        textIs("user-action-result", "Locked.");
        textContains("user-lock-state", "Locked by an operator");
        assertEquals("true", browser.findElement(By.id("user-lock-state")).getAttribute("data-locked"));
        assertEquals(401, statusWith(session), "the lock revoked the session");
        HttpReply locked = http().get("/projects").bearer(user.jwt()).send();
        assertEquals(401, locked.status(), locked::toString);
        assertEquals("user_locked", locked.json().getString("code"));

        click("user-unlock");
        confirm(true);
        textIs("user-action-result", "Unlocked.");
        textIs("user-lock-state", "Not locked");
        assertEquals(200, http().get("/projects").bearer(user.jwt()).send().status(), "the user signs in again");

        String operator = operatorId();
        click("nav-audit");
        visible("view-audit");
        new Select(browser.findElement(By.id("audit-type"))).selectByValue("admin.lock");
        browser.findElement(By.id("audit-user")).sendKeys(user.id());
        script("const field = document.getElementById('audit-since');"
                + "const hourAgo = new Date(Date.now() - 3600000 - new Date().getTimezoneOffset() * 60000);"
                + "field.value = hourAgo.toISOString().slice(0, 19);");
        click("audit-apply");
        assertTrue(browser.getCurrentUrl().contains("since="), "the filters are in the hash: " + browser.getCurrentUrl());
        assertEquals(operator, auditRow("admin.lock", user.id()).findElement(By.cssSelector("[data-testid='audit-actor']")).getText());
        assertEquals(operator, auditedOperator("admin.unlock", user.id()));
        assertNoCspViolationOrScriptError();
    }

    @Test
    void theApisRefusalIsShownWithItsDetail() {
        signInAsOperator();
        String operator = operatorId();
        openUser(operator);
        click("user-lock");
        confirm(true);
        textIs("user-error", "An operator cannot lock their own account; ask another super-admin");
        textIs("user-lock-state", "Not locked");
    }

    @Test
    void theAuditViewPagesWithTheApisCursors() {
        User user = newUser("paged");
        for (int i = 0; i < 3; i++) {
            http().sessionToken(user.jwt());
        }
        signInAsOperator();
        browser.get(url("/console") + "#/audit?type=session.exchange&limit=2&user=" + user.id());
        visible("view-audit");
        new WebDriverWait(browser, AUDIT_WAIT, Duration.ofMillis(500)).until(driver -> {
            if (driver.findElement(By.id("audit-older")).isDisplayed()) {
                return true;
            }
            driver.findElement(By.id("audit-refresh")).click();
            return false;
        });
        List<String> firstPage = wait.until(driver -> eventIds().size() == 2 ? eventIds() : null);

        click("audit-older");
        textIs("audit-page", "Page 2");
        wait.until(driver -> !eventIds().isEmpty() && !eventIds().equals(firstPage));
        List<String> secondPage = eventIds();
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), "pages never repeat: " + firstPage + " " + secondPage);

        click("audit-newer");
        textIs("audit-page", "Page 1");
        wait.until(driver -> eventIds().equals(firstPage));
        assertFalse(browser.findElement(By.id("audit-newer")).isDisplayed());
    }

    private List<String> eventIds() {
        return rows("audit-events", "audit-row").stream().map(row -> row.getAttribute("data-event-id")).toList();
    }

    @Test
    void theUserSearchWorksOnAPhoneSizedScreen() throws IOException {
        User user = newUser("phone");
        http().sessionToken(user.jwt());
        signInAsOperator();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.get(url("/console") + "#/users");
        WebElement search = visible("user-search-input");
        assertTrue(((Number) script("return document.documentElement.clientWidth")).longValue() <= 390, "a phone's width");
        assertTrue(search.getRect().getX() + search.getRect().getWidth() <= 390, "the search field fits: " + search.getRect());
        search.sendKeys(user.email());
        click("user-search-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-user-id='" + user.id() + "']")));
        assertNoHorizontalScroll();
        click(By.cssSelector("tr[data-user-id='" + user.id() + "'] a[data-testid='user-link']"));
        visible("user-body");
        textIs("user-heading", user.name());
        assertNoHorizontalScroll();
        screenshot("user-390px");
        assertNoCspViolationOrScriptError();
    }

    private void assertNoHorizontalScroll() {
        Object widths = script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> both = (List<?>) widths;
        assertTrue(((Number) both.get(0)).longValue() <= ((Number) both.get(1)).longValue(), () -> "wider than the screen: " + both);
    }
}
