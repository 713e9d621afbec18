package io.gatehouse.clerk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.kernel.AuthRefusal;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokenRulesTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final String ISSUER = "https://example.clerk.accounts.dev";
    private static final String RESOURCE = "https://api.example.com/mcp";
    private final AccessTokenRules rules = new AccessTokenRules(ISSUER, RESOURCE, 10_000, true);

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("user_1").audience(List.of("other", RESOURCE))
                .expirationTime(new Date(NOW + 60_000)).issueTime(new Date(NOW)).claim("scope", "profile");
    }

    private AuthRefusal check(JWTClaimsSet.Builder claims) {
        return rules.check(new ClerkClaims(claims.build()), NOW);
    }

    @Test
    void anAccessTokenForThisResourcePasses() {
        assertNull(check(valid()));
        assertNull(check(valid().audience(RESOURCE)));
    }

    @Test
    void theAudienceMustNameThisResource() {
        String refused = "Invalid token: audience does not include " + RESOURCE;
        assertEquals(refused, check(valid().audience("https://api.example.com")).detail());
        assertEquals(refused, check(valid().audience(RESOURCE + "/")).detail());
        assertEquals(refused, check(valid().audience((String) null)).detail());
    }

    @Test
    void issuerTimeAndSubjectAreCheckedAsForSessionTokens() {
        assertEquals("Invalid token: issuer mismatch", check(valid().issuer("https://evil.example")).detail());
        assertEquals("Token expired", check(valid().expirationTime(new Date(NOW - 11_000))).detail());
        assertNull(check(valid().expirationTime(new Date(NOW - 9_000))));
        assertEquals("Invalid token: missing exp", check(valid().expirationTime(null)).detail());
        assertEquals("Invalid token: token not yet valid (nbf)", check(valid().notBeforeTime(new Date(NOW + 60_000))).detail());
        assertEquals("Invalid token: token issued in the future (iat)", check(valid().issueTime(new Date(NOW + 60_000))).detail());
        assertEquals("Invalid token: missing sub", check(valid().subject(null)).detail());
    }
}
