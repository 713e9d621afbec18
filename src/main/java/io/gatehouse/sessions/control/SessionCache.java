package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import java.util.Collection;
import java.util.Set;

/**
 * The in-memory index of live sessions, keyed by token hash. A lookup must cost no network hop: the clustered
 * implementation ({@code io.gatehouse.cluster}) keeps a full local copy, shares every change through the data
 * grid and applies the other instances' changes as they arrive.
 */
public interface SessionCache {

    CachedSession get(TokenHash hash);

    /**
     * What this instance holds for the hash, never a read from another instance: for checks that run on every
     * request of a kind and usually find nothing (an ended Clerk session), where a miss must stay free.
     */
    default CachedSession known(TokenHash hash) {
        return get(hash);
    }

    /** A session (or agent token) just committed: held here and, when clustered, shared with every instance. */
    void put(TokenHash hash, CachedSession session);

    /**
     * A session read from the database at start-up: held on this instance only (every instance reads the database
     * itself), merged with what the cache already holds ({@link CachedSession#mergedWith}), so a revocation or
     * renewal that arrived while loading is kept.
     */
    void load(TokenHash hash, CachedSession session);

    /**
     * Moves a cached session's expiry later, never earlier; a no-op for an unknown hash. A revoked session
     * stays revoked, whatever order a renewal and a revocation arrive in.
     */
    void extend(TokenHash hash, long expiresAtMillis);

    /** Marks the session refused from now on; a no-op for an unknown hash. */
    void markRevoked(TokenHash hash);

    /**
     * Marks sessions refused after their revocation committed: every one on this instance first, then (clustered)
     * on the others. Never throws for the sharing part: what could not be shared, the other instances enforce at
     * their next reconciliation ({@link RevocationReconciler}).
     */
    default void markRevoked(Collection<TokenHash> hashes) {
        hashes.forEach(this::markRevoked);
    }

    /**
     * Reconciliation: the database says these credentials are revoked. Returns those this instance would still have
     * accepted (now refused), so their streams can be closed; clustered, also those the data grid still held as
     * valid, which are corrected there.
     */
    Set<TokenHash> enforceRevoked(Collection<TokenHash> hashes);

    /** Forgets sessions that expired before the given instant, to bound memory. */
    int removeExpiredBefore(long epochMillis);

    int size();

    /** Sessions neither revoked nor expired at this instant, agent tokens not counted; a full scan, for metrics only. */
    long countActive(long nowMillis);
}
