package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.DatabaseContents;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /auth/anonymous}: minting, idempotence per device, races, refusing bad input, and the device id kept as
 * a secret (nowhere in the database(), its file or an answer). Deployed with {@code REBIND_PROOF=required}, so the
 * rebinds here need the device's anonymous token (RebindIT covers the default, {@code optional}). The H2 database is
 * a file opened with {@code AUTO_SERVER}, so this test can read it while the server runs, as on PostgreSQL.
 */
class AnonymousSessionIT extends PlainDeployment {

    private HttpReply rebind(String user, String device, String anonymousToken) {
        String proof = anonymousToken == null ? "" : ", \"anonymous_token\": \"" + anonymousToken + "\"";
        return http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"" + proof + "}").send();
    }

    private int projectCount(String token) {
        return http().get("/projects").bearer(token).send().json().getJsonArray("projects").size();
    }

    private void createProject(String token, String name) {
        HttpReply created = http().post("/projects").bearer(token).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, created.status(), created::toString);
    }

    @Test
    void mintsAnOpaqueAnonymousToken() {
        HttpReply reply = http().post("/auth/anonymous").json("{\"device_id\": \"" + newDeviceId() + "\"}").send();

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertTrue(body.getString("token").startsWith("ms_sess_"), body::toString);
        assertTrue(body.getString("token").length() >= "ms_sess_".length() + 43, "at least 256 bits");
        assertEquals(1800, body.getInt("expires_in"));
        assertEquals(2, body.size(), body::toString);
    }

    @Test
    void everyMintForOneDeviceIsTheSamePrincipal() {
        String device = newDeviceId();
        String first = http().anonymousToken(device);
        String second = http().anonymousToken(device);

        assertTrue(!first.equals(second), "each call mints its own token");
        assertEquals(201, http().post("/projects").bearer(first).json("{\"name\": \"kept\"}").send().status());
        JsonObject listed = http().get("/projects").bearer(second).send().json();
        assertEquals(1, listed.getJsonArray("projects").size(), listed::toString);
        assertEquals("kept", listed.getJsonArray("projects").getJsonObject(0).getString("name"));
    }

    @Test
    void racingMintsForOneDeviceEndAsOnePrincipal() throws Exception {
        String device = newDeviceId();
        List<Callable<HttpReply>> mints = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mints.add(() -> http().post("/auth/anonymous").json("{\"device_id\": \"" + device + "\"}").send());
        }
        List<HttpReply> replies = race(mints);

        Set<String> tokens = new HashSet<>();
        for (HttpReply reply : replies) {
            assertEquals(200, reply.status(), reply::toString);
            tokens.add(reply.json().getString("token"));
        }
        assertEquals(12, tokens.size());
        String writer = tokens.iterator().next();
        http().post("/projects").bearer(writer).json("{\"name\": \"shared\"}").send();
        for (String token : tokens) {
            assertEquals(1, http().get("/projects").bearer(token).send().json().getJsonArray("projects").size());
        }
    }

    @Test
    void deviceIdIsRequired() {
        assertProblem(http().post("/auth/anonymous").json("{}").send(), 422, "device_id required");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": null}").send(), 422, "device_id required");
        assertProblem(http().post("/auth/anonymous").send(), 422, "device_id required");
    }

    @Test
    void invalidDeviceIdsAreRefusedWithAReason() {
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": 42}").send(), 422, "device_id must be a string");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"  \"}").send(), 422, "device_id must not be empty");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"" + "d".repeat(129) + "\"}").send(),
                422, "device_id must be at most 128 characters");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"a\\u0000b\"}").send(),
                422, "device_id must contain printable characters only");
        assertEquals(200, http().post("/auth/anonymous").json("{\"device_id\": \"" + "d".repeat(128) + "\"}").send().status());
    }

    @Test
    void malformedOrOversizedBodiesAreClientErrors() {
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": ").send(), 400, "Malformed JSON body");
        assertProblem(http().post("/auth/anonymous").json("[\"device_id\"]").send(), 422, "Request body must be a JSON object");
        HttpReply huge = http().post("/auth/anonymous").json("{\"device_id\": \"" + "x".repeat(200_000) + "\"}").send();
        assertEquals(413, huge.status(), huge::toString);
        assertEquals("payload_too_large", huge.json().getString("code"));
    }

    @Test
    void aFormEncodedCurlBodyStillReadsAsJson() {
        HttpReply reply = http().post("/auth/anonymous")
                .body("application/x-www-form-urlencoded", "{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void aCredentialSentToThePublicEndpointIsIgnored() {
        HttpReply reply = http().post("/auth/anonymous").bearer("msc_not-a-real-token")
                .json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void errorsAreJsonWithAStableCode() {
        HttpReply reply = http().post("/auth/anonymous").json("{}").send();
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
        JsonObject body = reply.json();
        assertEquals("validation_failed", body.getString("code"));
        assertEquals(false, body.getBoolean("retryable"));

        HttpReply unknown = http().get("/no/such/path").send();
        assertProblem(unknown, 404, "Not found");
        HttpReply wrongMethod = http().put("/auth/anonymous").json("{}").send();
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("method_not_allowed", wrongMethod.json().getString("code"));
    }

    @Test
    void theDeviceIdIsStoredNowhereAndNeverAnswered() throws Exception {
        String device = "device-secret-" + UUID.randomUUID();
        String marker = "kept-in-clear-" + UUID.randomUUID();
        String anonymous = http().anonymousToken(device);
        String again = http().anonymousToken(device);
        createProject(anonymous, marker);
        HttpReply sessions = http().get("/auth/sessions").bearer(again).send();
        assertEquals(200, sessions.status(), sessions::toString);
        assertEquals(2, sessions.json().getJsonArray("sessions").size(), sessions::toString);
        String user = http().sessionToken(userJwt());
        HttpReply rebound = rebind(user, device, again);
        assertEquals(200, rebound.status(), rebound::toString);
        HttpReply conflict = rebind(http().sessionToken(userJwt()), device, http().anonymousToken(device));
        assertEquals(409, conflict.status(), conflict::toString);
        awaitAudit("event_type = 'session.rebind' AND detail LIKE '%anonymous="
                + rebound.json().getString("anon_uuid").substring(0, 8) + "%'");

        for (HttpReply reply : List.of(sessions, rebound, conflict, http().get("/auth/bootstrap").bearer(user).send())) {
            assertFalse(reply.body().contains(device), reply::toString);
        }
        assertEquals(List.of(), DatabaseContents.columnsHolding(database(), device), "columns holding the device id");
        assertFalse(DatabaseContents.columnsHolding(database(), marker).isEmpty(), "the scan finds what is stored in clear");
        Optional<Boolean> inFile = DatabaseContents.fileHolds(database(), device);
        if (inFile.isPresent()) {
            assertFalse(inFile.get(), "the H2 file holds the device id");
            assertTrue(DatabaseContents.fileHolds(database(), marker).orElseThrow(), "the file scan finds what is stored in clear");
        }
    }

    /** Audit events are written in the background: waits until one matching {@code where} is in the table. */
    private static void awaitAudit(String where) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (DatabaseContents.count(database(), "audit_events", where) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "no audit event where " + where);
            Thread.sleep(100);
        }
    }

    @Test
    void withProofRequiredTheDeviceIdAloneRebindsNothing() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        createProject(anonymous, "draft");
        String user = http().sessionToken(userJwt());

        assertRequired(rebind(user, device, null));
        assertRequired(rebind(user, newDeviceId(), null));
        assertEquals(1, projectCount(anonymous), "nothing moved and the device's session still works");
        assertEquals(0, projectCount(user));

        HttpReply others = rebind(user, device, http().anonymousToken(newDeviceId()));
        assertProblem(others, 403, "Invalid rebind proof: anonymous_token belongs to another device");
        assertEquals("invalid_rebind_proof", others.json().getString("code"));
        assertEquals(1, projectCount(anonymous));

        HttpReply rebound = rebind(user, device, anonymous);
        assertEquals(200, rebound.status(), rebound::toString);
        JsonObject body = rebound.json();
        assertTrue(body.getBoolean("rebound"), body::toString);
        assertEquals(1, body.getInt("rows_updated"));
        assertTrue(body.getBoolean("secrets_moved"), body::toString);
        assertEquals(0, body.getInt("secrets_deleted"));
        assertEquals(1, projectCount(user));
        assertProblem(http().get("/projects").bearer(anonymous).send(), 401, "Invalid token: session revoked");
    }

    @Test
    void withProofRequiredARebindAgainNeedsAFreshTokenOfTheDevice() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        String user = http().sessionToken(userJwt());
        assertTrue(rebind(user, device, anonymous).json().getBoolean("rebound"));

        HttpReply revoked = rebind(user, device, anonymous);
        assertProblem(revoked, 403, "Invalid rebind proof: anonymous_token is not a live anonymous session token"
                + " (unknown, revoked or expired)");
        assertEquals("invalid_rebind_proof", revoked.json().getString("code"));
        assertRequired(rebind(user, device, null));

        String later = http().anonymousToken(device);
        createProject(later, "written since");
        HttpReply again = rebind(user, device, later);
        assertEquals("{\"rebound\":false}", again.body(), again::toString);
        assertEquals(1, projectCount(user), "work written after the first rebind moves with proof");
    }

    private static void assertRequired(HttpReply reply) {
        assertProblem(reply, 403, "Rebind requires proof of possession: send anonymous_token, a live anonymous session"
                + " token of this device");
        assertEquals("rebind_proof_required", reply.json().getString("code"));
    }
}
