package io.gatehouse.clerk.control;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.clerk.entity.AccessTokenRules;
import io.gatehouse.clerk.entity.ClerkClaims;
import io.gatehouse.http.entity.ProtectedResource;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Verifies an OAuth access token that Clerk issued to an MCP client (RFC 9068): header {@code typ}
 * {@code at+jwt}, RS256 by a key of Clerk's JWKS, then the {@link AccessTokenRules} with this resource
 * ({@code PUBLIC_BASE_URL} + {@code OAUTH_RESOURCE_PATH}) as the required audience. Never throws.
 */
@ApplicationScoped
public class AccessTokenVerifier extends ClerkJwtVerifier {

    private AccessTokenRules rules;

    @PostConstruct
    void init() {
        rules = new AccessTokenRules(settings.issuer().orElse(""), ProtectedResource.current().resource(),
                settings.leewayMillis(), settings.verifyIat());
    }

    @Override
    AuthRefusal checkKind(SignedJWT jwt) {
        return JwtTypes.isAccessTokenType(jwt.getHeader().getType()) ? null
                : AuthRefusal.invalid("not an OAuth access token (typ at+jwt)");
    }

    @Override
    AuthRefusal checkClaims(ClerkClaims claims, long nowMillis) {
        return rules.check(claims, nowMillis);
    }
}
