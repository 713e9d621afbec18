package io.gatehouse.clerk;

import io.gatehouse.security.AuthRefusal;
import java.util.Set;

/**
 * The claim rules a Clerk session JWT must meet once its signature verified: issuer, the time window
 * with leeway, a subject, an authorized party and an active session status. Pure, so it is unit-tested
 * without a server.
 */
public record ClerkClaimsRules(String issuer, Set<String> authorizedParties, boolean azpRequired,
        long leewayMillis, boolean verifyIat) {

    /** Returns why the claims are refused, or {@code null} when they pass. */
    public AuthRefusal check(ClerkClaims claims, long nowMillis) {
        AuthRefusal common = new IssuerAndTimeRules(issuer, leewayMillis, verifyIat).check(claims, nowMillis);
        if (common != null) {
            return common;
        }
        if (!authorizedPartyAllowed(claims.string("azp"))) {
            return AuthRefusal.unauthorized("invalid_authorized_party", "Invalid authorized party");
        }
        String status = claims.string("sts");
        if (status != null && !"active".equals(status)) {
            return AuthRefusal.invalid("session is " + status + ", not active");
        }
        return null;
    }

    private boolean authorizedPartyAllowed(String azp) {
        if (authorizedParties.isEmpty()) {
            return true;
        }
        if (azp == null) {
            return !azpRequired;
        }
        return authorizedParties.contains(azp.endsWith("/") ? azp.substring(0, azp.length() - 1) : azp);
    }
}
