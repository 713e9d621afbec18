package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code /health/live} and {@code /health/ready}, served by the server: Payara Micro on the application's port,
 * WildFly on its management interface. One deployment walks through the transitions: Clerk's keys unreachable
 * at boot (ready DOWN), then loaded (UP), then the database cut off behind a TCP proxy (DOWN) and back (UP).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthIT extends DatabaseProxyDeployment {

    /** WildFly's management port in the tests: 9990 moved by the lane's port offset (see arquillian.xml, lanes.Lane). */
    static final String WILDFLY_MANAGEMENT_PORT = "gatehouse.it.wildfly.management-port";

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void restore() {
        clerk().reset();
        database().restore();
    }

    /** The health endpoint of the server under test ({@code gatehouse.it.server}, set per Failsafe execution). */
    private URI health(String path) {
        if ("wildfly".equals(System.getProperty("gatehouse.it.server"))) {
            return URI.create("http://127.0.0.1:" + System.getProperty(WILDFLY_MANAGEMENT_PORT) + path);
        }
        return http().uri(path);
    }

    private HttpReply get(String path) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(health(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                    BodyHandlers.ofString());
            return new HttpReply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject check(HttpReply reply, String name) {
        for (JsonValue check : reply.json().getJsonArray("checks")) {
            if (name.equals(check.asJsonObject().getString("name"))) {
                return check.asJsonObject();
            }
        }
        throw new AssertionError("no check " + name + " in " + reply);
    }

    /** A data value: a JSON number, or its digits as a string (Payara Micro writes every data value as a string). */
    private static long number(JsonValue value) {
        return value instanceof JsonNumber number ? number.longValue() : Long.parseLong(((JsonString) value).getString());
    }

    /** Asks {@code /health/ready} until the answer passes, failing with the last answer after the deadline. */
    private HttpReply readyUntil(Predicate<HttpReply> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        HttpReply reply = get("/health/ready");
        while (!wanted.test(reply) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            reply = get("/health/ready");
        }
        assertTrue(wanted.test(reply), "not reached within " + DEADLINE + ": " + reply);
        return reply;
    }

    @Test
    @Order(1)
    void liveIsUpButReadyIsDownWhileClerksKeysHaveNeverLoaded() {
        HttpReply live = get("/health/live");
        assertEquals(200, live.status(), live::toString);
        assertEquals("UP", check(live, "gatehouse").getString("status"));

        HttpReply ready = get("/health/ready");
        assertEquals(503, ready.status(), ready::toString);
        assertEquals("DOWN", ready.json().getString("status"));
        assertEquals("DOWN", check(ready, "clerk-jwks").getString("status"), ready::toString);
        assertEquals("not loaded yet", check(ready, "clerk-jwks").getJsonObject("data").getString("jwks"));
        assertEquals("UP", check(ready, "database").getString("status"), ready::toString);
    }

    @Test
    @Order(2)
    void readyTurnsUpOnceTheKeysLoadWithoutAnyRequest() throws InterruptedException {
        clerk().jwksAvailable(true);

        HttpReply ready = readyUntil(reply -> reply.status() == 200);

        assertEquals("UP", ready.json().getString("status"));
        JsonObject jwks = check(ready, "clerk-jwks").getJsonObject("data");
        assertEquals("loaded", jwks.getString("jwks"));
        assertTrue(number(jwks.get("keys")) >= 1, ready::toString);
        assertTrue(jwks.containsKey("last_refresh"), ready::toString);
        assertEquals("reachable", check(ready, "database").getJsonObject("data").getString("database"));
        assertFalse(ready.body().contains(FakeClerk.SECRET_KEY), "no secret in the health document");
    }

    @Test
    @Order(3)
    void readyIsDownWhileTheDatabaseIsUnreachable() throws InterruptedException {
        database().cut();

        HttpReply ready = readyUntil(reply -> reply.status() == 503);

        JsonObject check = check(ready, "database");
        assertEquals("DOWN", check.getString("status"), ready::toString);
        assertFalse(check.getJsonObject("data").getString("database").startsWith("reachable"), ready::toString);
        assertEquals("UP", check(ready, "clerk-jwks").getString("status"), "the keys stay loaded");
        assertEquals(200, get("/health/live").status(), "a database outage is not a reason to restart");
    }

    @Test
    @Order(4)
    void readyComesBackWithTheDatabase() throws InterruptedException {
        database().restore();

        HttpReply ready = readyUntil(reply -> reply.status() == 200);

        assertEquals("UP", check(ready, "database").getString("status"), ready::toString);
        assertTrue(check(ready, "database").getJsonObject("data").getString("database").startsWith("reachable"), ready::toString);
    }
}
