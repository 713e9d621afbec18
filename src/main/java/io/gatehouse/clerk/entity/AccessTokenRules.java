package io.gatehouse.clerk.entity;

import io.gatehouse.kernel.AuthRefusal;
import java.util.List;

/**
 * The claim rules of an RFC 9068 access token once its signature verified: the {@link IssuerAndTimeRules}
 * every Clerk JWT meets, then an audience naming this resource. Pure, so it is unit-tested.
 */
public record AccessTokenRules(String issuer, String resource, long leewayMillis, boolean verifyIat) {

    /** Returns why the claims are refused, or {@code null} when they pass. */
    public AuthRefusal check(ClerkClaims claims, long nowMillis) {
        AuthRefusal common = new IssuerAndTimeRules(issuer, leewayMillis, verifyIat).check(claims, nowMillis);
        if (common != null) {
            return common;
        }
        List<String> audience = claims.set().getAudience();
        if (audience == null || !audience.contains(resource)) {
            return AuthRefusal.invalid("audience does not include " + resource);
        }
        return null;
    }
}
