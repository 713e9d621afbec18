package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Agent tokens: created once and shown once, then acting as their owner with the role {@code agent}. */
class AgentTokenIT extends GatehouseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatehouseDeployment.of(GatehouseDeployment.defaultConfig("agents"));
    }

    private JsonObject create(String owner, String name) {
        HttpReply reply = http().post("/api/v1/agents").bearer(owner).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void aNewTokenIsShownOnceAndListedWithoutIt() {
        String owner = http().sessionToken(userJwt());
        JsonObject created = create(owner, "triage bot");

        assertEquals(List.of("id", "name", "token", "created_at"), List.copyOf(created.keySet()));
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
        String agent = create(owner, "reader").getString("token");
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
        String owner = http().sessionToken(userJwt());
        String agent = create(owner, "limited").getString("token");

        assertMissionControlProblem(http().post("/api/v1/agents").bearer(agent).json("{\"name\": \"child\"}").send(),
                403, "forbidden", "Forbidden: this endpoint is not available to this caller");
        assertEquals(403, http().get("/api/v1/agents").bearer(agent).send().status());
        assertEquals(403, http().delete("/api/v1/users/me").bearer(agent).send().status());
        assertEquals(200, http().get("/api/v1/users/me").bearer(owner).send().status(), "the owner is still there");
    }

    @Test
    void revokingATokenStopsItAtOnce() {
        String owner = http().sessionToken(userJwt());
        JsonObject created = create(owner, "short-lived");
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
        String owner = http().sessionToken(userJwt());
        JsonObject created = create(owner, "mine");
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
        String owner = http().sessionToken(userJwt());
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(owner).json("{}").send(), 422, "validation_failed",
                "name required");
        assertMissionControlProblem(http().post("/api/v1/agents").bearer(owner).json("{\"name\": \"" + "n".repeat(101) + "\"}").send(),
                422, "validation_failed", "name must be at most 100 characters");
    }
}
