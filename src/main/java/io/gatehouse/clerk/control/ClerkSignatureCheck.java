package io.gatehouse.clerk.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;

/**
 * Checks that a compact JWT is RS256, names a {@code kid} of Clerk's keys and carries a valid signature.
 * Shared by the session-token and the access-token verifiers; the claims are theirs to judge.
 */
@ApplicationScoped
public class ClerkSignatureCheck {

    @Inject
    ClerkKeys keys;

    /** The outcome: the verified JWT, or why it is refused. */
    public record Outcome(SignedJWT jwt, AuthRefusal refusal) {
    }

    public Outcome check(String token) {
        if (!keys.configured()) {
            return refused(AuthRefusal.unavailable("clerk_not_configured", "Clerk is not configured (CLERK_ISSUER)"));
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            return refused(AuthRefusal.invalid("malformed JWT"));
        }
        if (!(parsed instanceof SignedJWT jwt) || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return refused(AuthRefusal.invalid("unsupported algorithm " + parsed.getHeader().getAlgorithm()));
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            return refused(AuthRefusal.invalid("missing kid"));
        }
        AuthRefusal signature = verifySignature(jwt, kid);
        return signature == null ? new Outcome(jwt, null) : refused(signature);
    }

    private AuthRefusal verifySignature(SignedJWT jwt, String kid) {
        List<RSAKey> candidates;
        try {
            candidates = keys.find(kid);
        } catch (KeySourceException e) {
            return keys.loaded() ? AuthRefusal.invalid("unknown signing key")
                    : AuthRefusal.unavailable("jwks_unavailable", "JWKS not loaded");
        }
        for (RSAKey key : candidates) {
            try {
                if (jwt.verify(new RSASSAVerifier(key))) {
                    return null;
                }
            } catch (JOSEException e) {
                // an unusable key is as good as a wrong one: try the next
            }
        }
        return candidates.isEmpty() ? AuthRefusal.invalid("unknown signing key")
                : AuthRefusal.invalid("signature verification failed");
    }

    private static Outcome refused(AuthRefusal refusal) {
        return new Outcome(null, refusal);
    }
}
