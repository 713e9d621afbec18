package io.gatehouse.clerk;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.security.AuthRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;

/**
 * Verifies a Clerk JWT: RS256 only, a {@code kid} from Clerk's keys, a valid signature, then the
 * {@link ClerkClaimsRules}. Answers with claims or a refusal; never throws.
 */
@ApplicationScoped
public class ClerkTokenVerifier {

    @Inject
    ClerkSettings settings;

    @Inject
    ClerkKeys keys;

    @Inject
    Clock clock;

    private ClerkClaimsRules rules;

    @PostConstruct
    void init() {
        rules = new ClerkClaimsRules(settings.issuer().orElse(""), settings.authorizedParties(),
                settings.azpRequired(), settings.leewayMillis(), settings.verifyIat());
    }

    public ClerkVerification verify(String token) {
        if (!keys.configured()) {
            return ClerkVerification.refused(AuthRefusal.unavailable("clerk_not_configured",
                    "Clerk is not configured (CLERK_ISSUER)"));
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            return ClerkVerification.refused(AuthRefusal.invalid("malformed JWT"));
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            return ClerkVerification.refused(AuthRefusal.invalid("unsupported algorithm " + parsed.getHeader().getAlgorithm()));
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return ClerkVerification.refused(AuthRefusal.invalid("unsupported algorithm " + jwt.getHeader().getAlgorithm()));
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            return ClerkVerification.refused(AuthRefusal.invalid("missing kid"));
        }
        AuthRefusal signature = checkSignature(jwt, kid);
        if (signature != null) {
            return ClerkVerification.refused(signature);
        }
        ClerkClaims claims;
        try {
            claims = new ClerkClaims(jwt.getJWTClaimsSet());
        } catch (ParseException e) {
            return ClerkVerification.refused(AuthRefusal.invalid("malformed claims"));
        }
        AuthRefusal refusal = rules.check(claims, clock.millis());
        return refusal == null ? ClerkVerification.verified(claims) : ClerkVerification.refused(refusal);
    }

    private AuthRefusal checkSignature(SignedJWT jwt, String kid) {
        List<RSAKey> candidates;
        try {
            candidates = keys.find(kid);
        } catch (KeySourceException e) {
            return keys.loaded() ? AuthRefusal.invalid("unknown signing key")
                    : AuthRefusal.unavailable("jwks_unavailable", "JWKS not loaded");
        }
        if (candidates.isEmpty()) {
            return AuthRefusal.invalid("unknown signing key");
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
        return AuthRefusal.invalid("signature verification failed");
    }
}
