package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** {@code POST /auth/rebind}: re-owning a device's anonymous work, every documented answer, and races. */
class RebindIT extends SecretsDeployment {

    private HttpReply rebind(String token, String device) {
        return http().post("/auth/rebind").bearer(token).json("{\"device_id\": \"" + device + "\"}").send();
    }

    /** A rebind with proof of possession: the device's anonymous session token. */
    private HttpReply rebind(String token, String device, String anonymousToken) {
        return http().post("/auth/rebind").bearer(token)
                .json("{\"device_id\": \"" + device + "\", \"anonymous_token\": \"" + anonymousToken + "\"}").send();
    }

    private void createProjects(String token, int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(201, http().post("/projects").bearer(token).json("{\"name\": \"p" + i + "\"}").send().status());
        }
    }

    private int projectCount(String token) {
        return http().get("/projects").bearer(token).send().json().getJsonArray("projects").size();
    }

    @Test
    void movesEveryAnonymousRowToTheUserAndRevokesTheDevicesSessions() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        createProjects(anonymous, 3);
        String user = http().sessionToken(userJwt());

        HttpReply reply = rebind(user, device);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertTrue(body.getBoolean("rebound"));
        assertEquals(3, body.getInt("rows_updated"));
        assertFalse(body.getString("anon_uuid").isBlank());
        assertFalse(body.getBoolean("secrets_moved"), "no proof came: the device's secrets do not move");
        assertEquals(0, body.getInt("secrets_deleted"));
        assertEquals(3, projectCount(user));
        assertProblem(http().get("/projects").bearer(anonymous).send(), 401, "Invalid token: session revoked");
    }

    @Test
    void aDeviceNeverUsedIsANoOp() {
        HttpReply reply = rebind(http().sessionToken(userJwt()), newDeviceId());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("{\"rebound\":false}", reply.body());
    }

    @Test
    void rebindingAgainIsANoOpButLaterWorkStillMoves() {
        String device = newDeviceId();
        createProjects(http().anonymousToken(device), 1);
        String user = http().sessionToken(userJwt());
        assertTrue(rebind(user, device).json().getBoolean("rebound"));

        HttpReply again = rebind(user, device);
        assertEquals("{\"rebound\":false}", again.body(), again::toString);

        String later = http().anonymousToken(device);
        createProjects(later, 2);
        HttpReply withoutProof = rebind(user, device);
        assertEquals("{\"rebound\":false}", withoutProof.body(), withoutProof::toString);
        assertEquals(3, projectCount(user), "work written after the first rebind is not lost (the seed's contract)");
        assertProblem(http().get("/projects").bearer(later).send(), 401, "Invalid token: session revoked");

        String latest = http().anonymousToken(device);
        createProjects(latest, 1);
        HttpReply withProof = rebind(user, device, latest);
        assertEquals("{\"rebound\":false}", withProof.body(), withProof::toString);
        assertEquals(4, projectCount(user), "with proof too");
    }

    @Test
    void aStrangerWhoKnowsTheDeviceIdCannotPlantSecretsInTheOwnersAccount() {
        String device = newDeviceId();
        String owner = http().sessionToken(userJwt());
        createProjects(http().anonymousToken(device), 1);
        assertTrue(rebind(owner, device).json().getBoolean("rebound"));

        String stranger = http().anonymousToken(device);
        assertEquals(204, http().put("/secrets/github_pat").bearer(stranger).json("{\"value\": \"ghp_stranger\"}").send()
                .status());
        HttpReply signInAgain = rebind(owner, device, http().anonymousToken(device));

        assertEquals("{\"rebound\":false,\"secrets_moved\":false,\"secrets_deleted\":1}", signInAgain.body(),
                signInAgain::toString);
        JsonObject bootstrap = http().get("/auth/bootstrap").bearer(owner).send().json();
        assertFalse(bootstrap.getJsonObject("secrets").getBoolean("has_github_pat"),
                "a secret written after the first rebind never reaches the owner, even with proof: " + bootstrap);
    }

    @Test
    void aDeviceReboundToAnotherUserIsAConflict() {
        String device = newDeviceId();
        createProjects(http().anonymousToken(device), 1);
        assertTrue(rebind(http().sessionToken(userJwt()), device).json().getBoolean("rebound"));

        HttpReply conflict = rebind(http().sessionToken(userJwt()), device);
        assertProblem(conflict, 409, "device already rebound to a different user");
        assertEquals("device_already_rebound", conflict.json().getString("code"));
        HttpReply withProof = rebind(http().sessionToken(userJwt()), device, http().anonymousToken(device));
        assertProblem(withProof, 409, "device already rebound to a different user");
    }

    @Test
    void theDevicesLiveTokenIsAcceptedAsProof() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        createProjects(anonymous, 2);
        String user = http().sessionToken(userJwt());

        HttpReply reply = rebind(user, device, anonymous);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertTrue(body.getBoolean("rebound"), body::toString);
        assertEquals(2, body.getInt("rows_updated"));
        assertTrue(body.getBoolean("secrets_moved"), body::toString);
        assertEquals(0, body.getInt("secrets_deleted"));
        assertEquals(2, projectCount(user));
    }

    @Test
    void aProofThatIsNotALiveTokenOfTheDeviceIsRefusedAndChangesNothing() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        createProjects(anonymous, 1);
        String user = http().sessionToken(userJwt());
        String notLive = "Invalid rebind proof: anonymous_token is not a live anonymous session token (unknown, revoked or expired)";
        String otherDevice = "Invalid rebind proof: anonymous_token belongs to another device";
        String loggedOut = http().anonymousToken(device);
        assertEquals(200, http().delete("/auth/session").bearer(loggedOut).send().status());

        List<HttpReply> refused = List.of(
                assertRefused(rebind(user, device, http().anonymousToken(newDeviceId())), otherDevice),
                assertRefused(rebind(user, newDeviceId(), anonymous), otherDevice),
                assertRefused(rebind(user, device, loggedOut), notLive),
                assertRefused(rebind(user, device, user), notLive),
                assertRefused(rebind(user, device, "ms_sess_not-a-real-token"), notLive),
                assertRefused(rebind(user, device, "x"), notLive));

        refused.forEach(reply -> assertFalse(reply.body().contains(device), reply::toString));
        assertEquals(1, projectCount(anonymous), "nothing moved and the device's session still works");
        assertEquals(0, projectCount(user));
        assertProblem(http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\", \"anonymous_token\": 7}")
                .send(), 422, "anonymous_token must be a string");
        HttpReply nullProof = http().post("/auth/rebind").bearer(user)
                .json("{\"device_id\": \"" + device + "\", \"anonymous_token\": null}").send();
        assertTrue(nullProof.json().getBoolean("rebound"), "a null anonymous_token is no proof, and optional here");
    }

    private static HttpReply assertRefused(HttpReply reply, String detail) {
        assertProblem(reply, 403, detail);
        assertEquals("invalid_rebind_proof", reply.json().getString("code"));
        return reply;
    }

    @Test
    void anAnonymousTokenCannotRebind() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        HttpReply reply = rebind(anonymous, device);
        assertProblem(reply, 401, "Rebind requires an authenticated user token; got anonymous session");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply::toString);
    }

    @Test
    void theDeviceIdIsRequired() {
        String user = http().sessionToken(userJwt());
        assertProblem(http().post("/auth/rebind").bearer(user).json("{}").send(), 422, "device_id required");
        assertProblem(http().post("/auth/rebind").bearer(user).json("{\"device_id\": 7}").send(), 422, "device_id must be a string");
        assertProblem(http().post("/auth/rebind").json("{\"device_id\": \"x\"}").send(), 401, "Missing Bearer token");
    }

    @Test
    void aClerkJwtCanRebindDirectly() {
        String device = newDeviceId();
        createProjects(http().anonymousToken(device), 2);
        String jwt = userJwt();
        HttpReply reply = rebind(jwt, device);
        assertEquals(2, reply.json().getInt("rows_updated"), reply::toString);
        assertEquals(2, projectCount(http().sessionToken(jwt)));
    }

    @Test
    void racingRebindsByTwoUsersEndWithOneOwnerAndUnsplitRows() throws Exception {
        String device = newDeviceId();
        createProjects(http().anonymousToken(device), 5);
        String alice = http().sessionToken(userJwt());
        String bob = http().sessionToken(userJwt());
        List<Callable<HttpReply>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = i % 2 == 0 ? alice : bob;
            attempts.add(() -> rebind(user, device));
        }

        List<HttpReply> replies = race(attempts);

        int winners = 0;
        for (HttpReply reply : replies) {
            assertTrue(reply.status() == 200 || reply.status() == 409, reply::toString);
            if (reply.status() == 200 && reply.json().getBoolean("rebound")) {
                winners++;
                assertEquals(5, reply.json().getInt("rows_updated"));
            }
        }
        assertEquals(1, winners, replies::toString);
        int aliceRows = projectCount(alice);
        int bobRows = projectCount(bob);
        assertTrue((aliceRows == 5 && bobRows == 0) || (aliceRows == 0 && bobRows == 5),
                "alice " + aliceRows + ", bob " + bobRows);
    }

    @Test
    void usersOnlySeeTheirOwnProjects() {
        String alice = http().sessionToken(userJwt());
        String bob = http().sessionToken(userJwt());
        createProjects(alice, 2);
        assertEquals(2, projectCount(alice));
        assertEquals(0, projectCount(bob));
    }

    @Test
    void projectsValidateTheirName() {
        String user = http().sessionToken(userJwt());
        HttpReply created = http().post("/projects").bearer(user).json("{\"name\": \"Moon\"}").send();
        assertEquals(201, created.status(), created::toString);
        JsonObject project = created.json();
        assertEquals("Moon", project.getString("name"));
        assertTrue(created.header("Location").endsWith("/projects/" + project.getString("id")), created::toString);
        assertTrue(project.getString("created_at").endsWith("Z"), project::toString);
        assertProblem(http().post("/projects").bearer(user).json("{}").send(), 422, "name required");
        assertProblem(http().post("/projects").bearer(user).json("{\"name\": \"" + "n".repeat(201) + "\"}").send(),
                422, "name must be at most 200 characters");
        assertProblem(http().get("/projects").send(), 401, "Missing Bearer token");
    }
}
