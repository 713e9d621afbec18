package io.gatehouse.streaming.control;

import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import io.gatehouse.sessions.control.ClerkSessionEnds;
import io.gatehouse.kernel.TokenHash;
import java.util.Date;
import java.util.UUID;

/**
 * Who opened a stream, and with which credential: the stream is registered under the credential's hash, so
 * revoking that session closes it.
 */
public record StreamClient(Caller caller, TokenHash credential) {

    /**
     * The client of a stream opened with {@code token}. A Clerk JWT's stream is registered under its Clerk session
     * ({@code sessions.ClerkSessionEnds#key}), so the end of that Clerk session closes it.
     */
    public static StreamClient of(Caller caller, String token) {
        String clerkSession = caller.credential() == CredentialType.CLERK_JWT ? jwtSessionId(caller) : null;
        return new StreamClient(caller, clerkSession != null ? ClerkSessionEnds.key(clerkSession) : TokenHash.of(token));
    }

    /** The Clerk session of a stream opened with a Clerk JWT, else {@code null} (a session token's is in the database). */
    public String jwtSessionId() {
        return caller.credential() == CredentialType.CLERK_JWT ? jwtSessionId(caller) : null;
    }

    /**
     * When a stream opened with a JWT (a Clerk session JWT or an OAuth access token) must end: its {@code exp}, in
     * epoch milliseconds; {@link Long#MAX_VALUE} for every other credential (their own rules end them).
     */
    public long jwtExpiresAtMillis() {
        CredentialType credential = caller.credential();
        if (credential != CredentialType.CLERK_JWT && credential != CredentialType.ACCESS_TOKEN) {
            return Long.MAX_VALUE;
        }
        return caller.claims().get("exp") instanceof Date exp ? exp.getTime() : 0;
    }

    private static String jwtSessionId(Caller caller) {
        return caller.claims().get("sid") instanceof String sid && !sid.isBlank() ? sid : null;
    }

    /**
     * The session a stream keeps alive: a session token's. Agent tokens (whose session id is the token's id),
     * Clerk JWTs and the local token have none.
     */
    public UUID renewableSession() {
        if (caller.kind() == CallerKind.AGENT || caller.credential() != CredentialType.SESSION_TOKEN) {
            return null;
        }
        return caller.sessionId();
    }
}
