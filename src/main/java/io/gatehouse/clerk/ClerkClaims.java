package io.gatehouse.clerk;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Date;
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

    public String subject() {
        return string("sub");
    }

    /** Session tokens carry the Clerk session id; JWT-template and machine tokens do not. */
    public boolean isSessionToken() {
        String sid = string("sid");
        return sid != null && !sid.isBlank();
    }

    public Map<String, Object> asMap() {
        return set.getClaims();
    }
}
