package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.kernel.CallerKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-instance session cache: a {@link ConcurrentHashMap}; also the local copy a clustered cache
 * reads from. Chosen by {@code io.gatehouse.cluster.control.ClusterBackends}, not a CDI bean of its own.
 */
public class InMemorySessionCache implements SessionCache {

    private final ConcurrentHashMap<TokenHash, CachedSession> sessions = new ConcurrentHashMap<>(1024);

    @Override
    public CachedSession get(TokenHash hash) {
        return sessions.get(hash);
    }

    @Override
    public void put(TokenHash hash, CachedSession session) {
        sessions.put(hash, session);
    }

    @Override
    public void load(TokenHash hash, CachedSession session) {
        merge(hash, session);
    }

    /** Merges the given view of a session into the cache and returns what the cache holds now. */
    public CachedSession merge(TokenHash hash, CachedSession session) {
        return sessions.merge(hash, session, CachedSession::mergedWith);
    }

    @Override
    public void extend(TokenHash hash, long expiresAtMillis) {
        sessions.computeIfPresent(hash, (key, session) -> session.withExpiryAtLeast(expiresAtMillis));
    }

    @Override
    public void markRevoked(TokenHash hash) {
        sessions.computeIfPresent(hash, (key, session) -> session.asRevoked());
    }

    @Override
    public Set<TokenHash> enforceRevoked(Collection<TokenHash> hashes) {
        Set<TokenHash> newlyRevoked = new HashSet<>();
        for (TokenHash hash : hashes) {
            sessions.computeIfPresent(hash, (key, session) -> {
                if (session.revoked()) {
                    return session;
                }
                newlyRevoked.add(hash);
                return session.asRevoked();
            });
        }
        return newlyRevoked;
    }

    @Override
    public int removeExpiredBefore(long epochMillis) {
        int before = sessions.size();
        sessions.values().removeIf(session -> session.expiresAtMillis() < epochMillis);
        return before - sessions.size();
    }

    @Override
    public int size() {
        return sessions.size();
    }

    @Override
    public long countActive(long nowMillis) {
        return sessions.values().stream().filter(session -> session.kind() != CallerKind.AGENT && !session.revoked()
                && session.expiresAtMillis() > nowMillis).count();
    }
}
