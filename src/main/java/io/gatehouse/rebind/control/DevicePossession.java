package io.gatehouse.rebind.control;

import io.gatehouse.rebind.entity.RebindException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * Checks a rebind's proof of possession: the {@code anonymous_token} must be a live (not revoked, not expired)
 * anonymous session token of the very device being rebound. From memory, like every token check: the session cache.
 * The token is never logged and never answered.
 */
@ApplicationScoped
public class DevicePossession {

    static final String REQUIRED = "Rebind requires proof of possession: send anonymous_token, a live anonymous session"
            + " token of this device";
    static final String NOT_LIVE = "Invalid rebind proof: anonymous_token is not a live anonymous session token"
            + " (unknown, revoked or expired)";
    static final String OTHER_DEVICE = "Invalid rebind proof: anonymous_token belongs to another device";

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    /** 403 {@code rebind_proof_required}: {@code REBIND_PROOF=required} and no token came. */
    static RebindException required() {
        return new RebindException(Reason.FORBIDDEN, "rebind_proof_required", REQUIRED);
    }

    /**
     * Refuses with 403 {@code invalid_rebind_proof} unless {@code token} is a live anonymous session of
     * {@code devicePrincipal} ({@code null}: a device never used, which no live token can belong to).
     */
    void check(String token, UUID devicePrincipal) {
        CachedSession session = token.startsWith(SessionTokens.ANONYMOUS_PREFIX) ? cache.get(TokenHash.of(token)) : null;
        if (session == null || session.kind() != CallerKind.ANONYMOUS || session.revoked()
                || session.expiresAtMillis() <= clock.millis()) {
            throw new RebindException(Reason.FORBIDDEN, "invalid_rebind_proof", NOT_LIVE);
        }
        if (!session.principalId().equals(devicePrincipal)) {
            throw new RebindException(Reason.FORBIDDEN, "invalid_rebind_proof", OTHER_DEVICE);
        }
    }
}
