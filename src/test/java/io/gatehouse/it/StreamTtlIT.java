package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.SseEvent;
import io.gatehouse.testing.WsConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The sliding TTL of streams, with short lifetimes (TTL 4 s, absolute cap 8 s): connecting renews the session to a
 * full TTL, an open stream keeps it alive past its first TTL, and the cap ends it, and its streams, all the same.
 */
class StreamTtlIT extends GatehouseIT {

    static final int TTL_SECONDS = 4;
    static final int MAX_AGE_SECONDS = 8;
    static final String CLIENT = "Basic " + Base64.getEncoder()
            .encodeToString("ttl:secret-ttl-0123456789".getBytes(StandardCharsets.UTF_8));

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("stream-ttl");
        config.put("session.ttl-seconds", String.valueOf(TTL_SECONDS));
        config.put("session.max-age-seconds", String.valueOf(MAX_AGE_SECONDS));
        config.put("introspection.clients", "ttl:secret-ttl-0123456789");
        config.put("research.steps", "60");
        config.put("research.step-millis", "500");
        return GatehouseDeployment.of(config);
    }

    private URI ws() {
        return URI.create(http().uri("/ws").toString().replaceFirst("^http", "ws"));
    }

    /** The session's expiry (epoch seconds) as introspection reports it. */
    private long expiry(String token) {
        HttpReply reply = http().post("/auth/introspect").header("Authorization", CLIENT)
                .body("application/x-www-form-urlencoded", "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).send();
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getBoolean("active"), reply::toString);
        return reply.json().getJsonNumber("exp").longValueExact();
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            ResearchCalls.pause(left / 1_000_000 + 1);
        }
    }

    @Test
    void connectingAStreamRenewsTheSessionToAFullTtl() {
        String token = http().sessionToken(userJwt());
        String run = new ResearchCalls(http()).run(token);
        long minted = expiry(token);

        ResearchCalls.pause(1200);
        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", token), Map.of()).opened()) {
            long renewed = expiry(token);
            assertTrue(renewed > minted, "WebSocket: " + renewed + " after " + minted);

            ResearchCalls.pause(1200);
            try (SseConnection stream = SseConnection.open(http().uri("/research/" + run + "/events"),
                    Map.of("Authorization", "Bearer " + token))) {
                assertEquals(200, stream.status(), stream.refusal()::toString);
                assertTrue(expiry(token) > renewed, "SSE renews too");
            }
        }
    }

    @Test
    void anOpenStreamKeepsTheSessionAliveUntilTheAbsoluteCapThenCloses() {
        long start = System.nanoTime();
        String token = http().sessionToken(userJwt());
        String run = new ResearchCalls(http()).run(token);
        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", token), Map.of()).opened();
                SseConnection stream = SseConnection.open(http().uri("/research/" + run + "/events"),
                        Map.of("Authorization", "Bearer " + token))) {
            assertEquals(200, stream.status(), stream.refusal()::toString);
            assertEquals("started", stream.next(Duration.ofSeconds(10)).event());

            sleepUntil(start + Duration.ofMillis(TTL_SECONDS * 1000L + 1500).toNanos());
            HttpReply alive = http().get("/projects").bearer(token).send();
            assertEquals(200, alive.status(), "past its first TTL, the session lives on: " + alive);
            assertFalse(socket.isClosed(), "the socket is still open before the cap");
            assertEquals("progress", stream.next(Duration.ofSeconds(5)).event(), "the event stream too");

            Integer code = socket.awaitClose(Duration.ofSeconds(MAX_AGE_SECONDS + 6));
            long closedAfter = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(1008, code, "closed at the cap");
            assertTrue(closedAfter >= MAX_AGE_SECONDS * 1000L - 1000, "closed after " + closedAfter + " ms, before the cap");
            List<SseEvent> rest = stream.untilEnd(Duration.ofSeconds(5));
            assertTrue(rest.stream().noneMatch(e -> "completed".equals(e.event())), "closed by the cap, not by the run");
            assertProblem(http().get("/projects").bearer(token).send(), 401, "Token expired");
        }
    }
}
