package io.gatehouse.sessions;

/**
 * The in-memory index of live sessions, keyed by token hash. A lookup must cost no network hop; a
 * clustered implementation keeps a local copy and shares changes.
 */
public interface SessionCache {

    CachedSession get(TokenHash hash);

    void put(TokenHash hash, CachedSession session);

    /**
     * Moves a cached session's expiry later, never earlier; a no-op for an unknown hash. A revoked session
     * stays revoked, whatever order a renewal and a revocation arrive in.
     */
    void extend(TokenHash hash, long expiresAtMillis);

    /** Marks the session refused from now on; a no-op for an unknown hash. */
    void markRevoked(TokenHash hash);

    /** Forgets sessions that expired before the given instant, to bound memory. */
    int removeExpiredBefore(long epochMillis);

    int size();

    /** Sessions neither revoked nor expired at this instant, agent tokens not counted; a full scan, for metrics only. */
    long countActive(long nowMillis);
}
