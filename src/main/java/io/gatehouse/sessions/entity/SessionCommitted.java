package io.gatehouse.sessions.entity;

import io.gatehouse.kernel.TokenHash;
import java.util.List;

/**
 * Transaction-scoped changes to the credentials the cache holds (sessions, agent tokens), applied to the
 * cache only once the transaction committed. Fire them inside the transaction that makes the change.
 */
public sealed interface SessionCommitted {

    record Stored(TokenHash hash, CachedSession session) implements SessionCommitted {
    }

    /** A session's expiry moved later (a renewal); never makes a revoked session valid again. */
    record Extended(TokenHash hash, long expiresAtMillis) implements SessionCommitted {
    }

    record Revoked(List<TokenHash> hashes) implements SessionCommitted {
    }

    /**
     * A Clerk session ended: its revoked entry ({@code ClerkSessionEnds}) is held and shared, and the streams
     * registered under its key close. Not a revocation of a credential Gatehouse issued, so not audited as one.
     */
    record ClerkSessionEnded(TokenHash key, CachedSession entry) implements SessionCommitted {
    }
}
