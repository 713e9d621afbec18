package io.gatehouse.clerk.control;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.clerk.entity.ClerkClaims;
import io.gatehouse.clerk.entity.ClerkClaimsRules;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verifies a Clerk session JWT: the {@link ClerkSignatureCheck}, not an OAuth access token ({@code typ}
 * {@code at+jwt}), then the {@link ClerkClaimsRules}, and its Clerk session not reported ended
 * ({@link EndedClerkSessions}). Answers with claims or a refusal; never throws.
 */
@ApplicationScoped
public class ClerkTokenVerifier extends ClerkJwtVerifier {

    @Inject
    EndedClerkSessions endedSessions;

    private ClerkClaimsRules rules;

    @PostConstruct
    public void init() {
        rules = new ClerkClaimsRules(settings.issuer().orElse(""), settings.authorizedParties(),
                settings.azpRequired(), settings.leewayMillis(), settings.verifyIat(),
                settings.sessionAudience().orElse(null));
    }

    @Override
    AuthRefusal checkKind(SignedJWT jwt) {
        if (JwtTypes.isAccessTokenType(jwt.getHeader().getType())) {
            return AuthRefusal.invalid("an OAuth access token (typ at+jwt) is not a Clerk session token");
        }
        return ClerkClaimsRules.checkTypes(jwt.getPayload().toJSONObject());
    }

    @Override
    AuthRefusal checkClaims(ClerkClaims claims, long nowMillis) {
        AuthRefusal refusal = rules.check(claims, nowMillis);
        if (refusal == null && endedSessions.ended(claims.sessionId())) {
            refusal = AuthRefusal.invalid("Clerk session ended");
        }
        return refusal;
    }
}
