package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /auth/bootstrap}: the profile created on first access, from claims or Clerk's Backend API. */
class BootstrapIT extends PlainDeployment {

    @AfterEach
    void restoreClerk() {
        clerk().reset();
    }

    private JsonObject bootstrap(String token) {
        HttpReply reply = http().get("/auth/bootstrap").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void theDocumentHasTheSeedsShape() {
        String jwt = clerk().token().subject(newUserId()).claim("email", "Ada@Example.com").claim("name", "Ada Lovelace").sign();
        String token = http().sessionToken(jwt);
        http().post("/projects").bearer(token).json("{\"name\": \"one\"}").send();
        http().post("/projects").bearer(token).json("{\"name\": \"two\"}").send();

        JsonObject body = bootstrap(token);

        JsonObject profile = body.getJsonObject("profile");
        assertEquals("Ada Lovelace", profile.getString("name"));
        assertEquals("ada@example.com", profile.getString("email"));
        assertEquals("free", profile.getString("plan"));
        assertEquals(0, profile.getInt("credits_used"));
        assertEquals(25, profile.getInt("credits_total"), "FREE_PLAN_CREDITS, as PLANS does not name free");
        assertEquals(2, profile.getInt("project_count"));
        JsonObject subscription = body.getJsonObject("subscription");
        assertEquals("free", subscription.getString("plan"));
        assertEquals(0, subscription.getInt("credits_used"));
        assertEquals(25, subscription.getInt("credits_total"));
        JsonObject secrets = body.getJsonObject("secrets");
        assertEquals(3, secrets.size(), secrets::toString);
        assertEquals(false, secrets.getBoolean("has_github_pat"));
        assertEquals(false, secrets.getBoolean("has_anthropic_key"));
        assertEquals(false, secrets.getBoolean("has_openai_key"));
    }

    @Test
    void secretsAreOffUnlessEnabled() {
        String token = http().sessionToken(userJwt());
        String detail = "Secrets are not enabled on this deployment (SECRETS_ENABLED)";
        HttpReply stored = http().put("/secrets/github_pat").bearer(token).json("{\"value\": \"ghp_unused\"}").send();
        assertProblem(stored, 503, detail);
        assertEquals("secrets_not_enabled", stored.json().getString("code"));
        assertProblem(http().delete("/secrets/github_pat").bearer(token).send(), 503, detail);
        assertEquals(false, bootstrap(token).getJsonObject("secrets").getBoolean("has_github_pat"));
    }

    @Test
    void emailAndNameComeFromTheOtherClaimShapes() {
        String jwt = clerk().token().subject(newUserId())
                .claim("primary_email_address_id", "idn_2")
                .claim("email_addresses", List.of(Map.of("id", "idn_1", "email_address", "old@example.com"),
                        Map.of("id", "idn_2", "email_address", "Grace@Example.com")))
                .claim("first_name", "Grace").claim("last_name", "Hopper").sign();

        JsonObject profile = bootstrap(http().sessionToken(jwt)).getJsonObject("profile");

        assertEquals("grace@example.com", profile.getString("email"));
        assertEquals("Grace Hopper", profile.getString("name"));
    }

    @Test
    void withoutClaimsTheBackendApiFillsEmailAndName() {
        String userId = newUserId();
        clerk().putUser(userId, "Katherine@Example.com", "Katherine", "Johnson");
        int before = clerk().backendRequests();

        JsonObject profile = bootstrap(http().sessionToken(clerk().token().subject(userId).sign())).getJsonObject("profile");

        assertEquals("katherine@example.com", profile.getString("email"), "the primary address, lower-cased");
        assertEquals("Katherine Johnson", profile.getString("name"));
        assertTrue(clerk().backendRequests() > before);
        assertEquals("/v1/users/" + userId, clerk().lastBackendPath());
    }

    @Test
    void aBackendOutageNeverFailsTheRequest() {
        clerk().backendAvailable(false);
        String token = http().sessionToken(clerk().token().subject(newUserId()).sign());

        JsonObject profile = bootstrap(token).getJsonObject("profile");

        assertEquals(JsonValue.NULL, profile.get("email"));
        assertEquals(JsonValue.NULL, profile.get("name"));
        assertEquals("free", profile.getString("plan"));
    }

    @Test
    void anAnonymousDeviceHasAProfileToo() {
        JsonObject profile = bootstrap(http().anonymousToken(newDeviceId())).getJsonObject("profile");
        assertEquals(JsonValue.NULL, profile.get("name"));
        assertEquals("free", profile.getString("plan"));
        assertEquals(0, profile.getInt("project_count"));
    }

    @Test
    void racingFirstBootstrapsCreateOneProfile() throws Exception {
        String token = http().sessionToken(userJwt());
        List<Callable<HttpReply>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> http().get("/auth/bootstrap").bearer(token).send());
        }
        for (HttpReply reply : race(calls)) {
            assertEquals(200, reply.status(), reply::toString);
        }
    }

    @Test
    void bootstrapNeedsACaller() {
        assertProblem(http().get("/auth/bootstrap").send(), 401, "Missing Bearer token");
    }
}
