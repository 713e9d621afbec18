package io.gatehouse.clerk;

import io.gatehouse.security.AuthRefusal;
import java.util.Date;
import java.util.List;

/**
 * The claim rules of an RFC 9068 access token once its signature verified: Clerk's issuer, the time
 * window with leeway, a subject, and an audience naming this resource. Pure, so it is unit-tested.
 */
public record AccessTokenRules(String issuer, String resource, long leewayMillis, boolean verifyIat) {

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
        List<String> audience = claims.set().getAudience();
        if (audience == null || !audience.contains(resource)) {
            return AuthRefusal.invalid("audience does not include " + resource);
        }
        return null;
    }
}
