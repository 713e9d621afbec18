package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OAuth access tokens of MCP clients (RFC 9068, {@code typ: at+jwt}): accepted where the scope table
 * allows, with this resource as audience; refused with the RFC 6750 challenges otherwise; never
 * exchanged, and never confused with Clerk session JWTs.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class AccessTokenIT extends SecretsDeployment {

    static final String RESOURCE = BASE + "/mcp";
    static final String METADATA = BASE + "/.well-known/oauth-protected-resource";

    /** An access token as Clerk issues one to an MCP client: no session id, no azp, a client id and scopes. */
    static ClerkToken accessToken(String userId, String scope) {
        return clerk().token().typ("at+jwt").subject(userId).without("sid").without("sts").without("azp")
                .claim("aud", List.of(RESOURCE)).claim("client_id", "mcp-client-1").claim("scope", scope)
                .claim("jti", "at_" + userId);
    }

    private static String userWithEmail(String userId, String email) {
        return clerk().token().subject(userId).claim("email", email).claim("name", "Mo Reader").sign();
    }

    /** The walk an MCP client makes from nothing: 401 → resource metadata → authorization server → token → call. */
    @Test
    void anMcpClientFindsItsWayFromA401() throws InterruptedException {
        HttpReply refused = http().get("/api/v1/users/me").send();
        assertEquals(401, refused.status(), refused::toString);
        String challenge = refused.header("WWW-Authenticate");
        String metadataUrl = challenge.replaceFirst("^Bearer resource_metadata=\"([^\"]+)\"$", "$1");
        assertEquals(METADATA, metadataUrl, challenge);

        HttpReply metadata = http().get(metadataUrl.substring(BASE.length())).send();
        assertEquals(200, metadata.status(), metadata::toString);
        String resource = metadata.json().getString("resource");
        assertEquals(RESOURCE, resource);
        assertEquals(List.of(clerk().issuer()), metadata.json().getJsonArray("authorization_servers")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(metadata.json().getJsonArray("scopes_supported").toString().contains("\"profile\""), metadata::toString);

        HttpReply server = http().get("/.well-known/oauth-authorization-server").send();
        for (int attempt = 0; server.status() != 200 && attempt < 40; attempt++) {
            Thread.sleep(250);
            server = http().get("/.well-known/oauth-authorization-server").send();
        }
        assertEquals(200, server.status(), server::toString);
        assertEquals(clerk().issuer(), server.json().getString("issuer"));
        assertTrue(server.json().getString("token_endpoint").startsWith(clerk().issuer()), server::toString);
        assertTrue(server.json().getJsonArray("code_challenge_methods_supported").toString().contains("S256"), server::toString);

        // what the authorization server would issue for this resource and scope, then the call succeeds
        String userId = newUserId();
        String token = clerk().token().typ("at+jwt").subject(userId).without("sid").without("sts").without("azp")
                .claim("aud", resource).claim("scope", "profile").sign();
        HttpReply me = http().get("/api/v1/users/me").bearer(token).send();
        assertEquals(200, me.status(), me::toString);
        assertEquals(userId, me.json().getString("clerk_user_id"));
    }

    @Test
    void theProfileScopeReadsTheProfileAndTheEmailScopeAddsTheEmail() {
        String userId = newUserId();
        assertEquals(200, http().get("/api/v1/users/me").bearer(userWithEmail(userId, "mo@example.com")).send().status());

        HttpReply profileOnly = http().get("/api/v1/users/me").bearer(accessToken(userId, "profile").sign()).send();
        assertEquals(200, profileOnly.status(), profileOnly::toString);
        assertEquals(userId, profileOnly.json().getString("clerk_user_id"));
        assertTrue(profileOnly.json().isNull("email"), profileOnly::toString);
        assertFalse(profileOnly.body().contains("mo@example.com"), profileOnly::toString);

        HttpReply withEmail = http().get("/api/v1/users/me").bearer(accessToken(userId, "profile email").sign()).send();
        assertEquals("mo@example.com", withEmail.json().getString("email"), withEmail::toString);

        JsonObject bootstrap = http().get("/auth/bootstrap").bearer(accessToken(userId, "profile").sign()).send().json();
        assertEquals("Mo Reader", bootstrap.getJsonObject("profile").getString("name"));
        assertTrue(bootstrap.getJsonObject("profile").isNull("email"), bootstrap::toString);
        JsonObject full = http().get("/auth/bootstrap").bearer(accessToken(userId, "email offline_access profile").sign()).send().json();
        assertEquals("mo@example.com", full.getJsonObject("profile").getString("email"), full::toString);

        assertEquals(200, http().post("/api/v1/auth/bootstrap").bearer(accessToken(userId, "profile").sign()).send().status());
        assertEquals(200, http().get("/api/v1/users/me/organizations").bearer(accessToken(userId, "profile").sign()).send().status());
    }

    @Test
    void theMediaTypeFormOfTheTypIsAnAccessTokenToo() {
        HttpReply reply = http().get("/api/v1/users/me")
                .bearer(accessToken(newUserId(), "profile").typ("application/at+jwt").sign()).send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void aWrongAudienceIsAnInvalidToken() {
        for (Object audience : List.of(List.of("https://other.example.com/mcp"), BASE, List.of())) {
            HttpReply reply = http().get("/auth/bootstrap")
                    .bearer(accessToken(newUserId(), "profile").claim("aud", audience).sign()).send();
            assertProblem(reply, 401, "Invalid token: audience does not include " + RESOURCE);
            assertEquals("invalid_token", reply.json().getString("code"));
            String challenge = reply.header("WWW-Authenticate");
            assertTrue(challenge.startsWith("Bearer resource_metadata=\"" + METADATA + "\""), challenge);
            assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
        }
        HttpReply noAudience = http().get("/auth/bootstrap").bearer(accessToken(newUserId(), "profile").without("aud").sign()).send();
        assertEquals(401, noAudience.status(), noAudience::toString);
    }

    @Test
    void aMissingScopeIsForbiddenWithTheInsufficientScopeChallenge() {
        HttpReply reply = http().get("/auth/bootstrap").bearer(accessToken(newUserId(), "email offline_access").sign()).send();
        assertProblem(reply, 403, "Insufficient scope: this endpoint needs the profile scope");
        assertEquals("insufficient_scope", reply.json().getString("code"));
        assertEquals("Bearer resource_metadata=\"" + METADATA + "\", error=\"insufficient_scope\", "
                + "error_description=\"Insufficient scope: this endpoint needs the profile scope\", scope=\"profile\"",
                reply.header("WWW-Authenticate"));

        HttpReply noScope = http().get("/api/v1/users/me").bearer(accessToken(newUserId(), "x").without("scope").sign()).send();
        assertEquals(403, noScope.status(), noScope::toString);
        assertEquals("insufficient_scope", noScope.json().getJsonObject("detail").getString("code"), noScope::toString);
    }

    @Test
    void endpointsOutsideTheScopeTableRefuseAccessTokens() {
        String token = accessToken(newUserId(), "profile email offline_access").sign();
        HttpReply create = http().post("/projects").bearer(token).json("{\"name\": \"By MCP\"}").send();
        assertEquals(403, create.status(), create::toString);
        assertEquals("forbidden", create.json().getString("code"));
        assertEquals(403, http().patch("/api/v1/users/me").bearer(token).json("{\"notes\": \"x\"}").send().status());
        assertEquals(403, http().delete("/api/v1/users/me").bearer(token).send().status());
        assertEquals(403, http().post("/api/v1/agents").bearer(token).json("{\"name\": \"a\"}").send().status());
    }

    @Test
    void anAccessTokenIsNeverExchangedForASession() {
        HttpReply reply = http().post("/auth/session").bearer(accessToken(newUserId(), "profile email offline_access").sign()).send();
        assertEquals(403, reply.status(), reply::toString);
        assertFalse(reply.body().contains("msc_"), reply::toString);
    }

    @Test
    void aSessionJwtIsNeverTakenForAnAccessToken() {
        // typ JWT with an access token's audience and scope: judged by the session rules, so its azp decides
        String userId = newUserId();
        HttpReply foreignParty = http().get("/auth/bootstrap").bearer(clerk().token().subject(userId)
                .claim("aud", List.of(RESOURCE)).claim("scope", "profile").azp("https://evil.example.net").sign()).send();
        assertProblem(foreignParty, 401, "Invalid authorized party");

        // and a session JWT keeps working as one: it may exchange, an access token of the same user may not
        assertEquals(200, http().post("/auth/session").bearer(clerk().token().subject(userId).sign()).send().status());
        // an access token shaped like a session token (sid, azp, no aud) is still judged as an access token
        HttpReply sessionShaped = http().get("/auth/bootstrap").bearer(clerk().token().typ("at+jwt").subject(userId).sign()).send();
        assertProblem(sessionShaped, 401, "Invalid token: audience does not include " + RESOURCE);
    }

    @Test
    void accessTokensAreVerifiedLikeEveryClerkJwt() {
        String userId = newUserId();
        assertProblem(http().get("/auth/bootstrap").bearer(accessToken(userId, "profile")
                .expiresAt(Instant.now().minusSeconds(120)).sign()).send(), 401, "Token expired");
        assertProblem(http().get("/auth/bootstrap").bearer(accessToken(userId, "profile")
                .issuer("https://evil.clerk.accounts.dev").sign()).send(), 401, "Invalid token: issuer mismatch");
        assertProblem(http().get("/auth/bootstrap").bearer(accessToken(userId, "profile").kid("unknown-kid").sign()).send(),
                401, "Invalid token: unknown signing key");
        String token = accessToken(userId, "profile").sign();
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertEquals(401, http().get("/auth/bootstrap").bearer(tampered).send().status());
    }

    @Test
    void challengesPointAtTheConfiguredMetadataNotAtTheRequestHost() {
        HttpReply reply = http().get("/api/v1/users/me").header("X-Forwarded-Host", "evil.example.net").send();
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("Bearer resource_metadata=\"" + METADATA + "\"", reply.header("WWW-Authenticate"));
    }
}
