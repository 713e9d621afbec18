package io.gatehouse.clerk.control;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.clerk.entity.ClerkClaims;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;

/**
 * The steps every verifier of a Clerk-issued JWT takes: the {@link ClerkSignatureCheck}, the subclass's test of
 * the kind of token (header and payload), the claims read, then the subclass's claim rules at the current time.
 * Answers with claims or a refusal; never throws.
 */
public abstract class ClerkJwtVerifier {

    @Inject
    ClerkSettings settings;

    @Inject
    ClerkSignatureCheck signatures;

    @Inject
    Clock clock;

    /** Why a JWT with a valid signature is not this verifier's kind of token, or {@code null} when it is. */
    abstract AuthRefusal checkKind(SignedJWT jwt);

    /** Why the claims are refused at {@code nowMillis}, or {@code null} when they pass. */
    abstract AuthRefusal checkClaims(ClerkClaims claims, long nowMillis);

    public ClerkVerification verify(String token) {
        ClerkSignatureCheck.Outcome outcome = signatures.check(token);
        if (outcome.refusal() != null) {
            return ClerkVerification.refused(outcome.refusal());
        }
        AuthRefusal kind = checkKind(outcome.jwt());
        if (kind != null) {
            return ClerkVerification.refused(kind);
        }
        ClerkClaims claims;
        try {
            claims = new ClerkClaims(outcome.jwt().getJWTClaimsSet());
        } catch (ParseException e) {
            return ClerkVerification.refused(AuthRefusal.invalid("malformed claims"));
        }
        AuthRefusal refusal = checkClaims(claims, clock.millis());
        return refusal == null ? ClerkVerification.verified(claims) : ClerkVerification.refused(refusal);
    }
}
