package io.gatehouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/** Guards the test tokens themselves: integration tests are only meaningful if these look like Clerk's. */
class ClerkTokenTest {

    private final RSAKey key = FakeClerk.newKey();

    @Test
    void signedTokenLooksLikeClerksDefaultSessionToken() throws Exception {
        SignedJWT jwt = SignedJWT.parse(new ClerkToken(key, "http://127.0.0.1:1").sign());

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
        assertEquals("JWT", jwt.getHeader().getType().getType());
        assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())), "signature verifies with the public key");

        var claims = jwt.getJWTClaimsSet().getClaims();
        assertFalse(claims.containsKey("jti"), "no jti");
        assertFalse(claims.containsKey("groups"), "no groups");
        assertTrue(jwt.getJWTClaimsSet().getSubject().startsWith("user_"));
    }

    @Test
    void unsignedTokenHasAlgNone() throws Exception {
        String token = new ClerkToken(key, "http://127.0.0.1:1").unsigned();

        assertTrue(token.endsWith("."), "empty signature");
        PlainJWT jwt = PlainJWT.parse(token);
        assertEquals("none", jwt.getHeader().getAlgorithm().getName());
    }
}
