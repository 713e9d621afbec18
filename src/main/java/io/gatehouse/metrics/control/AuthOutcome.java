package io.gatehouse.metrics.control;

import io.gatehouse.kernel.TokenKind;
import io.gatehouse.kernel.AuthRefusal;

/** How one authentication ended: the {@code outcome} label of {@code gatehouse_authentications_total}. */
public enum AuthOutcome {
    OK("ok"),
    EXPIRED("expired"),
    INVALID("invalid"),
    REVOKED("revoked"),
    /** A JWT whose {@code azp} is not one of {@code CLERK_AUTHORIZED_PARTIES}. */
    INVALID_AUTHORIZED_PARTY("invalid_authorized_party"),
    /** Clerk's keys were never loaded, or no issuer is configured: the token could not be checked (503). */
    UNAVAILABLE("unavailable"),
    /** A state-changing request authenticated by cookie from a foreign origin (403). */
    ACCESS_DENIED("access_denied"),
    /** No credential on an endpoint that needs one. */
    MISSING("missing"),
    /** Refused by a rate limit, whatever the credential. */
    RATE_LIMITED("rate_limited");

    static final String REVOKED_DETAIL = AuthRefusal.invalid("session revoked").detail();

    private final String label;

    AuthOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome a refusal stands for. */
    static AuthOutcome of(AuthRefusal refusal) {
        if (refusal.status() == 503) {
            return UNAVAILABLE;
        }
        return switch (refusal.code()) {
            case "token_expired" -> EXPIRED;
            case "invalid_authorized_party" -> INVALID_AUTHORIZED_PARTY;
            case "access_denied" -> ACCESS_DENIED;
            default -> REVOKED_DETAIL.equals(refusal.detail()) ? REVOKED : INVALID;
        };
    }

    /**
     * Whether the pair can happen, so the exposition leaves impossible series out: only a missing credential
     * has no kind, and a missing credential has nothing else; a rate limit refuses any request.
     */
    boolean pairsWith(TokenKind kind) {
        return this == RATE_LIMITED || (this == MISSING) == (kind == TokenKind.NONE);
    }
}
