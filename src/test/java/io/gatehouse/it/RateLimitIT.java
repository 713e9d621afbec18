package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.WsConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rate limits: anonymous mints and session exchanges per client address, the API per principal (WebSocket
 * handshakes and SSE connects included), requests without a caller and to unknown paths per address, the
 * {@code 429} and its headers in both error shapes. The test client is a trusted proxy, so each test names
 * a client address of its own in {@code X-Forwarded-For} and starts with a full budget.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class RateLimitIT extends GatehouseIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A range of proxies in front of the test client's own address, trusted too. */
    private static final String OTHER_PROXIES = "10.255.255.0/24";
    private static final int PUBLIC_LIMIT = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("ratelimit");
        config.put("rate-limit.anonymous-per-hour", "3");
        config.put("rate-limit.session-per-minute", "3");
        config.put("rate-limit.api-per-minute", "5");
        config.put("rate-limit.public-per-minute", String.valueOf(PUBLIC_LIMIT));
        config.put("trusted-proxies", String.join(",", localAddresses()) + "," + OTHER_PROXIES);
        return GatehouseDeployment.of(config);
    }

    /**
     * This machine's addresses: the test client calls from one of them (which one depends on the URL the
     * server adapter hands out), so each is a trusted proxy.
     */
    static List<String> localAddresses() {
        try {
            List<String> addresses = new ArrayList<>(List.of("127.0.0.1", "::1"));
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress();
                    addresses.add(text.contains("%") ? text.substring(0, text.indexOf('%')) : text);
                }
            }
            return addresses;
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newClient() {
        return "198.51.100." + CLIENTS.incrementAndGet();
    }

    private HttpReply mint(String client) {
        String body = Json.createObjectBuilder().add("device_id", newDeviceId()).build().toString();
        return http().post("/auth/anonymous").header("X-Forwarded-For", client).json(body).send();
    }

    private static void assertUsage(HttpReply reply, int limit, int remaining, int windowSeconds) {
        assertEquals(String.valueOf(limit), reply.header("RateLimit-Limit"), reply::toString);
        assertEquals(String.valueOf(remaining), reply.header("RateLimit-Remaining"), reply::toString);
        int reset = Integer.parseInt(reply.header("RateLimit-Reset"));
        assertTrue(reset >= 1 && reset <= windowSeconds, () -> "RateLimit-Reset " + reset);
    }

    /** A 429 with every header; returns its body. */
    private static JsonObject assertRateLimited(HttpReply reply, int limit, int windowSeconds) {
        assertEquals(429, reply.status(), reply::toString);
        assertUsage(reply, limit, 0, windowSeconds);
        int retryAfter = Integer.parseInt(reply.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= windowSeconds, () -> "Retry-After " + retryAfter);
        JsonObject body = reply.json();
        assertEquals("rate_limited", body.getString("code"), reply::toString);
        assertTrue(body.getBoolean("retryable"), reply::toString);
        return body;
    }

    @Test
    void theFourthAnonymousMintOfAClientIsRefusedAndAnotherClientHasItsOwnBudget() {
        String client = newClient();
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpReply reply = mint(client);
            assertEquals(200, reply.status(), reply::toString);
            assertUsage(reply, 3, remaining, 3600);
        }

        HttpReply refused = mint(client);
        JsonObject body = assertRateLimited(refused, 3, 3600);
        assertEquals("Too many requests: retry in " + refused.header("Retry-After") + " seconds", body.getString("detail"));

        HttpReply other = mint(newClient());
        assertEquals(200, other.status(), other::toString);
        assertUsage(other, 3, 2, 3600);
    }

    @Test
    void onlyTheRightMostUntrustedHopOfForwardedForCounts() {
        String spent = newClient();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, mint(spent).status());
        }
        assertEquals(429, mint(spent).status());

        HttpReply fresh = mint(spent + ", " + newClient() + ", 10.255.255.7");
        assertEquals(200, fresh.status(), "the client is the hop the trusted proxy saw: " + fresh);
        assertUsage(fresh, 3, 2, 3600);
        assertEquals(429, mint(newClient() + ", " + spent).status(), "claiming another address on the left does not help");
    }

    @Test
    void refusedSessionExchangesCountToo() {
        String client = newClient();
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpReply reply = http().post("/auth/session").header("X-Forwarded-For", client).bearer("not-a-token").send();
            assertEquals(401, reply.status(), reply::toString);
            assertUsage(reply, 3, remaining, 60);
        }

        HttpReply refused = http().post("/auth/session").header("X-Forwarded-For", client).bearer(userJwt()).send();
        assertRateLimited(refused, 3, 60);
    }

    @Test
    void theApiIsLimitedPerPrincipal() {
        String ada = userJwt();
        GatehouseClient http = http();
        for (int remaining = 4; remaining >= 0; remaining--) {
            HttpReply reply = http.get("/projects").bearer(ada).send();
            assertEquals(200, reply.status(), reply::toString);
            assertUsage(reply, 5, remaining, 60);
        }
        assertRateLimited(http.get("/projects").bearer(ada).send(), 5, 60);

        HttpReply grace = http.get("/projects").bearer(userJwt()).send();
        assertEquals(200, grace.status(), "another user from the same address still gets through: " + grace);
        assertUsage(grace, 5, 4, 60);
    }

    @Test
    void underApiV1TheRefusalHasMissionControlsShape() {
        String user = userJwt();
        for (int i = 0; i < 5; i++) {
            HttpReply reply = http().get("/api/v1/users/me").bearer(user).send();
            assertEquals(200, reply.status(), reply::toString);
        }

        HttpReply refused = http().get("/api/v1/users/me").bearer(user).send();
        JsonObject body = assertRateLimited(refused, 5, 60);
        JsonObject detail = body.getJsonObject("detail");
        assertEquals("rate_limited", detail.getString("code"), refused::toString);
        assertEquals("Too many requests: retry in " + refused.header("Retry-After") + " seconds", detail.getString("message"));
    }

    @Test
    void requestsWithoutACallerCountPerAddressInThePublicBucket() {
        HttpReply reply = http().get("/projects").header("X-Forwarded-For", newClient()).send();

        assertEquals(401, reply.status(), reply::toString);
        assertUsage(reply, PUBLIC_LIMIT, PUBLIC_LIMIT - 1, 60);
    }

    @Test
    void unknownPathsAndWrongMethodsCountPerAddress() {
        String client = newClient();
        for (int remaining = PUBLIC_LIMIT - 1; remaining >= 1; remaining--) {
            HttpReply reply = http().get("/no/such/path/" + remaining).header("X-Forwarded-For", client).send();
            assertEquals(404, reply.status(), reply::toString);
            assertUsage(reply, PUBLIC_LIMIT, remaining, 60);
        }
        HttpReply wrongMethod = http().put("/auth/anonymous").header("X-Forwarded-For", client).json("{}").send();
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertUsage(wrongMethod, PUBLIC_LIMIT, 0, 60);

        JsonObject body = assertRateLimited(http().get("/no/such/path").header("X-Forwarded-For", client).send(), PUBLIC_LIMIT, 60);
        assertEquals("Too many requests", body.getString("detail").substring(0, "Too many requests".length()));
        assertRateLimited(http().get("/api/v1/no/such/path").header("X-Forwarded-For", client).send(), PUBLIC_LIMIT, 60)
                .getJsonObject("detail");

        HttpReply other = http().get("/no/such/path").header("X-Forwarded-For", newClient()).send();
        assertEquals(404, other.status(), "another address has its own budget: " + other);
    }

    @Test
    void webSocketHandshakesCountPerPrincipal() {
        String jwt = userJwt();
        for (int i = 0; i < 5; i++) {
            try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", jwt), Map.of()).opened()) {
                assertTrue(socket.awaitClose(Duration.ofMillis(50)) == null, "handshake " + (i + 1) + " opens");
            }
        }

        WsConnection.Handshake refused = WsConnection.connect(ws(), List.of("bearer", jwt), Map.of());
        assertEquals(429, refused.refusedWith(), "the sixth handshake of the minute");
        int retryAfter = Integer.parseInt(refused.refusalHeader("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, () -> "Retry-After " + retryAfter);
        assertEquals("0", refused.refusalHeader("RateLimit-Remaining"));
        assertRateLimited(http().get("/projects").bearer(jwt).send(), 5, 60);
    }

    @Test
    void handshakesWithoutACallerCountPerAddress() {
        String client = newClient();
        for (int i = 0; i < PUBLIC_LIMIT; i++) {
            assertEquals(401, WsConnection.connect(ws(), List.of(), Map.of("X-Forwarded-For", client)).refusedWith());
        }
        WsConnection.Handshake refused = WsConnection.connect(ws(), List.of(), Map.of("X-Forwarded-For", client));
        assertEquals(429, refused.refusedWith());
        assertTrue(refused.refusalHeader("Retry-After") != null, refused::toString);
    }

    @Test
    void sseConnectsCountPerPrincipal() {
        String jwt = userJwt();
        String run = new ResearchCalls(http()).run(jwt);
        for (int remaining = 2; remaining >= 0; remaining--) {
            try (SseConnection stream = SseConnection.open(http().uri("/research/" + run + "/events"), Map.of("Authorization", "Bearer " + jwt))) {
                assertEquals(200, stream.status(), stream.refusal()::toString);
            }
        }
        try (SseConnection refused = SseConnection.open(http().uri("/research/" + run + "/events"), Map.of("Authorization", "Bearer " + jwt))) {
            assertRateLimited(refused.refusal(), 5, 60);
        }
    }

    private URI ws() {
        return URI.create(http().uri("/ws").toString().replaceFirst("^http", "ws"));
    }

    @Test
    void optionsIsNeverCounted() {
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            HttpReply options = http().request("OPTIONS", "/auth/anonymous").header("X-Forwarded-For", client).send();
            assertEquals(204, options.status(), options::toString);
            assertNull(options.header("RateLimit-Limit"), options::toString);
        }

        HttpReply first = mint(client);
        assertEquals(200, first.status(), first::toString);
        assertUsage(first, 3, 2, 3600);
    }
}
