package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.DatabaseContents;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The retention sweeps, run every second here: sessions revoked or expired more than {@code SESSION_RETENTION_DAYS}
 * (30) days ago, anonymous principals unused for {@code ANONYMOUS_RETENTION_DAYS} (90) days that own nothing and were
 * never rebound, and webhook deliveries older than {@code WEBHOOK_DELIVERY_RETENTION_DAYS} (7) days are deleted;
 * everything else stays. Rows are made through the API and then moved back in time over JDBC. The database is an H2
 * file opened with {@code AUTO_SERVER} on an H2 run, so this test can write it while the server runs.
 */
class RetentionIT extends GatehouseIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    /** Long enough that a session revoked 40 days ago can still have expired only 20 days ago (the revoked-at rule). */
    static final long MAX_AGE_SECONDS = Duration.ofDays(60).toSeconds();

    private static Map<String, String> database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("retention");
        TestDatabase.readableByTheTest(config, "retention");
        config.put("retention.sweep-seconds", "1");
        config.put("session.retention-days", "30");
        config.put("anonymous.retention-days", "90");
        config.put("webhook.delivery-retention-days", "7");
        config.put("session.max-age-seconds", String.valueOf(MAX_AGE_SECONDS));
        database = Map.copyOf(config);
        return GatehouseDeployment.of(config);
    }

    private static OffsetDateTime daysAgo(double days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusSeconds((long) (days * 86_400));
    }

    /** A device's session: its token and id. */
    private record Minted(String token, String sessionId, String principalId) {
    }

    private Minted mint() throws SQLException {
        String token = http().anonymousToken(newDeviceId());
        return minted(token);
    }

    private Minted minted(String token) throws SQLException {
        HttpReply sessions = http().get("/auth/sessions").bearer(token).send();
        assertEquals(200, sessions.status(), sessions::toString);
        String id = sessions.json().getJsonArray("sessions").getJsonObject(0).getString("id");
        String principal = DatabaseContents.column(database, "SELECT principal_id FROM sessions WHERE id = CAST(? AS UUID)", id).get(0);
        return new Minted(token, id, principal);
    }

    private static void moveSession(String id, OffsetDateTime created, OffsetDateTime expires, OffsetDateTime revoked)
            throws SQLException {
        assertEquals(1, DatabaseContents.update(database,
                "UPDATE sessions SET created_at = ?, last_seen_at = ?, expires_at = ?, revoked_at = ? WHERE id = CAST(? AS UUID)",
                created, created, expires, revoked, id));
    }

    private static void movePrincipal(String id, OffsetDateTime created) throws SQLException {
        assertEquals(1, DatabaseContents.update(database, "UPDATE principals SET created_at = ? WHERE id = CAST(? AS UUID)",
                created, id));
    }

    private static boolean sessionExists(String id) throws SQLException {
        return DatabaseContents.count(database, "sessions", "id = CAST('" + id + "' AS UUID)") == 1;
    }

    private static boolean principalExists(String id) throws SQLException {
        return DatabaseContents.count(database, "principals", "id = CAST('" + id + "' AS UUID)") == 1;
    }

    private static boolean deliveryExists(String svixId) throws SQLException {
        return DatabaseContents.count(database, "webhook_deliveries", "svix_id = '" + svixId + "'") == 1;
    }

    /** Waits until every check holds, then makes sure they still do two sweeps later. */
    private static void awaitAndHold(Map<String, Check> checks) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> failing = failing(checks);
        while (!failing.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still wrong after " + WAIT + ": " + failing);
            }
            Thread.sleep(250);
            failing = failing(checks);
        }
        Thread.sleep(2000);
        assertEquals(List.of(), failing(checks), "two sweeps later");
    }

    private static List<String> failing(Map<String, Check> checks) throws Exception {
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            if (!check.getValue().holds()) {
                failing.add(check.getKey());
            }
        }
        return failing;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    @Test
    void endedSessionsGoAfterTheRetentionAndNothingElseDoes() throws Exception {
        Minted live = mint();
        Minted expiredRecently = mint();
        moveSession(expiredRecently.sessionId(), daysAgo(29.1), daysAgo(29), null);
        Minted expiredLongAgo = mint();
        moveSession(expiredLongAgo.sessionId(), daysAgo(40.1), daysAgo(40), null);
        Minted revokedLongAgo = mint();
        moveSession(revokedLongAgo.sessionId(), daysAgo(45), daysAgo(20), daysAgo(40));
        Minted revokedLongAgoUnexpired = mint();
        moveSession(revokedLongAgoUnexpired.sessionId(), daysAgo(45), daysAgo(-1), daysAgo(31));
        Minted revokedRecently = mint();
        moveSession(revokedRecently.sessionId(), daysAgo(29.5), daysAgo(29.2), daysAgo(29.3));
        awaitAudited(expiredLongAgo.sessionId());

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("live session kept", () -> sessionExists(live.sessionId()));
        checks.put("session expired 29 days ago kept", () -> sessionExists(expiredRecently.sessionId()));
        checks.put("session revoked 29 days ago kept", () -> sessionExists(revokedRecently.sessionId()));
        checks.put("session expired 40 days ago deleted", () -> !sessionExists(expiredLongAgo.sessionId()));
        checks.put("session revoked 40 days ago (expired 20 days ago) deleted", () -> !sessionExists(revokedLongAgo.sessionId()));
        checks.put("session revoked 31 days ago, not expired, deleted", () -> !sessionExists(revokedLongAgoUnexpired.sessionId()));
        checks.put("principals of young devices kept", () -> principalExists(expiredLongAgo.principalId())
                && principalExists(revokedLongAgo.principalId()));
        awaitAndHold(checks);

        assertTrue(DatabaseContents.count(database, "audit_events", "session_id = '" + expiredLongAgo.sessionId() + "'") > 0,
                "the audit trail still names a deleted session");
        assertEquals(200, http().get("/auth/sessions").bearer(live.token()).send().status(), "the live one still works");
    }

    private static void awaitAudited(String sessionId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (DatabaseContents.count(database, "audit_events", "session_id = '" + sessionId + "'") == 0) {
            assertTrue(System.nanoTime() < deadline, "the mint was not audited within " + WAIT);
            Thread.sleep(100);
        }
    }

    @Test
    void anonymousPrincipalsThatOwnNothingGoAfterTheRetention() throws Exception {
        Minted withProject = mint();
        HttpReply project = http().post("/projects").bearer(withProject.token()).json("{\"name\": \"kept\"}").send();
        assertEquals(201, project.status(), project::toString);
        moveSession(withProject.sessionId(), daysAgo(100), daysAgo(99.9), null);
        movePrincipal(withProject.principalId(), daysAgo(100));

        Minted withLiveSession = mint();
        movePrincipal(withLiveSession.principalId(), daysAgo(100));

        Minted usedTenDaysAgo = mint();
        moveSession(usedTenDaysAgo.sessionId(), daysAgo(10.1), daysAgo(10), null);
        movePrincipal(usedTenDaysAgo.principalId(), daysAgo(100));

        Minted emptyAndOld = mint();
        moveSession(emptyAndOld.sessionId(), daysAgo(100), daysAgo(99.9), null);
        movePrincipal(emptyAndOld.principalId(), daysAgo(100));

        Minted emptyOldAndRevoked = mint();
        moveSession(emptyOldAndRevoked.sessionId(), daysAgo(95), daysAgo(94.9), daysAgo(95));
        movePrincipal(emptyOldAndRevoked.principalId(), daysAgo(95));

        String device = newDeviceId();
        Minted rebound = minted(http().anonymousToken(device));
        String userJwt = userJwt();
        HttpReply rebind = http().post("/auth/rebind").bearer(userJwt).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(200, rebind.status(), rebind::toString);
        moveSession(rebound.sessionId(), daysAgo(100), daysAgo(99.9), daysAgo(99.95));
        movePrincipal(rebound.principalId(), daysAgo(100));

        Minted young = mint();
        assertEquals(200, http().delete("/auth/session").bearer(young.token()).send().status());

        String user = http().get("/api/v1/users/me").bearer(userJwt).send().json().getString("id");
        movePrincipal(user, daysAgo(400));

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("device with a project kept", () -> principalExists(withProject.principalId()));
        checks.put("device with a live session kept", () -> principalExists(withLiveSession.principalId()));
        checks.put("device whose session ended 10 days ago kept", () -> principalExists(usedTenDaysAgo.principalId()));
        checks.put("rebound device kept", () -> principalExists(rebound.principalId()));
        checks.put("device created now kept", () -> principalExists(young.principalId()));
        checks.put("old user kept", () -> principalExists(user));
        checks.put("empty old device deleted", () -> !principalExists(emptyAndOld.principalId()));
        checks.put("empty old device with a revoked session deleted", () -> !principalExists(emptyOldAndRevoked.principalId()));
        checks.put("its session with it", () -> !sessionExists(emptyAndOld.sessionId()));
        awaitAndHold(checks);

        assertEquals(1, DatabaseContents.count(database, "projects", "owner_id = CAST('" + withProject.principalId() + "' AS UUID)"));
    }

    @Test
    void webhookDeliveriesGoAfterAWeekInBatches() throws Exception {
        String prefix = "msg_" + newUserId();
        try (Connection connection = DatabaseContents.connect(database);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO webhook_deliveries (svix_id, event_type, received_at) VALUES (?, 'user.updated', ?)")) {
            for (int i = 0; i < 2_500; i++) {
                insert.setString(1, prefix + "_old_" + i);
                insert.setObject(2, daysAgo(8));
                insert.addBatch();
            }
            insert.setString(1, prefix + "_recent");
            insert.setObject(2, daysAgo(6));
            insert.addBatch();
            insert.executeBatch();
        }

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("2,500 deliveries of 8 days ago deleted (three batches)",
                () -> DatabaseContents.count(database, "webhook_deliveries", "svix_id LIKE '" + prefix + "_old_%'") == 0);
        checks.put("a delivery of 6 days ago kept", () -> deliveryExists(prefix + "_recent"));
        awaitAndHold(checks);
    }
}
