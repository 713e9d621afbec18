package io.gatehouse.clerk.entity;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The verified claims of a Clerk JWT, read leniently: a claim of the wrong type reads as absent. */
public record ClerkClaims(JWTClaimsSet set) {

    public String string(String name) {
        try {
            return set.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    public Date date(String name) {
        try {
            return set.getDateClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    /** Whether the claim is present at all, whatever its type. */
    public boolean has(String name) {
        return set.getClaim(name) != null;
    }

    /**
     * The {@code aud} claim as a list of strings ({@code null} when absent); a value that is neither a string nor
     * an array reads as an empty list, which contains no audience.
     */
    public List<String> audience() {
        Object aud = set.getClaim("aud");
        if (aud == null) {
            return null;
        }
        if (aud instanceof String single) {
            return List.of(single);
        }
        if (aud instanceof List<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** The Clerk session id ({@code sid}), or {@code null}. */
    public String sessionId() {
        return string("sid");
    }

    public String subject() {
        return string("sub");
    }

    /** Session tokens carry the Clerk session id; JWT-template and machine tokens do not. */
    public boolean isSessionToken() {
        String sid = string("sid");
        return sid != null && !sid.isBlank();
    }

    /** The {@code exp} claim in epoch milliseconds, {@code 0} when absent. */
    public long expiresAtMillis() {
        Date exp = set.getExpirationTime();
        return exp == null ? 0 : exp.getTime();
    }

    public Map<String, Object> asMap() {
        return set.getClaims();
    }
}
