package io.gatehouse.clerk.control;

import io.gatehouse.clerk.entity.ClerkClaims;
import io.gatehouse.clerk.entity.ClerkClaimsRules;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;

/**
 * Verifies a Clerk session JWT: the {@link ClerkSignatureCheck}, not an OAuth access token ({@code typ}
 * {@code at+jwt}), then the {@link ClerkClaimsRules}, and its Clerk session not reported ended
 * ({@link EndedClerkSessions}). Answers with claims or a refusal; never throws.
 */
@ApplicationScoped
public class ClerkTokenVerifier {

    @Inject
    ClerkSettings settings;

    @Inject
    ClerkSignatureCheck signatures;

    @Inject
    Clock clock;

    @Inject
    EndedClerkSessions endedSessions;

    private ClerkClaimsRules rules;

    @PostConstruct
    public void init() {
        rules = new ClerkClaimsRules(settings.issuer().orElse(""), settings.authorizedParties(),
                settings.azpRequired(), settings.leewayMillis(), settings.verifyIat(),
                settings.sessionAudience().orElse(null));
    }

    public ClerkVerification verify(String token) {
        ClerkSignatureCheck.Outcome outcome = signatures.check(token);
        if (outcome.refusal() != null) {
            return ClerkVerification.refused(outcome.refusal());
        }
        if (JwtTypes.isAccessTokenType(outcome.jwt().getHeader().getType())) {
            return ClerkVerification.refused(AuthRefusal.invalid("an OAuth access token (typ at+jwt) is not a Clerk session token"));
        }
        AuthRefusal types = ClerkClaimsRules.checkTypes(outcome.jwt().getPayload().toJSONObject());
        if (types != null) {
            return ClerkVerification.refused(types);
        }
        ClerkClaims claims;
        try {
            claims = new ClerkClaims(outcome.jwt().getJWTClaimsSet());
        } catch (ParseException e) {
            return ClerkVerification.refused(AuthRefusal.invalid("malformed claims"));
        }
        AuthRefusal refusal = rules.check(claims, clock.millis());
        if (refusal == null && endedSessions.ended(claims.sessionId())) {
            refusal = AuthRefusal.invalid("Clerk session ended");
        }
        return refusal == null ? ClerkVerification.verified(claims) : ClerkVerification.refused(refusal);
    }
}
