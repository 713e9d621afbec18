package io.gatehouse.clerk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.kernel.AuthRefusal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClerkClaimsRulesTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final String ISSUER = "https://example.clerk.accounts.dev";
    private final ClerkClaimsRules rules = new ClerkClaimsRules(ISSUER, Set.of("https://app.example.com"), true, 10_000, true);

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("user_1").claim("azp", "https://app.example.com")
                .expirationTime(new Date(NOW + 60_000)).notBeforeTime(new Date(NOW - 5_000)).issueTime(new Date(NOW))
                .claim("sid", "sess_1").claim("sts", "active");
    }

    private AuthRefusal check(JWTClaimsSet.Builder claims) {
        return rules.check(new ClerkClaims(claims.build()), NOW);
    }

    @Test
    void aClerkShapedTokenPasses() {
        assertNull(check(valid()));
    }

    @Test
    void expiryHonoursTheLeeway() {
        assertNull(check(valid().expirationTime(new Date(NOW - 9_000))));
        assertEquals("Token expired", check(valid().expirationTime(new Date(NOW - 11_000))).detail());
        assertEquals("Invalid token: missing exp", check(valid().expirationTime(null)).detail());
    }

    @Test
    void notBeforeAndIssuedAtHonourTheLeeway() {
        assertNull(check(valid().notBeforeTime(new Date(NOW + 9_000)).issueTime(new Date(NOW + 9_000))));
        assertEquals("Invalid token: token not yet valid (nbf)", check(valid().notBeforeTime(new Date(NOW + 11_000))).detail());
        assertEquals("Invalid token: token issued in the future (iat)", check(valid().issueTime(new Date(NOW + 11_000))).detail());
    }

    @Test
    void issuedAtInTheFutureIsAcceptedWhenTheCheckIsOff() {
        ClerkClaimsRules lenient = new ClerkClaimsRules(ISSUER, Set.of(), true, 10_000, false);
        assertNull(lenient.check(new ClerkClaims(valid().issueTime(new Date(NOW + 60_000)).build()), NOW));
    }

    @Test
    void authorizedPartyRules() {
        assertEquals("Invalid authorized party", check(valid().claim("azp", "https://evil.example.com")).detail());
        assertEquals("Invalid authorized party", check(valid().claim("azp", null)).detail());
        ClerkClaimsRules optional = new ClerkClaimsRules(ISSUER, Set.of("https://app.example.com"), false, 10_000, true);
        assertNull(optional.check(new ClerkClaims(valid().claim("azp", null).build()), NOW));
        ClerkClaimsRules unconfigured = new ClerkClaimsRules(ISSUER, Set.of(), true, 10_000, true);
        assertNull(unconfigured.check(new ClerkClaims(valid().claim("azp", "https://anything").build()), NOW));
    }

    @Test
    void issuerSubjectAndStatus() {
        assertEquals("Invalid token: issuer mismatch", check(valid().issuer("https://other")).detail());
        assertEquals("Invalid token: missing sub", check(valid().subject(null)).detail());
        assertEquals("Invalid token: session is pending, not active", check(valid().claim("sts", "pending")).detail());
        assertNull(check(valid().claim("sts", null)));
    }

    @Test
    void onlySessionTokensStandForAUser() {
        assertEquals("Invalid token: not a Clerk session token (no sid)", check(valid().claim("sid", null)).detail());
        assertEquals("Invalid token: not a Clerk session token (it has an aud claim: a JWT-template token is meant for"
                + " another service)", check(valid().audience("convex")).detail());
        assertEquals("Invalid token: not a Clerk session token (it has an aud claim: a JWT-template token is meant for"
                + " another service)", check(valid().audience(List.of("a", "b"))).detail());
    }

    @Test
    void aCustomisedSessionTokenMustNameTheConfiguredAudience() {
        ClerkClaimsRules audience = new ClerkClaimsRules(ISSUER, Set.of(), true, 10_000, true, "gatehouse");
        assertNull(audience.check(new ClerkClaims(valid().audience("gatehouse").build()), NOW));
        assertNull(audience.check(new ClerkClaims(valid().audience(List.of("x", "gatehouse")).build()), NOW));
        assertEquals("Invalid token: audience does not include gatehouse (CLERK_SESSION_AUDIENCE)",
                audience.check(new ClerkClaims(valid().audience("convex").build()), NOW).detail());
        assertEquals("Invalid token: audience does not include gatehouse (CLERK_SESSION_AUDIENCE)",
                audience.check(new ClerkClaims(valid().build()), NOW).detail());
    }

    @Test
    void clerksStringClaimsMustBeStrings() {
        assertEquals("Invalid token: sub must be a string", check(valid().claim("sub", 12345)).detail());
        assertEquals("Invalid token: sid must be a string", check(valid().claim("sid", 7)).detail());
        assertEquals("Invalid token: azp must be a string", check(valid().claim("azp", List.of("x"))).detail());
    }

    @Test
    void typesAreJudgedOnTheTokenAsSentNotAsTheLibraryCoercesThem() {
        assertEquals("Invalid token: sub must be a string",
                ClerkClaimsRules.checkTypes(Map.of("sub", 12345L, "sid", "sess_1")).detail());
        assertEquals("Invalid token: iss must be a string",
                ClerkClaimsRules.checkTypes(Map.of("sub", "user_1", "iss", List.of("x"))).detail());
        assertNull(ClerkClaimsRules.checkTypes(Map.of("sub", "user_1", "sid", "sess_1", "exp", 5L)));
    }
}
