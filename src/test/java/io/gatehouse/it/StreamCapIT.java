package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.WsConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code STREAMS_PER_PRINCIPAL} (2 here): SSE and WebSocket streams of one principal count together, whatever
 * credential opened them; the next one gets {@code 429} with {@code Retry-After} (an SSE request in JSON, a WebSocket
 * handshake before the upgrade), and a stream that closes gives its slot back.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class StreamCapIT extends GatehouseIT {

    static final int CAP = 2;
    static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("streamcap");
        config.put("streams.per-principal", String.valueOf(CAP));
        // runs that go on for the whole test, an event every half second
        config.put("research.steps", "400");
        config.put("research.step-millis", "500");
        return GatehouseDeployment.of(config);
    }

    private SseConnection events(String runId, String token) {
        return SseConnection.open(http().uri("/research/" + runId + "/events"), Map.of("Authorization", "Bearer " + token));
    }

    private WsConnection.Handshake socket(String token) {
        return WsConnection.connect(URI.create(http().uri("/ws").toString().replaceFirst("^http", "ws")),
                List.of("bearer", token), Map.of());
    }

    private static void assertTooManyStreams(HttpReply reply) {
        assertEquals(429, reply.status(), reply::toString);
        assertEquals("5", reply.header("Retry-After"), reply::toString);
        assertEquals("rate_limited", reply.json().getString("code"), reply::toString);
        assertTrue(reply.json().getBoolean("retryable"), reply::toString);
        assertEquals("Too many open streams (at most 2 per principal, SSE and WebSocket together): retry in 5 seconds",
                reply.detail(), reply::toString);
    }

    /** Tries until the condition holds: a closed stream gives its slot back once the server has noticed. */
    private static <T> T eventually(Supplier<T> attempt, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = attempt.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + WAIT + ": " + last);
            }
            ResearchCalls.pause(200);
            last = attempt.get();
        }
        return last;
    }

    @Test
    void theThirdStreamOfAPrincipalIsRefusedUntilOneCloses() {
        String token = http().sessionToken(userJwt());
        String run = new ResearchCalls(http()).run(token);
        try (SseConnection sse = events(run, token); WsConnection first = socket(token).opened()) {
            assertEquals(200, sse.status(), sse.refusal()::toString);

            WsConnection.Handshake third = socket(token);
            assertEquals(429, third.refusedWith(), "a WebSocket handshake is refused before the upgrade");
            assertEquals("5", third.refusalHeader("Retry-After"));
            try (SseConnection refused = events(run, token)) {
                assertTooManyStreams(refused.refusal());
            }
            String other = http().sessionToken(userJwt());
            try (WsConnection another = socket(other).opened()) {
                assertTrue(another.awaitClose(Duration.ofMillis(100)) == null, "another principal has slots of its own");
            }

            first.closeNormally(WAIT);
            try (WsConnection again = eventually(() -> socket(token), h -> h.connection() != null,
                    "a new WebSocket accepted once one closed").opened()) {
                assertTrue(again.awaitClose(Duration.ofMillis(100)) == null);
                assertEquals(429, socket(token).refusedWith(), "and the cap holds again");
            }
        }
    }

    @Test
    void everyCredentialOfOnePrincipalCountsTogether() {
        String jwt = userJwt();
        String session = http().sessionToken(jwt);
        String agent = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"streamer\"}").send().json().getString("token");
        try (WsConnection byJwt = socket(jwt).opened(); WsConnection bySession = socket(session).opened()) {
            assertEquals(429, socket(agent).refusedWith(), "an agent acts as its owner: the owner's slots");
            assertEquals(429, socket(session).refusedWith());
        }
    }

    @Test
    void aClosedSseStreamGivesItsSlotBack() {
        String token = http().sessionToken(userJwt());
        String run = new ResearchCalls(http()).run(token);
        try (SseConnection kept = events(run, token)) {
            assertEquals(200, kept.status(), kept.refusal()::toString);
            SseConnection dropped = events(run, token);
            assertEquals(200, dropped.status(), dropped.refusal()::toString);
            try (SseConnection refused = events(run, token)) {
                assertTooManyStreams(refused.refusal());
            }

            dropped.close();
            try (SseConnection again = eventually(() -> events(run, token), c -> {
                if (c.status() != 200) {
                    c.close();
                }
                return c.status() == 200;
            }, "a new SSE stream accepted once the dropped one was noticed (its next event fails to write)")) {
                assertEquals(200, again.status());
            }
        }
    }
}
