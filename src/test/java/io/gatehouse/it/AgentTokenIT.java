package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Agent tokens: created once and shown once, then acting as their owner with the role {@code agent}. */
class AgentTokenIT extends PlainDeployment {

    /** Creates a token with a fresh Clerk session JWT of its owner, as creating one requires. */
    private JsonObject create(String ownerJwt, String name) {
        HttpReply reply = http().post("/api/v1/agents").bearer(ownerJwt).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void aNewTokenIsShownOnceAndListedWithoutIt() {
        String jwt = userJwt();
        String owner = http().sessionToken(jwt);
        JsonObject created = create(jwt, "triage bot");

        assertEquals(List.of("id", "name", "token", "created_at", "expires_at", "last_used_at"), List.copyOf(created.keySet()));
        String token = created.getString("token");
        assertTrue(token.startsWith("mca_"), token);
        assertTrue(Base64.getUrlDecoder().decode(token.substring(4)).length >= 32, "at least 256 random bits");
        assertEquals("triage bot", created.getString("name"));

        HttpReply listed = http().get("/api/v1/agents").bearer(owner).send();
        assertEquals(200, listed.status(), listed::toString);
        JsonObject entry = listed.jsonArray().getJsonObject(0);
        assertEquals(created.getString("id"), entry.getString("id"));
        assertEquals(created.getString("created_at"), entry.getString("created_at"));
        assertFalse(entry.containsKey("token"), entry::toString);
        assertFalse(listed.body().contains(token.substring(4)), "the token never appears again");
    }

    @Test
    void anAgentActsAsItsOwnerByBearerOrAgentHeader() {
        String jwt = clerk().token().subject(newUserId()).claim("email", "owner@example.com").claim("name", "Owner").sign();
        String owner = http().sessionToken(jwt);
        http().post("/projects").bearer(owner).json("{\"name\": \"owned\"}").send();
        String agent = create(jwt, "reader").getString("token");
        String ownerId = http().get("/api/v1/users/me").bearer(owner).send().json().getString("id");

        assertEquals(ownerId, http().get("/api/v1/users/me").bearer(agent).send().json().getString("id"));
        HttpReply viaHeader = http().get("/api/v1/users/me").header("X-Agent-Token", agent).send();
        assertEquals(200, viaHeader.status(), viaHeader::toString);
        assertEquals(ownerId, viaHeader.json().getString("id"));
        HttpReply projects = http().get("/projects").header("X-Agent-Token", agent).send();
        assertEquals(200, projects.status(), projects::toString);
        assertEquals(1, projects.json().getJsonArray("projects").size());
    }

    @Test
    void anAgentCannotManageAgentTokensNorDeleteItsOwner() {
        String jwt = userJwt();
        String owner = http().sessionToken(jwt);
        String agent = create(jwt, "limited").getString("token");

        assertMissionControlProblem(http().post("/api/v1/agents").bearer(agent).json("{\"name\": \"child\"}").send(),
                403, "forbidden", "Forbidden: this endpoint is not available to this caller");
        assertEquals(403, http().get("/api/v1/agents").bearer(agent).send().status());
        assertEquals(403, http().delete("/api/v1/users/me").bearer(agent).send().status());
        assertEquals(200, http().get("/api/v1/users/me").bearer(owner).send().status(), "the owner is still there");
    }

    @Test
    void revokingATokenStopsItAtOnce() {
        String jwt = userJwt();
        String owner = http().sessionToken(jwt);
        JsonObject created = create(jwt, "short-lived");
        String agent = created.getString("token");
        assertEquals(200, http().get("/api/v1/users/me").bearer(agent).send().status());

        HttpReply revoked = http().delete("/api/v1/agents/" + created.getString("id")).bearer(owner).send();

        assertEquals(204, revoked.status(), revoked::toString);
        assertMissionControlProblem(http().get("/api/v1/users/me").bearer(agent).send(), 401, "unauthorized", "Not authenticated");
        assertEquals(0, http().get("/api/v1/agents").bearer(owner).send().jsonArray().size());
        assertEquals(404, http().delete("/api/v1/agents/" + created.getString("id")).bearer(owner).send().status());
    }

    @Test
    void anotherUsersTokenCannotBeSeenNorRevoked() {
        String jwt = userJwt();
        String owner = http().sessionToken(jwt);
        JsonObject created = create(jwt, "mine");
        String stranger = http().sessionToken(userJwt());

        assertMissionControlProblem(http().delete("/api/v1/agents/" + created.getString("id")).bearer(stranger).send(),
                404, "not_found", "Agent token not found");
        assertEquals(0, http().get("/api/v1/agents").bearer(stranger).send().jsonArray().size());
        assertEquals(200, http().get("/api/v1/users/me").bearer(created.getString("token")).send().status());
        assertEquals(404, http().delete("/api/v1/agents/not-a-uuid").bearer(owner).send().status());
    }

    @Test
    void anonymousDevicesHaveNoAgentTokensAndNamesAreRequired() {
        assertEquals(403, http().post("/api/v1/agents").bearer(http().anonymousToken(newDeviceId()))
                .json("{\"name\": \"x\"}").send().status());
        String owner = userJwt();
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(owner).json("{}").send(), 422, "validation_failed",
                "name required");
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(owner).json("{\"name\": \"" + "n".repeat(101) + "\"}").send(),
                422, "validation_failed", "name must be at most 100 characters");
    }

    static final String NEEDS_A_JWT = "Creating an agent token needs a fresh sign-in: send a Clerk session JWT issued within"
            + " the last 10 minutes as the bearer token (a session token, an agent token or an OAuth access token cannot"
            + " create one)";

    @Test
    void onlyAFreshClerkSignInCreatesOne() {
        String user = newUserId();
        String session = http().sessionToken(clerk().token().subject(user).sign());

        assertMissionControlProblem(http().post("/api/v1/agents").bearer(session).json("{\"name\": \"x\"}").send(),
                403, "fresh_sign_in_required", NEEDS_A_JWT);
        Instant elevenMinutesAgo = Instant.now().minusSeconds(660);
        String stale = clerk().token().subject(user).issuedAt(elevenMinutesAgo).notBefore(elevenMinutesAgo).sign();
        assertEquals(200, http().get("/api/v1/users/me").bearer(stale).send().status(), "a stale JWT still reads");
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(stale).json("{\"name\": \"x\"}").send(),
                403, "fresh_sign_in_required", "Creating an agent token needs a fresh sign-in: this Clerk session JWT was"
                        + " issued more than 10 minutes ago; get a new one from Clerk and send it");
        Instant nineMinutesAgo = Instant.now().minusSeconds(540);
        String recent = clerk().token().subject(user).issuedAt(nineMinutesAgo).notBefore(nineMinutesAgo).sign();
        assertEquals(201, http().post("/api/v1/agents").bearer(recent).json("{\"name\": \"x\"}").send().status());
        assertEquals(1, http().get("/api/v1/agents").bearer(session).send().jsonArray().size(), "nothing else was created");
    }

    @Test
    void tokensExpireAfterNinetyDaysOrWhenAsked() {
        String jwt = userJwt();
        JsonObject standard = create(jwt, "default");
        Instant created = Instant.parse(standard.getString("created_at"));
        assertEquals(created.plus(Duration.ofDays(90)), Instant.parse(standard.getString("expires_at")));

        HttpReply week = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"week\", \"expires_in_days\": 7}").send();
        assertEquals(201, week.status(), week::toString);
        assertEquals(Instant.parse(week.json().getString("created_at")).plus(Duration.ofDays(7)),
                Instant.parse(week.json().getString("expires_at")));
        HttpReply year = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"year\", \"expires_in_days\": 365}").send();
        assertEquals(201, year.status(), year::toString);

        for (String bad : List.of("0", "366", "-1", "1.5", "\"7\"", "true", "99999999999999999999")) {
            assertMissionControlProblem(http().post("/api/v1/agents").bearer(jwt)
                    .json("{\"name\": \"bad\", \"expires_in_days\": " + bad + "}").send(),
                    422, "validation_failed", "expires_in_days must be a whole number from 1 to 365");
        }
        assertEquals(3, http().get("/api/v1/agents").bearer(jwt).send().jsonArray().size(), "no bad one was created");
    }

    @Test
    void theListingShowsExpiryAndLastUse() {
        String jwt = userJwt();
        JsonObject created = create(jwt, "used");
        JsonObject listed = http().get("/api/v1/agents").bearer(jwt).send().jsonArray().getJsonObject(0);
        assertEquals(created.getString("expires_at"), listed.getString("expires_at"));
        assertTrue(listed.isNull("last_used_at"), listed::toString);

        Instant before = Instant.now().minusSeconds(1);
        assertEquals(200, http().get("/projects").bearer(created.getString("token")).send().status());

        listed = http().get("/api/v1/agents").bearer(jwt).send().jsonArray().getJsonObject(0);
        Instant used = Instant.parse(listed.getString("last_used_at"));
        assertTrue(!used.isBefore(before) && !used.isAfter(Instant.now().plusSeconds(1)), listed::toString);
    }

    @Test
    void theCapOfAHundredHoldsUnderRacingCreations() throws Exception {
        String jwt = userJwt();
        for (int i = 0; i < 95; i++) {
            create(jwt, "existing " + i);
        }

        List<Callable<Integer>> creations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "racer " + i;
            creations.add(() -> http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"" + name + "\"}").send().status());
        }
        List<Integer> statuses = race(creations);

        assertEquals(5, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
        assertEquals(15, statuses.stream().filter(status -> status == 409).count(), statuses::toString);
        assertEquals(100, http().get("/api/v1/agents").bearer(jwt).send().jsonArray().size(), "exactly the cap");
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"one more\"}").send(),
                409, "too_many_agent_tokens", "A user can hold at most 100 agent tokens; revoke one first");
    }
}
