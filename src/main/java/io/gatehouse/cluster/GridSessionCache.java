package io.gatehouse.cluster;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.gatehouse.sessions.CachedSession;
import io.gatehouse.sessions.InMemorySessionCache;
import io.gatehouse.sessions.SessionCache;
import io.gatehouse.sessions.TokenHash;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session cache of one member of a cluster. Every lookup is answered from the full local copy (a
 * {@link InMemorySessionCache}); only a token this instance has never seen costs one grid read (minted on
 * another instance a moment ago). Mints, renewals and revocations are written to one grid map, keyed by token
 * hash, whose entry listener brings the other members' changes into the local copy within milliseconds.
 *
 * <p>Grid entries change only by compare-and-set of the merged value ({@link CachedSession#mergedWith}), so a
 * renewal on one instance racing a revocation on another can never make the session valid again. Entries live
 * until the session expires (a day at most; agent tokens do not expire): the database stays the durable
 * truth, and an instance that starts reads it before it serves.
 */
final class GridSessionCache implements SessionCache, EntryAddedListener<String, String>,
        EntryUpdatedListener<String, String> {

    static final String MAP = "gatehouse-sessions";

    private static final Logger LOG = Logger.getLogger(GridSessionCache.class.getName());
    private static final long GRACE_MILLIS = 60_000;
    private static final long LONGEST_TTL_MILLIS = TimeUnit.DAYS.toMillis(1);

    private final IMap<String, String> grid;
    private final InMemorySessionCache local;
    private final Consumer<TokenHash> revokedElsewhere;
    private final Executor handOff;
    private final UUID listener;

    GridSessionCache(IMap<String, String> grid, InMemorySessionCache local, Consumer<TokenHash> revokedElsewhere,
            Executor handOff) {
        this.grid = grid;
        this.local = local;
        this.revokedElsewhere = revokedElsewhere;
        this.handOff = handOff;
        this.listener = grid.addEntryListener(this, true);
    }

    @Override
    public CachedSession get(TokenHash hash) {
        CachedSession session = local.get(hash);
        if (session != null) {
            return session;
        }
        String shared = grid.get(hash.hex());
        return shared == null ? null : local.merge(hash, SessionText.parse(shared));
    }

    @Override
    public CachedSession known(TokenHash hash) {
        return local.get(hash);
    }

    @Override
    public void put(TokenHash hash, CachedSession session) {
        CachedSession held = local.merge(hash, session);
        grid.set(hash.hex(), SessionText.of(held), ttlMillis(held), TimeUnit.MILLISECONDS);
    }

    @Override
    public void load(TokenHash hash, CachedSession session) {
        local.load(hash, session);
    }

    @Override
    public void extend(TokenHash hash, long expiresAtMillis) {
        local.extend(hash, expiresAtMillis);
        share(hash, session -> session.withExpiryAtLeast(expiresAtMillis));
    }

    @Override
    public void markRevoked(TokenHash hash) {
        local.markRevoked(hash);
        share(hash, CachedSession::asRevoked);
    }

    @Override
    public int removeExpiredBefore(long epochMillis) {
        return local.removeExpiredBefore(epochMillis);
    }

    @Override
    public int size() {
        return local.size();
    }

    @Override
    public long countActive(long nowMillis) {
        return local.countActive(nowMillis);
    }

    /**
     * Applies {@code change} to the grid's entry by compare-and-set, merged with this instance's copy; an entry
     * missing from the grid (a session loaded from the database) is added from the local copy.
     */
    private void share(TokenHash hash, UnaryOperator<CachedSession> change) {
        String key = hash.hex();
        while (true) {
            CachedSession mine = local.get(hash);
            String shared = grid.get(key);
            if (shared == null) {
                if (mine == null) {
                    return;
                }
                CachedSession wanted = change.apply(mine);
                if (grid.putIfAbsent(key, SessionText.of(wanted), ttlMillis(wanted), TimeUnit.MILLISECONDS) == null) {
                    return;
                }
                continue;
            }
            CachedSession current = SessionText.parse(shared);
            CachedSession wanted = change.apply(current.mergedWith(mine));
            if (wanted.equals(current)) {
                return;
            }
            if (grid.replace(key, shared, SessionText.of(wanted))) {
                grid.setTtl(key, ttlMillis(wanted), TimeUnit.MILLISECONDS);
                return;
            }
        }
    }

    @Override
    public void entryAdded(EntryEvent<String, String> event) {
        applyFromElsewhere(event);
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
        applyFromElsewhere(event);
    }

    /** Runs on a Hazelcast event thread: a map merge, then the revocation handed to an application thread. */
    private void applyFromElsewhere(EntryEvent<String, String> event) {
        if (event.getMember().localMember() || event.getValue() == null) {
            return;
        }
        try {
            TokenHash hash = TokenHash.fromHex(event.getKey());
            CachedSession incoming = SessionText.parse(event.getValue());
            CachedSession before = local.get(hash);
            CachedSession after = local.merge(hash, incoming);
            if (after.revoked() && (before == null || !before.revoked())) {
                handOff.execute(() -> revokedElsewhere.accept(hash));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignored a session change from another member that could not be read", e);
        }
    }

    /** Until the session expires, plus a minute so a late read still answers "expired"; a day at most. */
    private static long ttlMillis(CachedSession session) {
        long untilExpiry = session.expiresAtMillis() - System.currentTimeMillis();
        if (untilExpiry > LONGEST_TTL_MILLIS) {
            return LONGEST_TTL_MILLIS;
        }
        return Math.max(1_000, untilExpiry + GRACE_MILLIS);
    }

    void close() {
        grid.removeEntryListener(listener);
    }
}
