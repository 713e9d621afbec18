package io.gatehouse.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTokenTest {

    private static final UUID PRINCIPAL = UUID.fromString("0b7e4a52-0000-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("5e551014-0000-4000-8000-000000000002");
    private static final long EXPIRY_MILLIS = 1_798_761_600_123L;

    /** The claims as the verifier hands them over: parsed by nimbus, so exp/iat/nbf are Dates. */
    private static Map<String, Object> verified(String json) throws ParseException {
        return JWTClaimsSet.parse(json).getClaims();
    }

    private static JsonWebToken jwtCaller(CredentialType credential) throws ParseException {
        Map<String, Object> claims = verified("""
                {"iss": "https://clerk.example.com", "sub": "user_ada", "sid": "sess_123", "azp": "http://localhost:3000",
                 "exp": 1798761600, "iat": 1798761540, "nbf": 1798761530, "aud": "https://api.example.com/mcp",
                 "email": "ada@example.com", "email_verified": true, "org_id": "org_1", "n": 7,
                 "o": {"id": "org_1", "rol": "admin"}, "groups": ["admin"], "raw_token": "forged", "scope": "profile email"}
                """);
        return CallerToken.of(new Caller(PRINCIPAL, CallerKind.CLERK, credential, "user_ada", null, claims,
                1_798_761_600_000L));
    }

    @Test
    void aClerkJwtCallerSeesItsVerifiedClaimsInMicroProfileTypes() throws ParseException {
        JsonWebToken token = jwtCaller(CredentialType.CLERK_JWT);

        assertEquals(PRINCIPAL.toString(), token.getName());
        assertEquals("user_ada", token.getSubject());
        assertEquals("https://clerk.example.com", token.getIssuer());
        assertEquals(Set.of("https://api.example.com/mcp"), token.getAudience());
        assertEquals(1798761600L, token.getExpirationTime());
        assertEquals(1798761540L, token.getIssuedAtTime());
        assertEquals(1798761530L, (Long) token.getClaim(Claims.nbf));
        assertEquals(Json.createValue("sess_123"), token.getClaim("sid"), "a Clerk JWT's sid is Clerk's session id");
        assertEquals("ada@example.com", token.getClaim(Claims.email));
        assertEquals(Boolean.TRUE, token.getClaim(Claims.email_verified));
        JsonString org = token.getClaim("org_id");
        assertEquals("org_1", org.getString(), "a claim MicroProfile does not name is a JsonValue");
        assertEquals(Json.createValue(7L), token.getClaim("n"));
        JsonObject nested = token.getClaim("o");
        assertEquals("admin", nested.getString("rol"));
    }

    @Test
    void groupsAreTheRolesAndNoRawTokenIsEverExposed() throws ParseException {
        JsonWebToken token = jwtCaller(CredentialType.ACCESS_TOKEN);

        assertEquals(Set.of(Roles.USER), token.getGroups(), "a groups claim in the token is not a role source");
        assertEquals(Set.of(Roles.USER), token.getClaim(Claims.groups));
        assertNull(token.getRawToken());
        assertFalse(token.containsClaim(Claims.raw_token.name()), "a raw_token claim in the token is left out");
        assertEquals(Set.of("iss", "sub", "sid", "azp", "exp", "iat", "nbf", "aud", "email", "email_verified", "org_id",
                "n", "o", "groups", "scope"), token.getClaimNames());
        assertThrows(UnsupportedOperationException.class, () -> token.getClaimNames().add("x"));
    }

    @Test
    void aSessionCallerIsSubjectGroupsExpiryAndSessionId() {
        JsonWebToken token = CallerToken.of(new Caller(PRINCIPAL, CallerKind.CLERK, CredentialType.SESSION_TOKEN,
                "user_ada", SESSION, Map.of(), EXPIRY_MILLIS));

        assertEquals(Set.of("sub", "groups", "exp", "sid"), token.getClaimNames());
        assertEquals(PRINCIPAL.toString(), token.getName());
        assertEquals("user_ada", token.getSubject());
        assertEquals(Set.of(Roles.USER), token.getGroups());
        assertEquals(EXPIRY_MILLIS / 1000, token.getExpirationTime(), "exp is in seconds, rounded down");
        JsonString sid = token.getClaim(CallerToken.SID);
        assertEquals(SESSION.toString(), sid.getString(), "sid is a JsonValue, as for a Clerk JWT");
        assertEquals(0, token.getIssuedAtTime());
        assertNull(token.getIssuer());
        assertNull(token.getRawToken(), "never the opaque session token");
    }

    @Test
    void anonymousAndAgentCallersCarryTheirRole() {
        JsonWebToken anonymous = CallerToken.of(new Caller(PRINCIPAL, CallerKind.ANONYMOUS, CredentialType.SESSION_TOKEN,
                "anon:" + PRINCIPAL, SESSION, Map.of(), EXPIRY_MILLIS));
        JsonWebToken agent = CallerToken.of(new Caller(PRINCIPAL, CallerKind.AGENT, CredentialType.AGENT_TOKEN,
                "agent:" + SESSION, SESSION, Map.of(), EXPIRY_MILLIS));

        assertEquals(Set.of(Roles.ANONYMOUS), anonymous.getGroups());
        assertEquals("anon:" + PRINCIPAL, anonymous.getSubject());
        assertEquals(Set.of(Roles.AGENT), agent.getGroups());
        assertEquals("agent:" + SESSION, agent.getSubject());
        assertEquals(Json.createValue(SESSION.toString()), agent.getClaim(CallerToken.SID), "an agent token's sid is its id");
    }

    @Test
    void theLocalTokenHasNeitherExpiryNorSession() {
        JsonWebToken token = CallerToken.of(new Caller(PRINCIPAL, CallerKind.LOCAL, CredentialType.LOCAL_TOKEN,
                "local-auth-user", null, Map.of()));

        assertEquals(Set.of("sub", "groups"), token.getClaimNames());
        assertEquals(0, token.getExpirationTime());
        assertEquals(Set.of(Roles.USER), token.getGroups());
    }

    @Test
    void withoutACallerTheTokenIsEmpty() {
        JsonWebToken none = CallerToken.NONE;

        assertNull(none.getName());
        assertNull(none.getSubject());
        assertEquals(Set.of(), none.getGroups());
        assertEquals(Set.of(), none.getClaimNames());
        assertEquals(0, none.getExpirationTime());
    }

    @Test
    void theClaimsAreBuiltOnceAndItsTextNamesNoCredential() throws ParseException {
        JsonWebToken token = jwtCaller(CredentialType.CLERK_JWT);
        assertSame(token.getClaimNames(), token.getClaimNames());
        assertEquals("CallerToken[" + PRINCIPAL + ", sub=user_ada, groups=[user]]", token.toString());
        assertEquals(token, jwtCaller(CredentialType.CLERK_JWT));
        assertEquals(token.hashCode(), jwtCaller(CredentialType.CLERK_JWT).hashCode());
        assertTrue(token.getClaim("scope") instanceof JsonValue);
    }
}
