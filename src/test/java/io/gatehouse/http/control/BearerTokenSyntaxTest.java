package io.gatehouse.http.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BearerTokenSyntaxTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2ln-_";

    @Test
    void theSchemeIsAnyCaseFollowedByOneOrMoreSpaces() {
        assertEquals(JWT, BearerTokenSyntax.tokenOf("Bearer " + JWT));
        assertEquals(JWT, BearerTokenSyntax.tokenOf("bearer " + JWT));
        assertEquals(JWT, BearerTokenSyntax.tokenOf("BEARER   " + JWT), "RFC 6750: \"Bearer\" 1*SP b64token");
        assertEquals(JWT, BearerTokenSyntax.tokenOf(" Bearer " + JWT + " \t"), "optional whitespace around the value");
    }

    @Test
    void otherSchemesAndEmptyCredentialsHaveNoToken() {
        for (String header : new String[] {null, "", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearer\t" + JWT,
                "Bearer\u00a0" + JWT, "Bearer" + JWT, "Bearers " + JWT}) {
            assertNull(BearerTokenSyntax.tokenOf(header), String.valueOf(header));
        }
    }

    @Test
    void whatFollowsTheSchemeIsReturnedAsSentForTheSyntaxCheck() {
        assertEquals(JWT + "\u00a0", BearerTokenSyntax.tokenOf("Bearer " + JWT + "\u00a0"));
        assertEquals("a b", BearerTokenSyntax.tokenOf("Bearer a b"));
    }

    @Test
    void b64tokensAreTheTokensGatehouseKnows() {
        for (String token : new String[] {JWT, "msc_AbC-123_xyz", "ms_sess_S1KOnZCmDUclNGv4", "mca_x", "a+b/c==", "~.-_", "A"}) {
            assertTrue(BearerTokenSyntax.isB64Token(token), token);
        }
        for (String token : new String[] {"", "=", "==", JWT + "\u00a0", JWT + "\t", JWT + " ", "a=b", "a b", "caf\u00e9",
                "a!b", "a\"b", "a,b", "a;b", "\u00a0"}) {
            assertFalse(BearerTokenSyntax.isB64Token(token), token);
        }
    }
}
