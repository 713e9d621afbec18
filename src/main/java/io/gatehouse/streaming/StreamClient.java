package io.gatehouse.streaming;

import io.gatehouse.security.Caller;
import io.gatehouse.security.CallerKind;
import io.gatehouse.security.CredentialType;
import io.gatehouse.sessions.TokenHash;
import java.util.UUID;

/**
 * Who opened a stream, and with which credential: the stream is registered under the credential's hash, so
 * revoking that session closes it.
 */
public record StreamClient(Caller caller, TokenHash credential) {

    public static StreamClient of(Caller caller, String token) {
        return new StreamClient(caller, TokenHash.of(token));
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
