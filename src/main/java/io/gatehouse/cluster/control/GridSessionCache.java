package io.gatehouse.cluster.control;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.TokenHash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The session cache of one member of a cluster. Every lookup is answered from the full local copy (a
 * {@link InMemorySessionCache}); only a token this instance has never seen costs one grid read (minted on
 * another instance a moment ago). Mints, renewals and revocations are written to one grid map, keyed by token
 * hash ({@link GridSessionWrites}), whose entry listener brings the other members' changes into the local copy
 * within milliseconds.
 *
 * <p>Every value in the map is sealed under the cluster secret ({@link GridSeal}): a value that does not verify
 * is neither trusted on a miss nor merged from the listener, so a process that joins the grid without the secret
 * cannot make this member accept a token. Entries live until the session expires (a day at most; agent tokens
 * do not expire): the database stays the durable truth, an instance that starts reads it before it serves, and
 * the reconciliation with the database's revocations corrects whatever the grid missed.
 */
public final class GridSessionCache implements SessionCache, EntryAddedListener<String, String>,
        EntryUpdatedListener<String, String> {

    public static final String MAP = "gatehouse-sessions";

    private static final Logger LOG = Logger.getLogger(GridSessionCache.class.getName());
    private static final UUID UNKNOWN = new UUID(0, 0);
    private static final long REFUSAL_KEPT_MILLIS = TimeUnit.DAYS.toMillis(1) + TimeUnit.HOURS.toMillis(2);

    private final IMap<String, String> grid;
    private final InMemorySessionCache local;
    private final GridSeal seal;
    private final GridSessionWrites writes;
    private final Consumer<TokenHash> revokedElsewhere;
    private final Executor handOff;
    private final UUID listener;

    GridSessionCache(IMap<String, String> grid, InMemorySessionCache local, GridSeal seal,
            Consumer<TokenHash> revokedElsewhere, Executor handOff) {
        this.grid = grid;
        this.local = local;
        this.seal = seal;
        this.writes = new GridSessionWrites(grid, local, seal);
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
        String shared = seal.open(hash.hex(), grid.get(hash.hex()));
        return shared == null ? null : local.merge(hash, SessionText.parse(shared));
    }

    @Override
    public CachedSession known(TokenHash hash) {
        return local.get(hash);
    }

    @Override
    public void put(TokenHash hash, CachedSession session) {
        writes.set(hash, local.merge(hash, session));
    }

    @Override
    public void load(TokenHash hash, CachedSession session) {
        local.load(hash, session);
    }

    @Override
    public void extend(TokenHash hash, long expiresAtMillis) {
        local.extend(hash, expiresAtMillis);
        writes.share(hash, session -> session.withExpiryAtLeast(expiresAtMillis));
    }

    @Override
    public void markRevoked(TokenHash hash) {
        markRevoked(List.of(hash));
    }

    /** All of them here first, so a grid failure half-way leaves none of them valid on this member. */
    @Override
    public void markRevoked(Collection<TokenHash> hashes) {
        hashes.forEach(local::markRevoked);
        writes.shareRevocations(hashes);
    }

    @Override
    public Set<TokenHash> enforceRevoked(Collection<TokenHash> hashes) {
        Set<TokenHash> newlyRevoked = new HashSet<>(local.enforceRevoked(hashes));
        List<TokenHash> unknownHere = hashes.stream().filter(hash -> local.get(hash) == null).toList();
        newlyRevoked.addAll(validInGrid(unknownHere));
        writes.shareRevocations(newlyRevoked);
        return newlyRevoked;
    }

    /**
     * Of tokens this member does not hold, those the grid still holds as valid (their revocation never reached
     * it), now held here as revoked. If the grid cannot be read, each is held here as a refusal for as long as a
     * stale grid entry could live, so none can be trusted from the grid later.
     */
    private Set<TokenHash> validInGrid(List<TokenHash> unknownHere) {
        if (unknownHere.isEmpty()) {
            return Set.of();
        }
        Map<String, String> found;
        try {
            found = grid.getAll(unknownHere.stream().map(TokenHash::hex).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            unknownHere.forEach(hash -> local.merge(hash,
                    new CachedSession(UNKNOWN, UNKNOWN, CallerKind.ANONYMOUS, null, now, now + REFUSAL_KEPT_MILLIS, true)));
            return Set.of();
        }
        List<TokenHash> valid = new ArrayList<>();
        found.forEach((key, stored) -> {
            String opened = seal.open(key, stored);
            if (opened != null && !SessionText.parse(opened).revoked()) {
                TokenHash hash = TokenHash.fromHex(key);
                local.merge(hash, SessionText.parse(opened).asRevoked());
                valid.add(hash);
            }
        });
        return Set.copyOf(valid);
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
            String opened = seal.open(event.getKey(), event.getValue());
            if (opened == null) {
                return;
            }
            TokenHash hash = TokenHash.fromHex(event.getKey());
            CachedSession before = local.get(hash);
            CachedSession after = local.merge(hash, SessionText.parse(opened));
            if (after.revoked() && (before == null || !before.revoked())) {
                handOff.execute(() -> revokedElsewhere.accept(hash));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignored a session change from another member that could not be read", e);
        }
    }

    void close() {
        grid.removeEntryListener(listener);
    }
}
