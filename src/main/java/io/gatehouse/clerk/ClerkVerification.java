package io.gatehouse.clerk;

import io.gatehouse.security.AuthRefusal;

/** The outcome of verifying a Clerk JWT: exactly one of claims or refusal is set. */
public record ClerkVerification(ClerkClaims claims, AuthRefusal refusal) {

    static ClerkVerification verified(ClerkClaims claims) {
        return new ClerkVerification(claims, null);
    }

    static ClerkVerification refused(AuthRefusal refusal) {
        return new ClerkVerification(null, refusal);
    }

    public boolean ok() {
        return claims != null;
    }
}
