package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import io.gatehouse.testing.HttpReply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /auth/session} and {@code DELETE /auth/session}: exchanging Clerk JWTs for session tokens,
 * every rule a Clerk JWT must pass, the seed's error table, and logout.
 */
class SessionExchangeIT extends PlainDeployment {

    private HttpReply exchange(String jwt) {
        return http().post("/auth/session").bearer(jwt).send();
    }

    @Test
    void aClerkShapedSessionJwtIsExchangedForAnOpaqueToken() {
        HttpReply reply = exchange(userJwt());

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getString("token").startsWith("msc_"), reply::toString);
        assertEquals(1800, reply.json().getInt("expires_in"));
        String token = reply.json().getString("token");
        assertEquals(200, http().get("/auth/bootstrap").bearer(token).send().status());
    }

    @Test
    void theSessionCookieWorksLikeTheHeader() {
        String token = http().sessionToken(userJwt());
        assertEquals(200, http().get("/projects").cookie("__session", token).send().status());
        assertEquals(200, http().get("/auth/bootstrap").cookie("__session", userJwt()).send().status());
    }

    @Test
    void sessionTokensCannotBeExchanged() {
        String session = http().sessionToken(userJwt());
        HttpReply again = exchange(session);
        assertEquals(401, again.status(), again::toString);
        assertTrue(again.detail().startsWith("Invalid token: "), again::toString);

        HttpReply anonymous = exchange(http().anonymousToken(newDeviceId()));
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    @Test
    void onlyClerkSessionTokensAreExchanged() {
        HttpReply template = exchange(clerk().token().without("sid").sign());
        assertProblem(template, 401, "Invalid token: not a Clerk session token (no sid)");
    }

    @Test
    void missingCredentialsAnswerTheDocumentedChallenge() {
        HttpReply reply = http().post("/auth/session").send();
        assertProblem(reply, 401, "Missing Bearer token");
        assertEquals("missing_token", reply.json().getString("code"));
        assertEquals("Bearer resource_metadata=\"http://localhost:8080/.well-known/oauth-protected-resource\"",
                reply.header("WWW-Authenticate"));

        assertProblem(http().get("/auth/bootstrap").header("Authorization", "Basic dXNlcjpwYXNz").send(), 401, "Missing Bearer token");
        assertProblem(http().get("/auth/bootstrap").header("Authorization", "Bearer ").send(), 401, "Missing Bearer token");
    }

    @Test
    void expiredTokensAreRefusedBeyondTheLeeway() {
        HttpReply expired = exchange(clerk().token().expiresAt(Instant.now().minusSeconds(60)).sign());
        assertProblem(expired, 401, "Token expired");
        assertEquals("token_expired", expired.json().getString("code"));
        assertTrue(expired.header("WWW-Authenticate").contains("error=\"invalid_token\""), expired::toString);

        HttpReply withinLeeway = exchange(clerk().token().subject(newUserId()).expiresAt(Instant.now().minusSeconds(3)).sign());
        assertEquals(200, withinLeeway.status(), withinLeeway::toString);
    }

    @Test
    void tokensNotYetValidOrIssuedInTheFutureAreRefused() {
        assertProblem(exchange(clerk().token().notBefore(Instant.now().plusSeconds(120)).sign()),
                401, "Invalid token: token not yet valid (nbf)");
        assertProblem(exchange(clerk().token().issuedAt(Instant.now().plusSeconds(120))
                .expiresAt(Instant.now().plusSeconds(300)).sign()), 401, "Invalid token: token issued in the future (iat)");
        assertEquals(200, exchange(clerk().token().subject(newUserId()).notBefore(Instant.now().plusSeconds(4))
                .issuedAt(Instant.now().plusSeconds(4)).sign()).status(), "small clock skew is tolerated");
    }

    @Test
    void theIssuerMustBeClerks() {
        assertProblem(exchange(clerk().token().issuer("https://evil.clerk.accounts.dev").sign()), 401, "Invalid token: issuer mismatch");
    }

    @Test
    void theAuthorizedPartyMustBeConfigured() {
        assertProblem(exchange(clerk().token().azp("https://evil.example.com").sign()), 401, "Invalid authorized party");
        assertProblem(exchange(clerk().token().without("azp").sign()), 401, "Invalid authorized party");
        assertEquals(200, exchange(clerk().token().subject(newUserId()).azp("https://app.example.com").sign()).status());
    }

    @Test
    void aPendingClerkSessionIsSignedOut() {
        HttpReply pending = exchange(clerk().token().claim("sts", "pending").sign());
        assertProblem(pending, 401, "Invalid token: session is pending, not active");
    }

    @Test
    void aSubjectIsRequired() {
        assertProblem(exchange(clerk().token().without("sub").sign()), 401, "Invalid token: missing sub");
    }

    @Test
    void onlyRs256IsAccepted() {
        assertProblem(exchange(clerk().token().unsigned()), 401, "Invalid token: unsupported algorithm none");
        byte[] publicKey = clerk().signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        assertProblem(exchange(clerk().token().signHs256(publicKey)), 401, "Invalid token: unsupported algorithm HS256");
        assertProblem(exchange(clerk().token().signRs384()), 401, "Invalid token: unsupported algorithm RS384");
    }

    @Test
    void aForgedSignatureIsRefused() {
        String[] parts = clerk().token().sign().split("\\.");
        String otherClaims = clerk().token().subject("user_someone_else").sign().split("\\.")[1];
        assertProblem(exchange(parts[0] + "." + otherClaims + "." + parts[2]), 401, "Invalid token: signature verification failed");

        RSAKey stranger = io.gatehouse.testing.FakeClerk.newKey();
        assertProblem(exchange(clerk().token().signedWith(stranger).kid(clerk().signingKey().getKeyID()).sign()),
                401, "Invalid token: signature verification failed");
    }

    @Test
    void unknownKeyIdsRefetchTheJwksAtMostOncePer30Seconds() {
        int before = clerk().jwksRequests();
        for (int i = 0; i < 5; i++) {
            assertProblem(exchange(clerk().token().signedWith(io.gatehouse.testing.FakeClerk.newKey()).sign()),
                    401, "Invalid token: unknown signing key");
        }
        assertTrue(clerk().jwksRequests() - before <= 1, "JWKS fetched " + (clerk().jwksRequests() - before) + " times");
    }

    @Test
    void garbageTokensAreInvalidNeverServerErrors() {
        assertProblem(http().get("/projects").bearer("not-a-token").send(), 401, "Invalid token: unrecognized token format");
        assertProblem(http().get("/projects").bearer("a.b.c").send(), 401, "Invalid token: malformed JWT");
        assertProblem(http().get("/projects").bearer("msc_" + "A".repeat(43)).send(), 401, "Invalid token: unknown session token");
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(http().get("/projects").bearer(encoded + ".e30.sig").send(), 401, "Invalid token: missing kid");
        assertProblem(http().get("/projects").bearer("msc_" + "x".repeat(5000)).send(), 401, "Invalid token: token too long");
        HttpReply hugeHeader = http().get("/projects").bearer("msc_" + "x".repeat(100_000)).send();
        assertTrue(hugeHeader.status() >= 400 && hugeHeader.status() < 500, hugeHeader::toString);
    }

    @Test
    void aClerkJwtAuthenticatesDirectlyToo() {
        String jwt = userJwt();
        assertEquals(201, http().post("/projects").bearer(jwt).json("{\"name\": \"direct\"}").send().status());
        String session = http().sessionToken(jwt);
        assertEquals(1, http().get("/projects").bearer(session).send().json().getJsonArray("projects").size());
    }

    @Test
    void logoutRevokesTheTokenAtOnce() {
        String token = http().sessionToken(userJwt());
        assertEquals(200, http().get("/projects").bearer(token).send().status());

        HttpReply logout = http().delete("/auth/session").bearer(token).send();
        assertEquals(200, logout.status(), logout::toString);
        assertEquals(true, logout.json().getBoolean("success"));

        assertProblem(http().get("/projects").bearer(token).send(), 401, "Invalid token: session revoked");
        assertProblem(http().delete("/auth/session").bearer(token).send(), 401, "Invalid token: session revoked");
    }

    @Test
    void logoutOfAnAnonymousSession() {
        String token = http().anonymousToken(newDeviceId());
        assertEquals(200, http().delete("/auth/session").bearer(token).send().status());
        assertEquals(401, http().get("/projects").bearer(token).send().status());
    }

    @Test
    void logoutWithAClerkJwtHasNoSessionToRevoke() {
        HttpReply reply = http().delete("/auth/session").bearer(userJwt()).send();
        assertProblem(reply, 400, "No session to revoke: send the session token, not a Clerk JWT");
    }

    @Test
    void logoutLeavesOtherSessionsOfTheUserAlone() {
        String jwt = userJwt();
        String first = http().sessionToken(jwt);
        String second = http().sessionToken(jwt);
        http().delete("/auth/session").bearer(first).send();
        assertEquals(200, http().get("/projects").bearer(second).send().status());
    }
}
