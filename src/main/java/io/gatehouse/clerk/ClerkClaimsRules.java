package io.gatehouse.clerk;

import io.gatehouse.security.AuthRefusal;
import java.util.Date;
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
        if (!issuer.equals(claims.string("iss"))) {
            return AuthRefusal.invalid("issuer mismatch");
        }
        Date exp = claims.date("exp");
        if (exp == null) {
            return AuthRefusal.invalid("missing exp");
        }
        if (nowMillis > exp.getTime() + leewayMillis) {
            return AuthRefusal.expired();
        }
        Date nbf = claims.date("nbf");
        if (nbf != null && nowMillis + leewayMillis < nbf.getTime()) {
            return AuthRefusal.invalid("token not yet valid (nbf)");
        }
        Date iat = claims.date("iat");
        if (verifyIat && iat != null && iat.getTime() > nowMillis + leewayMillis) {
            return AuthRefusal.invalid("token issued in the future (iat)");
        }
        String sub = claims.string("sub");
        if (sub == null || sub.isBlank()) {
            return AuthRefusal.invalid("missing sub");
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
