package io.gatehouse.it;

import static io.gatehouse.it.ClusterMember.jwt;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.ClerkEvents;
import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.GridIntruder;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.PayaraCluster;
import io.gatehouse.testing.RequiresPayaraOnPostgresql;
import io.gatehouse.testing.ServerProcess;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.SseEvent;
import io.gatehouse.testing.SvixWebhook;
import io.gatehouse.testing.WsConnection;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Two Payara Micro instances clustered through Payara's built-in Hazelcast on one PostgreSQL behave as one
 * Gatehouse: tokens minted on either work on both at once; every kind of revocation on one is refused by the
 * other within 1 s, also where the token was cached; a logout on one closes the session's SSE and WebSocket
 * streams on the other within 1 s, and so does a Clerk {@code session.revoked} webhook delivered to one for the
 * Clerk session the token was minted from; a rate limit counts cluster-wide; a run executing on one streams its events
 * live on the other, and {@code Last-Event-ID} resumes on either; racing mints and rebinds across instances end
 * as on one; {@code kill -9} of one instance loses no session and brings back no revoked one, the run it was
 * executing ends {@code failed} (the other instance fails the runs of a member that left), and the restarted
 * instance rejoins and serves every token.
 *
 * <p>The members are started once for the class, together, as operators start them ({@link PayaraCluster}: a
 * cluster name and data grid ports of their own, so concurrent runs never join each other), with the same
 * environment (one fresh PostgreSQL schema, the fake Clerk, short research runs), logging to
 * {@code target/it-logs/cluster-<name>-*.log}; the start waits until both log a data grid of two members. The last
 * test kills one member and restarts it. The one limit set low is the webhooks bucket, with
 * {@code X-Forwarded-For} naming a client of the test's own: every other bucket is also met by the other tests'
 * requests (the public one counts each 401, the readiness probe's included). Each delay measured (revocations,
 * stream closures, live events) is printed to the test's output file.
 *
 * <p>Skipped ({@link RequiresPayaraOnPostgresql}, the reason in the report) unless the run is on Payara Micro
 * ({@code gatehouse.it.server=payara}) and PostgreSQL ({@code gatehouse.it.database=postgresql}) and a PostgreSQL
 * server answers at 127.0.0.1:5432: WildFly runs Gatehouse as a single instance, and members need one shared
 * database, which an embedded H2 is not. So of the build's four runs only the Payara Micro one on PostgreSQL
 * starts a cluster.
 */
@ExtendWith(RequiresPayaraOnPostgresql.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final int STEPS = 6;
    static final long STEP_MILLIS = 400;
    static final int EVENTS = STEPS + 2;
    static final int WEBHOOK_LIMIT = 6;
    /** What the issue allows for a revocation, a stream closure or a live event to cross the cluster. */
    static final Duration WITHIN = Duration.ofSeconds(1);
    /** How long a slow crossing is still measured before the test gives up on it. */
    static final Duration GIVE_UP = Duration.ofSeconds(5);
    static final Duration WAIT = Duration.ofSeconds(60);
    static final SvixWebhook SVIX = SvixWebhook.withNewSecret();
    static final String INTROSPECTION_CLIENT = "cluster-it";
    static final String INTROSPECTION_SECRET = "secret-cluster-0123456789";
    static final SecureRandom RANDOM = new SecureRandom();

    private static PayaraCluster cluster;
    private static Map<String, String> config;
    private static int portA;
    private static ServerProcess a;
    private static ServerProcess b;
    private static ClusterMember onA;
    private static ClusterMember onB;
    private static RevocationTiming revocations;

    @BeforeAll
    static void startCluster() throws IOException {
        cluster = PayaraCluster.onLoopback(2);
        config = config();
        Files.createDirectories(log("a").getParent());
        portA = ServerProcess.freePort();
        int portB = ServerProcess.freePort();
        System.out.println("cluster " + cluster.name() + ": data grid from port " + cluster.dataGridPort()
                + ", HTTP on " + portA + " (A) and " + portB + " (B)");
        List<ServerProcess> members = cluster.startAll(config, List.of(portA, portB), List.of(log("a"), log("b")));
        a = members.get(0);
        b = members.get(1);
        onA = ClusterMember.of("A", a);
        onB = ClusterMember.of("B", b);
        revocations = new RevocationTiming(List.of(onA, onB), WITHIN, GIVE_UP);
        PayaraCluster.awaitDataGridSize(log("a"), 2, WAIT);
        PayaraCluster.awaitDataGridSize(log("b"), 2, WAIT);
    }

    @AfterAll
    static void stopCluster() {
        for (ServerProcess member : new ServerProcess[] {a, b}) {
            if (member != null) {
                member.kill();
            }
        }
        if (revocations != null && !revocations.summary().isEmpty()) {
            System.out.println(revocations.summary());
        }
    }

    private static Map<String, String> config() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("cluster");
        config.put("research.steps", String.valueOf(STEPS));
        config.put("research.step-millis", String.valueOf(STEP_MILLIS));
        config.put("rate-limit.webhooks-per-minute", String.valueOf(WEBHOOK_LIMIT));
        config.put("trusted-proxies", String.join(",", RateLimitIT.localAddresses()));
        config.put("clerk.webhook-secret", SVIX.secret());
        config.put("introspection.clients", INTROSPECTION_CLIENT + ":" + INTROSPECTION_SECRET);
        config.put("cluster.secret", "cluster-it-secret-" + HexFormat.of().formatHex(RANDOM.generateSeed(16)));
        config.put("cluster.reconcile-seconds", String.valueOf(ClusterFaults.RECONCILE_SECONDS));
        return config;
    }

    private static Path log(String member) {
        return Path.of("target", "it-logs", "cluster-" + cluster.name() + "-" + member + ".log");
    }

    @Test
    @Order(1)
    void tokensMintedOnOneMemberWorkOnTheOtherAtOnce() {
        String anonymous = onA.anonymous(newDeviceId());
        String userId = newUserId();
        String session = onB.session(userId);
        String owner = onA.session(userId);
        String agent = onA.createAgent(owner).getString("token");

        assertAll(
                () -> onB.assertAccepts(Credential.session("an anonymous token minted on A", anonymous)),
                () -> onA.assertAccepts(Credential.session("a session exchanged on B", session)),
                () -> onB.assertAccepts(Credential.agent("an agent token created on A", agent)),
                () -> assertEquals(onA.userOf(owner), onB.userOf(agent), "the agent acts as its owner on B"));
    }

    @Test
    @Order(2)
    void everyKindOfRevocationOnOneMemberIsRefusedByTheOtherWithinASecond() {
        assertAll(this::logout, this::oneSessionById, this::otherSessions, this::agentTokenRevoke,
                this::introspectionRevoke, this::rebindOfTheAnonymousDevice, this::userDeletionByApi,
                this::userDeletionByWebhook);
    }

    private void logout() {
        String token = onA.session(newUserId());
        revocations.assertRefusedInTime("logout", onA, () -> onA.logout(token), 200,
                onB, Credential.session("the logged-out session", token));
    }

    private void oneSessionById() {
        String userId = newUserId();
        String target = onB.session(userId);
        String revoker = onA.session(userId);
        String id = onB.sessionId(target);
        revocations.assertRefusedInTime("DELETE /auth/sessions/{id}", onA,
                () -> onA.http().delete("/auth/sessions/" + id).bearer(revoker).send(), 200,
                onB, Credential.session("the session revoked by id", target));
    }

    private void otherSessions() {
        String userId = newUserId();
        String keeper = onA.session(userId);
        String target = onB.session(userId);
        revocations.assertRefusedInTime("DELETE /auth/sessions?scope=others", onB,
                () -> onB.http().delete("/auth/sessions?scope=others").bearer(keeper).send(), 200,
                onA, Credential.session("the other session", target));
    }

    private void agentTokenRevoke() {
        String owner = onA.session(newUserId());
        JsonObject agent = onB.createAgent(owner);
        revocations.assertRefusedInTime("agent-token revoke", onA,
                () -> onA.http().delete("/api/v1/agents/" + agent.getString("id")).bearer(owner).send(), 204,
                onB, Credential.agent("the revoked agent token", agent.getString("token")));
    }

    private void introspectionRevoke() {
        String token = onA.session(newUserId());
        revocations.assertRefusedInTime("RFC 7009 revocation", onB, () -> onB.revoke(token, INTROSPECTION_CLIENT, INTROSPECTION_SECRET),
                200, onA, Credential.session("the session revoked through /auth/revoke", token));
    }

    private void rebindOfTheAnonymousDevice() {
        String device = newDeviceId();
        String anonymous = onB.anonymous(device);
        onB.createProject(anonymous);
        String user = jwt(newUserId());
        revocations.assertRefusedInTime("rebind", onA, () -> onA.rebind(user, device), 200,
                onB, Credential.session("the rebound device's anonymous session", anonymous));
    }

    private void userDeletionByApi() {
        String userId = newUserId();
        String session = onB.session(userId);
        String agent = onB.createAgent(session).getString("token");
        revocations.assertRefusedInTime("user deletion by API", onA,
                () -> onA.http().delete("/api/v1/users/me").bearer(jwt(userId)).send(), 204, onB,
                Credential.session("the deleted user's session", session), Credential.agent("the deleted user's agent token", agent));
    }

    private void userDeletionByWebhook() {
        String userId = newUserId();
        String session = onA.session(userId);
        onA.createProject(session);
        revocations.assertRefusedInTime("user deletion by webhook", onB, () -> onB.deliverUserDeleted(userId, SVIX), 200,
                onA, Credential.session("the deleted user's session", session));
    }

    @Test
    @Order(3)
    void aLogoutOnOneMemberClosesTheSessionsStreamsOnTheOtherWithinASecond() {
        String token = onB.session(newUserId());
        try (WsConnection socket = WsConnection.connect(onB.webSocket(), List.of("bearer", token), Map.of()).opened()) {
            String run = new ResearchCalls(onB.http()).run(token);
            try (SseConnection stream = onB.events(run, bearer(token))) {
                assertEquals(200, stream.status(), stream.refusal()::toString);
                assertEquals("started", stream.next(WAIT).event());
                socket.next(WAIT);

                HttpReply logout = onA.logout(token);
                long loggedOut = System.nanoTime();
                assertEquals(200, logout.status(), "the logout on A: " + logout);

                Integer code = socket.awaitClose(GIVE_UP);
                Duration socketClosed = since(loggedOut);
                List<SseEvent> rest = stream.untilEnd(GIVE_UP);
                Duration streamEnded = since(loggedOut);
                System.out.println("stream closure on B after a logout on A: WebSocket " + socketClosed.toMillis()
                        + " ms (close code " + code + "), SSE " + streamEnded.toMillis() + " ms");
                assertEquals(1008, code, "policy violation: the session is gone");
                assertTrue(socketClosed.compareTo(WITHIN) < 0, "WebSocket closed after " + socketClosed);
                assertTrue(rest.stream().noneMatch(e -> "completed".equals(e.event())), "closed by the logout, not by the run: " + rest);
                assertTrue(streamEnded.compareTo(WITHIN) < 0, "SSE stream ended after " + streamEnded);
            }
        }
    }

    /**
     * A Clerk session ends and the webhook saying so reaches A: the WebSocket and the SSE stream opened on B with a
     * session token minted from that Clerk session close, and B refuses the token, within 1 s of A's answer. JWTs of
     * the Clerk session are refused on both members from then on.
     */
    @Test
    @Order(4)
    void aSessionRevokedWebhookOnOneMemberClosesTheStreamsAndRefusesTheTokenOnTheOtherWithinASecond() throws Exception {
        String userId = newUserId();
        ClerkToken clerkJwt = FakeClerk.shared().token().subject(userId);
        String sid = clerkJwt.sessionIdValue();
        String token = onB.http().sessionToken(clerkJwt.sign());
        String run = new ResearchCalls(onB.http()).run(token);
        ExecutorService watchers = Executors.newFixedThreadPool(2);
        try (WsConnection socket = WsConnection.connect(onB.webSocket(), List.of("bearer", token), Map.of()).opened();
                SseConnection stream = onB.events(run, bearer(token))) {
            assertEquals(200, stream.status(), stream.refusal()::toString);
            assertEquals("started", stream.next(WAIT).event());
            socket.next(WAIT);
            Future<Long> socketClosedAt = watchers.submit(() -> {
                socket.awaitClose(WAIT);
                return System.nanoTime();
            });
            Future<Arrival> streamEnd = watchers.submit(() -> {
                List<SseEvent> rest = stream.untilEnd(WAIT);
                return new Arrival(rest.isEmpty() ? null : rest.get(rest.size() - 1), System.nanoTime());
            });
            long[] answeredAt = new long[1];

            revocations.assertRefusedInTime("session.revoked webhook", onA, () -> {
                HttpReply reply = ClerkEvents.deliver(onA.http(), SVIX, ClerkEvents.session("session.revoked", sid, userId));
                answeredAt[0] = System.nanoTime();
                return reply;
            }, 200, onB, Credential.session("the session minted from the ended Clerk session", token));
            // 0: closed before A's answer reached the test
            Duration socketClosed = Duration.ofNanos(Math.max(0, socketClosedAt.get() - answeredAt[0]));
            Arrival end = streamEnd.get();
            Duration streamEnded = Duration.ofNanos(Math.max(0, end.nanos() - answeredAt[0]));
            Integer code = socket.awaitClose(Duration.ZERO);
            System.out.println("stream closure on B after a session.revoked webhook on A: WebSocket " + socketClosed.toMillis()
                    + " ms (close code " + code + ", \"" + socket.closeReason() + "\"), SSE " + streamEnded.toMillis() + " ms");
            assertEquals(1008, code, "policy violation: the Clerk session is over");
            assertTrue(socketClosed.compareTo(WITHIN) < 0, "WebSocket closed after " + socketClosed);
            assertTrue(end.event() == null || !"completed".equals(end.event().event()),
                    "closed by the webhook, not by the run: " + end.event());
            assertTrue(streamEnded.compareTo(WITHIN) < 0, "SSE stream ended after " + streamEnded);
        } finally {
            watchers.shutdownNow();
        }
        String sameClerkSession = FakeClerk.shared().token().subject(userId).claim("sid", sid).sign();
        for (ClusterMember member : List.of(onA, onB)) {
            HttpReply session = member.http().get("/projects").bearer(token).send();
            assertEquals("Invalid token: session revoked", session.detail(), "the session token on " + member.name() + ": " + session);
            HttpReply jwt = member.http().get("/projects").bearer(sameClerkSession).send();
            assertEquals(401, jwt.status(), "a JWT of the ended Clerk session on " + member.name() + ": " + jwt);
            assertEquals("Invalid token: Clerk session ended", jwt.detail(), "a JWT of the ended Clerk session on " + member.name());
        }
    }

    @Test
    @Order(5)
    void aRateLimitCountsAcrossTheCluster() {
        String client = "198.51.100." + (1 + RANDOM.nextInt(254));
        List<String> answers = new ArrayList<>();
        List<HttpReply> replies = new ArrayList<>();
        for (int i = 0; i < 2 * WEBHOOK_LIMIT; i++) {
            ClusterMember member = i % 2 == 0 ? onA : onB;
            HttpReply reply = member.http().post("/webhooks/clerk").header("X-Forwarded-For", client).json("{}").send();
            replies.add(reply);
            answers.add(member.name() + ":" + reply.status());
        }

        for (int i = 0; i < replies.size(); i++) {
            HttpReply reply = replies.get(i);
            if (i < WEBHOOK_LIMIT) {
                assertNotEquals(429, reply.status(), "request " + (i + 1) + " is within the limit of " + WEBHOOK_LIMIT + ": " + answers);
            } else {
                assertEquals(429, reply.status(), "request " + (i + 1) + " is over the cluster's limit of " + WEBHOOK_LIMIT
                        + ", whichever member gets it: " + answers);
                int retryAfter = Integer.parseInt(reply.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            }
        }
    }

    @Test
    @Order(6)
    void aRunExecutingOnOneMemberStreamsLiveOnTheOtherAndResumesOnEither() throws Exception {
        String jwt = jwt(newUserId());
        ResearchCalls research = new ResearchCalls(onA.http());
        HttpReply started = research.start(jwt, research.project(jwt), "Does it cross the cluster?");
        assertEquals(201, started.status(), started::toString);
        String run = started.json().getString("id");

        List<Arrival> onBEvents;
        List<Arrival> onAEvents;
        try (SseConnection streamOnB = onB.events(run, bearer(jwt)); SseConnection streamOnA = onA.events(run, bearer(jwt))) {
            assertEquals(200, streamOnB.status(), streamOnB.refusal()::toString);
            assertEquals(200, streamOnA.status(), streamOnA.refusal()::toString);
            CompletableFuture<List<Arrival>> reference = CompletableFuture.supplyAsync(() -> arrivals(streamOnA));
            onBEvents = arrivals(streamOnB);
            onAEvents = reference.get();
        }

        assertEquals(ids(1, EVENTS), onAEvents.stream().map(arrival -> arrival.event().id()).toList(), "every event on A, where it runs");
        List<SseEvent> received = onBEvents.stream().map(Arrival::event).toList();
        assertEquals(ids(1, EVENTS), received.stream().map(SseEvent::id).toList(), "every event on B, in order: " + received);
        assertEquals("started", received.get(0).event());
        assertEquals("completed", received.get(EVENTS - 1).event(), "the stream on B ends with the terminal event");
        long maxLag = IntStream.range(0, EVENTS).mapToLong(i -> onBEvents.get(i).nanos() - onAEvents.get(i).nanos()).max().orElseThrow();
        System.out.println("live events of a run on A, streamed on B: at most " + Duration.ofNanos(maxLag).toMillis()
                + " ms behind the stream on A");
        assertTrue(maxLag < WITHIN.toNanos(), "events reached B up to " + Duration.ofNanos(maxLag) + " after A");

        try (SseConnection resumed = onA.events(run, Map.of("Authorization", "Bearer " + jwt, "Last-Event-ID", "3"))) {
            assertEquals(ids(4, EVENTS), resumed.untilEnd(WAIT).stream().map(SseEvent::id).toList(), "resumed on A after 3");
        }
        try (SseConnection resumed = onB.events(run, Map.of("Authorization", "Bearer " + jwt, "Last-Event-ID", String.valueOf(EVENTS - 1)))) {
            assertEquals(List.of(String.valueOf(EVENTS)), resumed.untilEnd(WAIT).stream().map(SseEvent::id).toList(),
                    "resumed on B before the last");
        }
    }

    @Test
    @Order(7)
    void racingMintsAndRebindsAcrossMembersEndAsOnOne() throws Exception {
        for (int i = 0; i < 4; i++) {
            String device = newDeviceId();
            List<HttpReply> mints = together(() -> onA.mint(device), () -> onB.mint(device));
            assertEquals(200, mints.get(0).status(), "mint on A: " + mints.get(0));
            assertEquals(200, mints.get(1).status(), "mint on B: " + mints.get(1));
            String project = onA.createProject(mints.get(0).json().getString("token"));
            List<String> seenOnB = onB.projectIds(mints.get(1).json().getString("token"));
            assertEquals(List.of(project), seenOnB, "both racing mints of " + device + " are one principal");
        }

        for (int i = 0; i < 3; i++) {
            String device = newDeviceId();
            onA.createProject(onA.anonymous(device));
            onA.createProject(onA.anonymous(device));
            onB.createProject(onB.anonymous(device));
            String alice = jwt(newUserId());
            String bob = jwt(newUserId());

            List<HttpReply> rebinds = together(() -> onA.rebind(alice, device), () -> onB.rebind(bob, device));

            List<HttpReply> won = rebinds.stream().filter(r -> r.status() == 200 && r.json().getBoolean("rebound")).toList();
            assertEquals(1, won.size(), "exactly one rebind wins: " + rebinds);
            assertEquals(3, won.get(0).json().getInt("rows_updated"), won.get(0)::toString);
            assertTrue(rebinds.stream().anyMatch(r -> r.status() == 409), "the other is a conflict: " + rebinds);
            int aliceRows = onB.projectIds(alice).size();
            int bobRows = onA.projectIds(bob).size();
            assertTrue(aliceRows == 3 && bobRows == 0 || aliceRows == 0 && bobRows == 3,
                    "one owner of every row: alice " + aliceRows + ", bob " + bobRows);
        }
    }

    /**
     * What each member serves is recorded when it is asked and asserted at the end, so the restart runs (and is
     * reported on) even when what B served while A was down is wrong.
     */
    @Test
    @Order(8)
    void aRevocationNoMemberHeardOfIsEnforcedWithinTheReconcileBound() throws Exception {
        faults().aRevocationNoMemberHeardOfIsEnforcedWithinTheReconcileBound();
    }

    @Test
    @Order(9)
    void aGridStuckMidRevocationLeavesNoRevokedTokenAcceptedAfterTheReconcileBound() throws Exception {
        try (GridIntruder intruder = GridIntruder.join(cluster.name(), cluster.dataGridPort())) {
            faults().aGridStuckMidRevocationLeavesNoRevokedTokenAcceptedAfterTheReconcileBound(intruder);
        }
    }

    @Test
    @Order(10)
    void aProcessWithoutTheClusterSecretCannotMakeAnyMemberAcceptAToken() {
        try (GridIntruder intruder = GridIntruder.join(cluster.name(), cluster.dataGridPort())) {
            faults().aForgedSessionEntryIsAcceptedByNoMember(intruder);
        }
    }

    @Test
    @Order(11)
    void aUserDeletedOnOneMemberSignsInAfreshOnTheOther() {
        faults().aUserDeletedOnOneMemberSignsInAfreshOnTheOther();
    }

    private static ClusterFaults faults() {
        return new ClusterFaults(onA, onB, config);
    }

    @Test
    @Order(20)
    void killingAMemberLosesNothingAndTheRestartedMemberRejoins() {
        String owner = onA.session(newUserId());
        String ownerOnB = onB.session(newUserId());
        List<Credential> live = new ArrayList<>(List.of(
                Credential.session("a session minted on A", owner),
                Credential.session("another session minted on A", onA.session(newUserId())),
                Credential.session("an anonymous token minted on A", onA.anonymous(newDeviceId())),
                Credential.agent("an agent token created on A", onA.createAgent(owner).getString("token")),
                Credential.session("a session minted on B", ownerOnB),
                Credential.session("an anonymous token minted on B", onB.anonymous(newDeviceId()))));
        String loggedOutOnA = onA.session(newUserId());
        String loggedOutOnB = onB.session(newUserId());
        JsonObject agent = onB.createAgent(ownerOnB);
        assertEquals(200, onA.logout(loggedOutOnA).status());
        assertEquals(200, onB.logout(loggedOutOnB).status());
        assertEquals(204, onB.http().delete("/api/v1/agents/" + agent.getString("id")).bearer(ownerOnB).send().status());
        List<Credential> revoked = List.of(
                Credential.session("a session logged out on A", loggedOutOnA),
                Credential.session("a session logged out on B", loggedOutOnB),
                Credential.agent("an agent token revoked on B", agent.getString("token")));
        List<Executable> checks = new ArrayList<>();
        String researcher = jwt(newUserId());
        ResearchCalls researchOnA = new ResearchCalls(onA.http());
        HttpReply started = researchOnA.start(researcher, researchOnA.project(researcher), "Cut short by a crash?");
        assertEquals(201, started.status(), started::toString);
        String runOnA = started.json().getString("id");

        a.kill();
        checks.addAll(served(onB, "while A is down", live, revoked));
        List<String> interrupted = eventsUntilEnd(onB, runOnA, researcher);
        checks.add(() -> assertEquals("failed", interrupted.get(interrupted.size() - 1),
                "the run A was executing when it died ends failed, on B, once A has left the cluster: " + interrupted));
        String mintedWhileDown = onB.session(newUserId());
        live.add(Credential.session("a session minted on B while A was down", mintedWhileDown));
        live.add(Credential.session("an anonymous token minted on B while A was down", onB.anonymous(newDeviceId())));

        a = cluster.start(config, portA, log("a-restarted"));
        PayaraCluster.awaitDataGridSize(log("a-restarted"), 2, WAIT);
        checks.addAll(served(onA, "after its restart", live, revoked));
        checks.addAll(served(onB, "after A's restart", live, revoked));
        checks.add(() -> revocations.assertRefusedInTime("logout on the restarted member", onA, () -> onA.logout(mintedWhileDown), 200,
                onB, Credential.session("the session minted while A was down, logged out on A", mintedWhileDown)));
        assertAll(checks);
    }

    /** What the member answers now for every credential, as checks: live ones accepted, revoked ones refused. */
    private static List<Executable> served(ClusterMember member, String when, List<Credential> live, List<Credential> revoked) {
        List<Executable> checks = new ArrayList<>();
        for (Credential credential : live) {
            int status = member.status(credential);
            checks.add(() -> assertEquals(200, status, credential.what() + " on " + member.name() + " " + when));
        }
        for (Credential credential : revoked) {
            int status = member.status(credential);
            checks.add(() -> assertEquals(401, status, credential.what() + " on " + member.name() + " " + when));
        }
        return checks;
    }

    /** The names of a run's events streamed from the member until the stream ends, or "stalled" if it does not. */
    private static List<String> eventsUntilEnd(ClusterMember member, String run, String token) {
        List<String> names = new ArrayList<>();
        try (SseConnection stream = member.events(run, bearer(token))) {
            for (SseEvent event = stream.next(WAIT); event != null; event = stream.next(WAIT)) {
                names.add(event.event());
            }
        } catch (AssertionError stalled) {
            names.add("stalled: " + stalled.getMessage());
        }
        return names;
    }

    static String newUserId() {
        return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String newDeviceId() {
        return "device-" + UUID.randomUUID();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    /** One event and when the test read it. */
    record Arrival(SseEvent event, long nanos) {
    }

    /**
     * Every event of the stream, stamped as it is read, until the stream ends or a run's time and {@link #GIVE_UP}
     * have passed: what came until then, so a stalled stream fails on the events it missed.
     */
    private static List<Arrival> arrivals(SseConnection stream) {
        List<Arrival> arrivals = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMillis(STEPS * STEP_MILLIS).plus(GIVE_UP).toNanos();
        try {
            for (SseEvent event = stream.next(WAIT); event != null;
                    event = stream.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                arrivals.add(new Arrival(event, System.nanoTime()));
            }
        } catch (AssertionError stalled) {
            System.out.println("stream stalled after " + arrivals.size() + " events: " + stalled.getMessage());
        }
        return arrivals;
    }

    /** Runs the calls on threads of their own, released at the same moment; their answers in order. */
    @SafeVarargs
    private static List<HttpReply> together(Callable<HttpReply>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<HttpReply>> answers = new ArrayList<>();
            for (Callable<HttpReply> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<HttpReply> replies = new ArrayList<>();
            for (Future<HttpReply> answer : answers) {
                replies.add(answer.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
