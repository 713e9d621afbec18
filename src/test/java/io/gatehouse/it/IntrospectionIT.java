package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /auth/introspect} (RFC 7662) and {@code POST /auth/revoke} (RFC 7009): sibling services in
 * {@code INTROSPECTION_CLIENTS} learn whether a session or agent token is active, and revoke one at once.
 */
class IntrospectionIT extends SecretsDeployment {

    private static final String SVC_A = basic("svc-a", "secret-a-0123456789");
    private static final String SVC_B = basic("svc-b", "secret-b-0123456789");
    private static final JsonObject INACTIVE = Json.createObjectBuilder().add("active", false).build();
    private static final String FORM = "application/x-www-form-urlencoded";

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String token) {
        return "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&token_type_hint=access_token";
    }

    private HttpReply introspect(String client, String token) {
        return http().post("/auth/introspect").header("Authorization", client).body(FORM, form(token)).send();
    }

    private JsonObject introspected(String token) {
        HttpReply reply = introspect(SVC_A, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private void assertInactive(String token) {
        HttpReply reply = introspect(SVC_A, token);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(INACTIVE, reply.json(), reply::toString);
    }

    private HttpReply revoke(String token) {
        return http().post("/auth/revoke").header("Authorization", SVC_B).body(FORM, form(token)).send();
    }

    private void assertRevokedQuietly(String token) {
        HttpReply reply = revoke(token);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("", reply.body().trim(), reply::toString);
    }

    private static void assertNear(long expected, long actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 60, () -> what + " " + actual + " is not near " + expected);
    }

    private static void assertInvalidClient(HttpReply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("Basic realm=\"gatehouse-introspection\"", reply.header("WWW-Authenticate"));
        JsonObject body = reply.json();
        assertEquals("invalid_client", body.getString("error"), reply::toString);
        assertEquals("invalid_client", body.getString("code"), reply::toString);
        assertEquals(body.getString("error_description"), body.getString("detail"));
        assertFalse(body.getBoolean("retryable"));
    }

    private static void assertInvalidRequest(HttpReply reply) {
        assertEquals(400, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals("invalid_request", body.getString("error"), reply::toString);
        assertEquals("invalid_request", body.getString("code"), reply::toString);
        assertEquals("token required", body.getString("error_description"));
        assertEquals("token required", body.getString("detail"));
    }

    /** An agent token of the Clerk JWT's user (creating one needs a fresh Clerk JWT). */
    private JsonObject createAgent(String jwt) {
        HttpReply reply = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"introspected\"}").send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void aUserSessionIsActiveWithItsClerkUserAndInstants() {
        String user = newUserId();
        String session = http().sessionToken(clerk().token().subject(user).sign());
        long now = Instant.now().getEpochSecond();

        HttpReply reply = introspect(SVC_B, session);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json();
        assertEquals(Set.of("active", "sub", "token_type", "kind", "iat", "exp"), answer.keySet(), answer::toString);
        assertTrue(answer.getBoolean("active"));
        assertEquals(user, answer.getString("sub"));
        assertEquals("Bearer", answer.getString("token_type"));
        assertEquals("clerk", answer.getString("kind"));
        assertNear(now, answer.getJsonNumber("iat").longValueExact(), "iat");
        assertNear(now + 1800, answer.getJsonNumber("exp").longValueExact(), "exp");
    }

    @Test
    void anAnonymousSessionIsActiveWithItsPrincipalNeverItsDeviceId() {
        String device = newDeviceId();
        JsonObject answer = introspected(http().anonymousToken(device));
        JsonObject again = introspected(http().anonymousToken(device));
        HttpReply rebound = http().post("/auth/rebind").bearer(http().sessionToken(userJwt()))
                .json("{\"device_id\": \"" + device + "\"}").send();

        assertTrue(answer.getBoolean("active"), answer::toString);
        assertFalse(answer.toString().contains(device), answer::toString);
        assertEquals("anon:" + rebound.json().getString("anon_uuid"), answer.getString("sub"), "the device's principal");
        assertEquals(answer.getString("sub"), again.getString("sub"), "the same for every session of the device");
        assertEquals("anonymous", answer.getString("kind"));
        assertEquals("Bearer", answer.getString("token_type"));
        assertNear(Instant.now().getEpochSecond() + 1800, answer.getJsonNumber("exp").longValueExact(), "exp");
    }

    @Test
    void anAgentTokenIsActiveUntilItsExpiry() {
        JsonObject agent = createAgent(userJwt());

        JsonObject answer = introspected(agent.getString("token"));

        assertEquals(Set.of("active", "sub", "token_type", "kind", "iat", "exp"), answer.keySet(), answer::toString);
        assertEquals(Instant.parse(agent.getString("expires_at")).getEpochSecond(),
                answer.getJsonNumber("exp").longValueExact(), "exp is the token's expires_at");
        assertTrue(answer.getBoolean("active"));
        assertEquals("agent:" + agent.getString("id"), answer.getString("sub"));
        assertEquals("agent", answer.getString("kind"));
        assertNear(Instant.now().getEpochSecond(), answer.getJsonNumber("iat").longValueExact(), "iat");
    }

    @Test
    void everythingElseIsInactiveAndNothingMore() {
        assertInactive("msc_" + "A".repeat(43));
        assertInactive("mca_unknown");
        assertInactive("not a token at all");
        assertInactive("x".repeat(10_000));
        assertInactive(userJwt());
        assertInactive(clerk().token().typ("at+jwt").sign());

        String session = http().sessionToken(userJwt());
        assertEquals(200, http().delete("/auth/session").bearer(session).send().status());
        assertInactive(session);
    }

    @Test
    void clientsWithoutValidBasicCredentialsAreRefused() {
        String session = http().sessionToken(userJwt());

        assertInvalidClient(http().post("/auth/introspect").body(FORM, form(session)).send());
        assertInvalidClient(introspect("Bearer " + session, session));
        assertInvalidClient(introspect(basic("svc-a", "secret-b-0123456789"), session));
        assertInvalidClient(introspect(basic("svc-c", "secret-a-0123456789"), session));
        assertInvalidClient(introspect("Basic not-base64", session));
        assertInvalidClient(http().post("/auth/revoke").body(FORM, form(session)).send());
        assertInvalidClient(http().post("/auth/revoke").header("Authorization", basic("svc-b", "wrong")).body(FORM, form(session)).send());

        assertEquals(200, http().get("/projects").bearer(session).send().status(), "a refused revocation revokes nothing");
    }

    @Test
    void theTokenIsRequired() {
        assertInvalidRequest(http().post("/auth/introspect").header("Authorization", SVC_A).body(FORM, "token_type_hint=x").send());
        assertInvalidRequest(http().post("/auth/introspect").header("Authorization", SVC_A).body(FORM, "token=").send());
        assertInvalidRequest(http().post("/auth/revoke").header("Authorization", SVC_B).body(FORM, "").send());
    }

    @Test
    void aRevokedSessionIsRefusedAtOnce() {
        String session = http().sessionToken(userJwt());
        String other = http().sessionToken(userJwt());
        assertEquals(200, http().get("/projects").bearer(session).send().status());

        assertRevokedQuietly(session);

        assertEquals(401, http().get("/projects").bearer(session).send().status());
        assertInactive(session);
        assertRevokedQuietly(session);
        assertEquals(200, http().get("/projects").bearer(other).send().status(), "only that session is revoked");
    }

    @Test
    void aRevokedAgentTokenIsRefusedAtOnceAndItsOwnerIsNot() {
        String ownerJwt = userJwt();
        String owner = http().sessionToken(ownerJwt);
        String agent = createAgent(ownerJwt).getString("token");
        assertEquals(200, http().get("/api/v1/users/me").bearer(agent).send().status());

        assertRevokedQuietly(agent);

        assertEquals(401, http().get("/api/v1/users/me").bearer(agent).send().status());
        assertInactive(agent);
        assertEquals(0, http().get("/api/v1/agents").bearer(owner).send().jsonArray().size(), "listed as revoked");
        assertEquals(200, http().get("/api/v1/users/me").bearer(owner).send().status());
    }

    @Test
    void unknownTokensAndJwtsAreRevokedWithoutComplaint() {
        assertRevokedQuietly("msc_unknown");
        assertRevokedQuietly("garbage");
        assertRevokedQuietly(userJwt());
    }
}
