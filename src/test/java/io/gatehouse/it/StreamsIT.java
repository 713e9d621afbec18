package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.SseEvent;
import io.gatehouse.testing.WsConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The streams of run events: {@code GET /research/{id}/events} (SSE: replay, live events, Last-Event-ID, owner
 * only, cookie) and {@code WS /ws} (subprotocol, cookie with Origin, header; 401/403 before the upgrade), and
 * both closed at once by a logout.
 */
class StreamsIT extends PlainDeployment {

    static final int STEPS = RESEARCH_STEPS;
    static final long STEP_MILLIS = RESEARCH_STEP_MILLIS;
    static final int EVENTS = STEPS + 2;
    static final Duration WAIT = Duration.ofSeconds(20);
    /** How long a revoked session's streams may stay open (the issue says within a second; slack for a busy machine). */
    static final Duration CLOSE_WITHIN = Duration.ofMillis(2500);

    private ResearchCalls research() {
        return new ResearchCalls(http());
    }

    private SseConnection events(String runId, Map<String, String> headers) {
        return SseConnection.open(http().uri("/research/" + runId + "/events"), headers);
    }

    private URI ws(String query) {
        return URI.create(http().uri("/ws" + query).toString().replaceFirst("^http", "ws"));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> ids(List<SseEvent> events) {
        return events.stream().map(SseEvent::id).toList();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    @Test
    void sseSendsPastEventsThenLiveOnesAndResumesAfterLastEventId() {
        String token = http().sessionToken(userJwt());
        String run = research().run(token);
        JsonObject midway = research().awaitRun(token, run, r -> r.getInt("last_event_id") >= 2, WAIT);
        assertEquals("running", midway.getString("status"), "connect while the run is still going");

        List<SseEvent> all;
        try (SseConnection stream = events(run, bearer(token))) {
            assertEquals(200, stream.status(), stream.refusal()::toString);
            all = stream.untilEnd(WAIT);
        }

        assertEquals(ids(1, EVENTS), ids(all), all::toString);
        assertEquals("started", all.get(0).event());
        assertEquals(STEPS, json(all.get(0).data()).getInt("steps"));
        for (int step = 1; step <= STEPS; step++) {
            assertEquals("progress", all.get(step).event());
            assertEquals(step, json(all.get(step).data()).getInt("step"));
        }
        assertEquals("completed", all.get(EVENTS - 1).event(), "the stream ends after the terminal event");

        try (SseConnection resumed = events(run, Map.of("Authorization", "Bearer " + token, "Last-Event-ID", "3"))) {
            assertEquals(ids(4, EVENTS), ids(resumed.untilEnd(WAIT)));
        }
        try (SseConnection seen = events(run, Map.of("Authorization", "Bearer " + token, "Last-Event-ID", String.valueOf(EVENTS)))) {
            assertEquals(List.of(), seen.untilEnd(WAIT), "a finished run fully seen ends at once");
        }
        try (SseConnection wrong = events(run, Map.of("Authorization", "Bearer " + token, "Last-Event-ID", "99"))) {
            assertProblem(wrong.refusal(), 400, "Last-Event-ID must be the id of an event of this run (0 to " + EVENTS + ")");
        }
    }

    @Test
    void onlyTheOwnerMayListen() {
        String alice = http().sessionToken(userJwt());
        String run = research().run(alice);
        try (SseConnection bob = events(run, bearer(http().sessionToken(userJwt())))) {
            assertProblem(bob.refusal(), 404, "Run not found");
        }
        try (SseConnection nobody = events(run, Map.of())) {
            assertProblem(nobody.refusal(), 401, "Missing Bearer token");
        }
    }

    @Test
    void sseAcceptsTheSessionCookie() {
        String token = http().sessionToken(userJwt());
        String run = research().run(token);
        try (SseConnection stream = events(run, Map.of("Cookie", "__session=" + token))) {
            assertEquals(200, stream.status(), stream.refusal()::toString);
            assertEquals(ids(1, EVENTS), ids(stream.untilEnd(WAIT)));
        }
    }

    @Test
    void sseAcceptsAClerkJwtAndRunsToTheEndWithoutASessionToRenew() {
        String jwt = userJwt();
        String run = research().run(jwt);
        try (SseConnection stream = events(run, bearer(jwt))) {
            assertEquals(200, stream.status(), stream.refusal()::toString);
            assertEquals(ids(1, EVENTS), ids(stream.untilEnd(WAIT)));
        }
    }

    @Test
    void theWebSocketPushesEveryEventOfTheCallersRunsAuthenticatedBySubprotocol() {
        String token = http().sessionToken(userJwt());
        try (WsConnection socket = WsConnection.connect(ws(""), List.of("bearer", token), Map.of()).opened()) {
            assertEquals("bearer", socket.subprotocol(), "the server selects bearer, never the token");
            String run = research().run(token);

            List<JsonObject> messages = new ArrayList<>();
            while (messages.isEmpty() || !"completed".equals(messages.get(messages.size() - 1).getString("event"))) {
                messages.add(json(socket.next(WAIT)));
            }

            assertEquals(EVENTS, messages.size(), messages::toString);
            for (int i = 0; i < EVENTS; i++) {
                JsonObject message = messages.get(i);
                assertEquals(run, message.getString("run_id"));
                assertEquals(i + 1, message.getInt("id"));
                assertNotNull(message.getJsonObject("data"));
            }
            assertEquals("started", messages.get(0).getString("event"));
            assertNull(socket.awaitClose(Duration.ofMillis(200)), "the socket stays open after a run ends");
        }
    }

    @Test
    void theWebSocketAcceptsTheAuthorizationHeaderAndTheCookieFromAnAllowedOrigin() {
        String token = http().sessionToken(userJwt());
        try (WsConnection byHeader = WsConnection.connect(ws(""), List.of(), bearer(token)).opened();
                WsConnection byCookie = WsConnection.connect(ws(""), List.of(),
                        Map.of("Cookie", "__session=" + token, "Origin", ORIGIN)).opened()) {
            String run = research().run(token);
            assertEquals(run, json(byHeader.next(WAIT)).getString("run_id"));
            assertEquals(run, json(byCookie.next(WAIT)).getString("run_id"));
        }
    }

    @Test
    void aWebSocketHandshakeIsRefusedBeforeTheUpgrade() {
        String token = http().sessionToken(userJwt());
        assertEquals(401, WsConnection.connect(ws(""), List.of(), Map.of()).refusedWith(), "no credential");
        assertEquals(401, WsConnection.connect(ws(""), List.of("bearer", "msc_" + "A".repeat(43)), Map.of()).refusedWith(),
                "unknown token");
        assertEquals(401, WsConnection.connect(ws(""), List.of(), bearer("not-a-token")).refusedWith(), "malformed token");
        assertEquals(401, WsConnection.connect(ws("?token=" + token + "&access_token=" + token), List.of(), Map.of())
                .refusedWith(), "a token in the query string is not read");
        assertEquals(403, WsConnection.connect(ws(""), List.of(), Map.of("Cookie", "__session=" + token)).refusedWith(),
                "a cookie without Origin");
        assertEquals(403, WsConnection.connect(ws(""), List.of(),
                Map.of("Cookie", "__session=" + token, "Origin", "https://evil.example")).refusedWith(),
                "a cookie from a foreign origin");
        http().delete("/auth/session").bearer(token).send();
        assertEquals(401, WsConnection.connect(ws(""), List.of("bearer", token), Map.of()).refusedWith(), "a revoked session");
    }

    @Test
    void loggingOutClosesTheSessionsStreamsAtOnce() {
        String token = http().sessionToken(userJwt());
        String run = research().run(token);
        try (SseConnection stream = events(run, bearer(token));
                WsConnection socket = WsConnection.connect(ws(""), List.of("bearer", token), Map.of()).opened()) {
            assertEquals("started", stream.next(WAIT).event());
            socket.next(WAIT);
            assertTrue(openStreams() >= 2, "the metrics count both open streams");

            long start = System.nanoTime();
            assertEquals(200, http().delete("/auth/session").bearer(token).send().status());

            assertEquals(1008, socket.awaitClose(CLOSE_WITHIN), "policy violation: the session is gone");
            List<SseEvent> rest = stream.untilEnd(CLOSE_WITHIN);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(rest.stream().noneMatch(e -> "completed".equals(e.event())), "closed by the logout, not by the run: " + rest);
            assertTrue(took.compareTo(CLOSE_WITHIN) < 0, "closed after " + took);
        }
    }

    /** The gatehouse_open_streams gauge of GET /ops/metrics. */
    private double openStreams() {
        HttpReply metrics = http().get("/ops/metrics").send();
        assertEquals(200, metrics.status(), metrics::toString);
        return metrics.body().lines()
                .filter(line -> line.startsWith("gatehouse_open_streams "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gatehouse_open_streams in " + metrics.body()));
    }
}
