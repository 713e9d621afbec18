package io.gatehouse.clerk.entity;

import io.gatehouse.kernel.AuthRefusal;
import java.util.Date;

/**
 * What every Clerk JWT must meet once its signature verified, session token and access token alike: Clerk's
 * issuer, {@code exp}, {@code nbf} and {@code iat} with the leeway, and a subject. Each kind adds its own rules.
 */
record IssuerAndTimeRules(String issuer, long leewayMillis, boolean verifyIat) {

    /** Returns why the claims are refused, or {@code null} when they pass. */
    AuthRefusal check(ClerkClaims claims, long nowMillis) {
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
        return null;
    }
}
