package io.gatehouse.clerk.entity;

import io.gatehouse.kernel.AuthRefusal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim rules a Clerk session JWT must meet once its signature verified: the claims Clerk's session token
 * carries are JSON strings, issuer and time window with leeway, a subject, a Clerk session ({@code sid}), no
 * audience (unless the instance customised its session token to carry one), an authorized party and an active
 * session status. Anything else signed by Clerk (a JWT-template token meant for another service, a machine
 * token) is refused: it does not stand for a signed-in user here. Pure, so it is unit-tested without a server.
 *
 * @param sessionAudience the {@code aud} a customised session token must contain ({@code CLERK_SESSION_AUDIENCE}),
 *                        or {@code null}: session tokens carry no {@code aud}
 */
public record ClerkClaimsRules(String issuer, Set<String> authorizedParties, boolean azpRequired,
        long leewayMillis, boolean verifyIat, String sessionAudience) {

    /** The claims Clerk's session token carries as strings; another JSON type is a token Clerk did not shape. */
    private static final List<String> STRING_CLAIMS = List.of("sub", "sid", "iss", "azp");

    public ClerkClaimsRules(String issuer, Set<String> authorizedParties, boolean azpRequired, long leewayMillis,
            boolean verifyIat) {
        this(issuer, authorizedParties, azpRequired, leewayMillis, verifyIat, null);
    }

    /**
     * Returns which of Clerk's string claims has another JSON type in the token as sent ({@code payload}: the JSON
     * object as parsed, before the JWT library coerces a numeric {@code sub} into text), or {@code null}.
     */
    public static AuthRefusal checkTypes(Map<String, Object> payload) {
        for (String name : STRING_CLAIMS) {
            Object value = payload.get(name);
            if (value != null && !(value instanceof String)) {
                return AuthRefusal.invalid(name + " must be a string");
            }
        }
        return null;
    }

    /** Returns why the claims are refused, or {@code null} when they pass. */
    public AuthRefusal check(ClerkClaims claims, long nowMillis) {
        for (String name : STRING_CLAIMS) {
            if (claims.has(name) && claims.string(name) == null) {
                return AuthRefusal.invalid(name + " must be a string");
            }
        }
        AuthRefusal common = new IssuerAndTimeRules(issuer, leewayMillis, verifyIat).check(claims, nowMillis);
        if (common != null) {
            return common;
        }
        if (!authorizedPartyAllowed(claims.string("azp"))) {
            return AuthRefusal.unauthorized("invalid_authorized_party", "Invalid authorized party");
        }
        if (!claims.isSessionToken()) {
            return AuthRefusal.invalid("not a Clerk session token (no sid)");
        }
        AuthRefusal audience = audienceRefusal(claims.audience());
        if (audience != null) {
            return audience;
        }
        String status = claims.string("sts");
        if (status != null && !"active".equals(status)) {
            return AuthRefusal.invalid("session is " + status + ", not active");
        }
        return null;
    }

    private AuthRefusal audienceRefusal(List<String> audience) {
        if (sessionAudience == null) {
            return audience == null ? null : AuthRefusal.invalid(
                    "not a Clerk session token (it has an aud claim: a JWT-template token is meant for another service)");
        }
        if (audience == null || !audience.contains(sessionAudience)) {
            return AuthRefusal.invalid("audience does not include " + sessionAudience + " (CLERK_SESSION_AUDIENCE)");
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
