package io.gatehouse.clerk.control;

import io.gatehouse.clerk.entity.AccessTokenRules;
import io.gatehouse.clerk.entity.ClerkClaims;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.http.entity.ProtectedResource;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;

/**
 * Verifies an OAuth access token that Clerk issued to an MCP client (RFC 9068): header {@code typ}
 * {@code at+jwt}, RS256 by a key of Clerk's JWKS, then the {@link AccessTokenRules} with this resource
 * ({@code PUBLIC_BASE_URL} + {@code OAUTH_RESOURCE_PATH}) as the required audience. Never throws.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    @Inject
    ClerkSettings settings;

    @Inject
    ClerkSignatureCheck signatures;

    @Inject
    Clock clock;

    private AccessTokenRules rules;

    @PostConstruct
    void init() {
        rules = new AccessTokenRules(settings.issuer().orElse(""), ProtectedResource.current().resource(),
                settings.leewayMillis(), settings.verifyIat());
    }

    public ClerkVerification verify(String token) {
        ClerkSignatureCheck.Outcome outcome = signatures.check(token);
        if (outcome.refusal() != null) {
            return ClerkVerification.refused(outcome.refusal());
        }
        if (!JwtTypes.isAccessTokenType(outcome.jwt().getHeader().getType())) {
            return ClerkVerification.refused(AuthRefusal.invalid("not an OAuth access token (typ at+jwt)"));
        }
        ClerkClaims claims;
        try {
            claims = new ClerkClaims(outcome.jwt().getJWTClaimsSet());
        } catch (ParseException e) {
            return ClerkVerification.refused(AuthRefusal.invalid("malformed claims"));
        }
        AuthRefusal refusal = rules.check(claims, clock.millis());
        return refusal == null ? ClerkVerification.verified(claims) : ClerkVerification.refused(refusal);
    }
}
