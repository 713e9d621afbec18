package io.gatehouse.clerk.entity;

import io.gatehouse.kernel.AuthRefusal;

/** The outcome of verifying a Clerk JWT: exactly one of claims or refusal is set. */
public record ClerkVerification(ClerkClaims claims, AuthRefusal refusal) {

    public static ClerkVerification verified(ClerkClaims claims) {
        return new ClerkVerification(claims, null);
    }

    public static ClerkVerification refused(AuthRefusal refusal) {
        return new ClerkVerification(null, refusal);
    }

    public boolean ok() {
        return claims != null;
    }
}
