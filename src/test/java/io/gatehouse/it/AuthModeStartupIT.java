package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.RequiresSelectedDatabase;
import io.gatehouse.testing.ServerProcess;
import io.gatehouse.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A deployment with a broken authentication or secrets configuration does not start: the log says which
 * rule failed (never the token or key), and Gatehouse answers nothing. A risky but valid setting (a trusted proxy
 * range wider than one site) starts with a warning. Runs the selected server as a plain
 * process, with the configuration in environment variables as operators give it. The four servers start at
 * once (each on its own ports, database and log): the only tests that run concurrently, and the next class starts
 * when all four are done.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
@ExtendWith(RequiresSelectedDatabase.class)
class AuthModeStartupIT {

    private static final String REFUSAL = "Gatehouse refuses to start: ";

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anUnknownAuthModeRefusesToStart() throws Exception {
        String log = bootAndReadLog("unknown-mode", Map.of("auth.mode", "ldap"));

        assertTrue(log.contains(REFUSAL + "AUTH_MODE must be one of: clerk, local (got \"ldap\")"), log);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aShortLocalTokenRefusesToStartWithoutLoggingIt() throws Exception {
        String token = "short-but-secret-9f3Kq2";
        String log = bootAndReadLog("short-token", Map.of("auth.mode", "local", "local.auth-token", token));

        assertTrue(log.contains(REFUSAL + "LOCAL_AUTH_TOKEN must be at least 50 characters (it has 23)"), log);
        assertFalse(log.contains(token), "the token never reaches the log");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aWeakSecretsKeyRefusesToStartWithoutLoggingIt() throws Exception {
        String key = "AQIDBAUGBwgBAgMEBQYHCAECAwQFBgcIAQIDBAUGBwg=";
        String log = bootAndReadLog("weak-secrets-key", Map.of("secrets.enabled", "true", "secrets.key", key));

        assertTrue(log.contains(REFUSAL + "SECRETS_KEY is too weak (fewer than 16 distinct byte values)"), log);
        assertFalse(log.contains(key), "the key never reaches the log");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aTrustedProxyRangeWiderThanASiteIsWarnedAbout() throws Exception {
        String log = bootAndReadLog("wide-proxies", Map.of("trusted-proxies", "10.1.2.3, 10.0.0.0/8, 2001:db8::/64"),
                "Client addresses: ", true);

        assertTrue(log.contains("TRUSTED_PROXIES entry 10.0.0.0/8 is wider than a /24 (IPv4) or /64 (IPv6): any host in it "
                + "can choose its own client address"), log);
        assertFalse(log.contains("TRUSTED_PROXIES entry 10.1.2.3 "), log);
        assertFalse(log.contains("TRUSTED_PROXIES entry 2001:db8::/64 "), log);
    }

    private static String bootAndReadLog(String name, Map<String, String> broken) throws Exception {
        return bootAndReadLog(name, broken, REFUSAL, false);
    }

    /** Boots with the settings, waits for a log line, and checks whether the application serves requests. */
    private static String bootAndReadLog(String name, Map<String, String> settings, String awaited, boolean serving)
            throws Exception {
        Map<String, String> config = GatehouseDeployment.defaultConfig("startup-" + name);
        config.putAll(TestDatabase.fileH2ConfigFor("startup-" + name));
        config.putAll(settings);
        Path log = Files.createDirectories(Path.of("target", "it-logs"))
                .resolve("startup-" + name + "-" + ServerProcess.selected() + "-" + TestDatabase.selected() + ".log");
        Files.deleteIfExists(log);
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.launch(config, port, log, List.of())) {
            awaitLine(log, awaited, server);
            if (serving) {
                awaitServing(server.baseUri().resolve("/auth/bootstrap"));
            } else {
                assertNotEquals(401, status(server.baseUri().resolve("/auth/bootstrap")),
                        "the application must not be serving requests");
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    /** Waits until the endpoint answers 401, as a running Gatehouse does without a credential. */
    private static void awaitServing(URI uri) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int last = status(uri);
        while (last != 401) {
            assertTrue(System.nanoTime() < deadline, "not serving: " + uri + " answers " + last);
            Thread.sleep(500);
            last = status(uri);
        }
    }

    private static void awaitLine(Path log, String text, ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                Thread.sleep(2000);
                return;
            }
            if (!server.alive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + text + "\" in " + log + ":\n"
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)"));
    }

    /** The status of a GET, or -1 when nothing listens any more. */
    private static int status(URI uri) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException nothingListens) {
            return -1;
        }
    }
}
