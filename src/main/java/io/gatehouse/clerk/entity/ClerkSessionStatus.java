package io.gatehouse.clerk.entity;

/**
 * What Clerk's Backend API says of a Clerk session ({@code GET /v1/sessions/{id}}).
 *
 * @param status Clerk's {@code status} ({@code active}, {@code ended}, {@code revoked}, {@code removed},
 *               {@code expired}, {@code abandoned}, …), {@code not_found} for a 404, or {@code null} when Clerk could
 *               not answer (unreachable, 5xx, an answer that could not be read)
 */
public record ClerkSessionStatus(String status) {

    public static final ClerkSessionStatus UNKNOWN = new ClerkSessionStatus(null);
    public static final ClerkSessionStatus NOT_FOUND = new ClerkSessionStatus("not_found");

    /** Whether Clerk answered at all. */
    public boolean known() {
        return status != null;
    }

    /** Whether Clerk answered that the session is over (any status but {@code active}, or unknown to Clerk). */
    public boolean ended() {
        return status != null && !"active".equals(status);
    }
}
