package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.ClerkEvents;
import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.SseEvent;
import io.gatehouse.testing.SvixWebhook;
import io.gatehouse.testing.WsConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The lifetimes of streams, made short (TTL 4 s, absolute cap 8 s, Clerk session checks every second, a JWT
 * leeway of 1 s): connecting renews the session to a full TTL, an open stream keeps it alive past its first TTL,
 * and the cap ends it, and its streams, all the same. A stream held past its TTL is also watched through Clerk's
 * Backend API, so a Clerk session that ended without a webhook reaching Gatehouse ends here within a check, while a
 * Clerk outage ends nothing. A stream opened with a Clerk JWT ends when the JWT does, or when a webhook ends its
 * Clerk session.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT_ON_POSTGRESQL)
class StreamTtlIT extends GatehouseIT {

    /**
     * The tests mostly wait for TTLs, checks and caps, each with users and sessions of its own, so they run at once
     * (each {@code @Execution(CONCURRENT)}; the class itself runs alone, as every class does); the one that takes
     * Clerk's Backend API down holds this lock, and those that need it up share it.
     */
    private static final String CLERK_BACKEND = "fake Clerk's Backend API";

    static final int TTL_SECONDS = 4;
    static final int MAX_AGE_SECONDS = 8;
    static final int CHECK_SECONDS = 1;
    static final int LEEWAY_SECONDS = 1;
    static final String CLIENT = "Basic " + Base64.getEncoder()
            .encodeToString("ttl:secret-ttl-0123456789".getBytes(StandardCharsets.UTF_8));
    static final SvixWebhook SVIX = SvixWebhook.withNewSecret();
    /** A check period, the check itself and slack for a loaded machine: when a Clerk-side end must have closed a stream. */
    static final Duration CHECKED_WITHIN = Duration.ofSeconds(CHECK_SECONDS + 2);
    /** What the issue allows between a session webhook's answer and the end of its streams. */
    static final Duration WEBHOOK_WITHIN = Duration.ofSeconds(1);
    /** How long a late closure is still waited for (and measured) before the test gives up on it. */
    static final Duration GIVE_UP = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("stream-ttl");
        config.put("session.ttl-seconds", String.valueOf(TTL_SECONDS));
        config.put("session.max-age-seconds", String.valueOf(MAX_AGE_SECONDS));
        config.put("introspection.clients", "ttl:secret-ttl-0123456789");
        config.put("research.steps", "60");
        config.put("research.step-millis", "500");
        config.put("clerk.session-check-seconds", String.valueOf(CHECK_SECONDS));
        config.put("clerk.leeway", String.valueOf(LEEWAY_SECONDS));
        config.put("clerk.webhook-secret", SVIX.secret());
        return GatehouseDeployment.of(config);
    }

    /** Clerk's Backend API available again, every Clerk session active again. */
    @AfterAll
    static void restoreClerk() {
        clerk().reset();
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

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private SseConnection events(String run, String token) {
        SseConnection stream = SseConnection.open(http().uri("/research/" + run + "/events"), Map.of("Authorization", "Bearer " + token));
        assertEquals(200, stream.status(), stream.refusal()::toString);
        return stream;
    }

    /** A gauge or counter of GET /ops/metrics (no METRICS_TOKEN in this deployment). */
    private double metric(String name) {
        HttpReply metrics = http().get("/ops/metrics").send();
        assertEquals(200, metrics.status(), metrics::toString);
        return metrics.body().lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + metrics.body()));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
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
    @Execution(ExecutionMode.CONCURRENT)
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

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = CLERK_BACKEND, mode = ResourceAccessMode.READ)
    void aLostWebhookIsCaughtByTheBackendApiCheckOfAStreamHeldPastItsTtl() {
        endedInClerkWithoutAWebhook("ended");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = CLERK_BACKEND, mode = ResourceAccessMode.READ)
    void aClerkSessionTheBackendApiNoLongerKnowsEndsLikeAnEndedOne() {
        endedInClerkWithoutAWebhook("missing");
    }

    /**
     * A session token of a Clerk session streams past its first TTL (its Clerk session looked up and found active
     * meanwhile); then Clerk's {@code GET /v1/sessions/{sid}} answers {@code status} and no webhook comes: the next
     * check closes both streams, revokes the session token and refuses the Clerk session's JWTs. The Clerk session is
     * switched just after the first TTL, so a check closes the streams well before the cap would (which would close
     * them with "session expired", and leave the token unrevoked).
     */
    private void endedInClerkWithoutAWebhook(String status) {
        String userId = newUserId();
        ClerkToken jwt = clerk().token().subject(userId);
        String sid = jwt.sessionIdValue();
        String token = http().sessionToken(jwt.sign());
        String run = new ResearchCalls(http()).run(token);
        long minted = expiry(token);
        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", token), Map.of()).opened();
                SseConnection stream = events(run, token)) {
            assertEquals("started", stream.next(Duration.ofSeconds(10)).event());

            ResearchCalls.pause(Math.max(0, (minted + 1) * 1000 + 200 - System.currentTimeMillis()));
            HttpReply alive = http().get("/projects").bearer(token).send();
            assertEquals(200, alive.status(), "past its first TTL, the session lives on: " + alive);
            assertTrue(expiry(token) > minted, "renewed past the expiry it was minted with");
            assertFalse(socket.isClosed(), "the socket is open past the first TTL, closed with " + socket.closeReason());
            assertTrue(clerk().sessionChecks(sid) > 0, "the Clerk session was looked up while it was active");

            clerk().sessionStatus(sid, status);
            long endedInClerk = System.nanoTime();
            Integer code = socket.awaitClose(GIVE_UP);
            Duration socketClosed = since(endedInClerk);
            List<SseEvent> rest = stream.untilEnd(GIVE_UP);
            Duration streamEnded = since(endedInClerk);
            System.out.println("Clerk session " + status + " without a webhook: WebSocket closed after "
                    + socketClosed.toMillis() + " ms (close code " + code + ", \"" + socket.closeReason() + "\"), SSE ended after "
                    + streamEnded.toMillis() + " ms, " + clerk().sessionChecks(sid) + " checks of the Clerk session");
            assertEquals(1008, code, "policy violation: the Clerk session is over");
            assertEquals("session revoked", socket.closeReason(), "closed by the check, not by the cap (\"session expired\")");
            assertTrue(socketClosed.compareTo(CHECKED_WITHIN) < 0, "WebSocket closed " + socketClosed + " after Clerk's answer changed");
            assertTrue(rest.stream().noneMatch(e -> "completed".equals(e.event())), "closed by the check, not by the run: " + rest);
            assertTrue(streamEnded.compareTo(CHECKED_WITHIN) < 0, "SSE ended " + streamEnded + " after Clerk's answer changed");
        }
        assertProblem(http().get("/projects").bearer(token).send(), 401, "Invalid token: session revoked");
        HttpReply sameClerkSession = http().get("/projects").bearer(clerk().token().subject(userId).claim("sid", sid).sign()).send();
        assertProblem(sameClerkSession, 401, "Invalid token: Clerk session ended");
        assertEquals("invalid_token", sameClerkSession.json().getString("code"), sameClerkSession::toString);
    }

    /**
     * Clerk's Backend API answers 500 while a session token of a Clerk session streams past its first TTL: the checks
     * fail (counted in the metrics), and the stream and the session go on.
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = CLERK_BACKEND, mode = ResourceAccessMode.READ_WRITE)
    void aClerkOutageDuringTheChecksLeavesTheSessionAlive() {
        ClerkToken jwt = clerk().token().subject(newUserId());
        String sid = jwt.sessionIdValue();
        String token = http().sessionToken(jwt.sign());
        assertEquals(200, http().get("/projects").bearer(token).send().status());
        long minted = expiry(token);
        double failuresBefore = metric("gatehouse_clerk_session_check_failures");
        int checksBefore = clerk().sessionChecks(sid);

        clerk().backendAvailable(false);
        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", token), Map.of()).opened()) {
            ResearchCalls.pause(Math.max(0, (minted + 1) * 1000 + 500 - System.currentTimeMillis()));

            HttpReply alive = http().get("/projects").bearer(token).send();
            int checks = clerk().sessionChecks(sid) - checksBefore;
            double failures = metric("gatehouse_clerk_session_check_failures") - failuresBefore;
            System.out.println("Clerk outage: " + checks + " checks of the Clerk session refused by Clerk, "
                    + failures + " more failures counted");
            assertEquals(200, alive.status(), "past its first TTL and through the outage, the session lives on: " + alive);
            assertFalse(socket.isClosed(), "the socket is still open, closed with " + socket.closeReason());
            assertTrue(checks >= 2, "Clerk was asked at the renewal past the first TTL and at a check pass: " + checks);
            assertTrue(failures > 0, "the failed checks are counted: " + failures);
        } finally {
            clerk().backendAvailable(true);
        }
    }

    /**
     * A WebSocket and an SSE stream opened with a Clerk JWT that expires in 3 to 4 s: both are closed once its
     * {@code exp} and the leeway have passed, not before its {@code exp}, and the JWT is refused from then on.
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void streamsOpenedWithAClerkJwtEndWithTheJwt() {
        String userId = newUserId();
        String run = new ResearchCalls(http()).run(clerk().token().subject(userId).sign());
        Instant exp = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 4);
        String jwt = clerk().token().subject(userId).expiresAt(exp).sign();
        long latest = exp.toEpochMilli() + LEEWAY_SECONDS * 1000L + 3000;

        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", jwt), Map.of()).opened();
                SseConnection stream = events(run, jwt)) {
            assertEquals("started", stream.next(Duration.ofSeconds(10)).event());

            Integer code = socket.awaitClose(Duration.ofMillis(latest - System.currentTimeMillis()).plus(GIVE_UP));
            long socketClosedAt = System.currentTimeMillis();
            List<SseEvent> rest = stream.untilEnd(GIVE_UP);
            long streamEndedAt = System.currentTimeMillis();
            System.out.println("streams of a Clerk JWT: WebSocket closed " + (socketClosedAt - exp.toEpochMilli())
                    + " ms after its exp (close code " + code + ", \"" + socket.closeReason() + "\"), SSE ended "
                    + (streamEndedAt - exp.toEpochMilli()) + " ms after its exp; leeway " + LEEWAY_SECONDS + " s");
            assertEquals(1008, code, "policy violation: the JWT expired");
            assertEquals("token expired", socket.closeReason());
            assertTrue(socketClosedAt >= exp.toEpochMilli(), "WebSocket closed " + (exp.toEpochMilli() - socketClosedAt)
                    + " ms before the JWT's exp");
            assertTrue(socketClosedAt <= latest, "WebSocket closed " + (socketClosedAt - exp.toEpochMilli()) + " ms after the JWT's exp");
            assertTrue(rest.stream().noneMatch(e -> "completed".equals(e.event())), "ended with the JWT, not by the run: " + rest);
            assertTrue(streamEndedAt >= exp.toEpochMilli(), "SSE ended " + (exp.toEpochMilli() - streamEndedAt)
                    + " ms before the JWT's exp");
            assertTrue(streamEndedAt <= latest, "SSE ended " + (streamEndedAt - exp.toEpochMilli()) + " ms after the JWT's exp");
        }
        assertProblem(http().get("/projects").bearer(jwt).send(), 401, "Token expired");
    }

    /** A WebSocket opened with a Clerk JWT is closed at once by a {@code session.revoked} webhook of the JWT's session. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aSessionRevokedWebhookClosesAWebSocketOpenedWithAJwtOfThatSession() {
        String userId = newUserId();
        ClerkToken token = clerk().token().subject(userId);
        String sid = token.sessionIdValue();
        String jwt = token.sign();
        String otherJwt = clerk().token().subject(userId).sign();

        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", jwt), Map.of()).opened();
                WsConnection other = WsConnection.connect(ws(), List.of("bearer", otherJwt), Map.of()).opened()) {
            HttpReply delivered = ClerkEvents.deliver(http(), SVIX, ClerkEvents.session("session.revoked", sid, userId));
            long answered = System.nanoTime();
            assertEquals(200, delivered.status(), delivered::toString);

            Integer code = socket.awaitClose(GIVE_UP);
            Duration closed = since(answered);
            System.out.println("session.revoked webhook: the WebSocket of a JWT of that Clerk session closed "
                    + closed.toMillis() + " ms after the webhook's answer (close code " + code + ", \"" + socket.closeReason() + "\")");
            assertEquals(1008, code, "policy violation: the Clerk session is over");
            assertEquals("session revoked", socket.closeReason());
            assertTrue(closed.compareTo(WEBHOOK_WITHIN) < 0, "closed " + closed + " after the webhook's answer");
            assertFalse(other.isClosed(), "a WebSocket of another Clerk session of the user stays open, closed with "
                    + other.closeReason());
        }
        assertProblem(http().get("/projects").bearer(jwt).send(), 401, "Invalid token: Clerk session ended");
        assertEquals(200, http().get("/projects").bearer(otherJwt).send().status(), "another Clerk session of the user goes on");
    }
}
