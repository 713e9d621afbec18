package io.gatehouse.cluster.control;

import com.hazelcast.map.IMap;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.kernel.TokenHash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Writes a member's session changes to the grid map, sealed ({@link GridSeal}): a mint is set, every other change
 * is a compare-and-set of the merged value ({@link CachedSession#mergedWith}), so concurrent changes on several
 * members converge and a revocation is never undone. Revocations are retried; what still fails is left to the
 * other members' reconciliation, never thrown at a caller whose revocation already committed.
 */
final class GridSessionWrites {

    static final int REVOCATION_ATTEMPTS = 3;
    static final long RETRY_PAUSE_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(GridSessionWrites.class.getName());
    private static final long GRACE_MILLIS = 60_000;
    private static final long LONGEST_TTL_MILLIS = TimeUnit.DAYS.toMillis(1);

    private final IMap<String, String> grid;
    private final InMemorySessionCache local;
    private final GridSeal seal;

    GridSessionWrites(IMap<String, String> grid, InMemorySessionCache local, GridSeal seal) {
        this.grid = grid;
        this.local = local;
        this.seal = seal;
    }

    void set(TokenHash hash, CachedSession session) {
        grid.set(hash.hex(), seal.seal(hash.hex(), SessionText.of(session)), ttlMillis(session), TimeUnit.MILLISECONDS);
    }

    /** Marks each revoked in the grid, retrying the ones that failed; returns how many could not be written. */
    int shareRevocations(Collection<TokenHash> hashes) {
        List<TokenHash> pending = new ArrayList<>(hashes);
        for (int attempt = 1; attempt <= REVOCATION_ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1 && !pause(RETRY_PAUSE_MILLIS * (attempt - 1))) {
                break;
            }
            pending.removeIf(hash -> tryShare(hash, CachedSession::asRevoked));
        }
        if (!pending.isEmpty()) {
            int failed = pending.size();
            LOG.warning(() -> failed + " revocation(s) could not be written to the data grid; every member refuses them "
                    + "at its next reconciliation with the database (CLUSTER_RECONCILE_SECONDS)");
        }
        return pending.size();
    }

    private boolean tryShare(TokenHash hash, UnaryOperator<CachedSession> change) {
        try {
            share(hash, change);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Applies {@code change} to the grid's entry by compare-and-set, merged with this member's copy; an entry
     * missing from the grid (or not sealed by a member) is replaced from the local copy.
     */
    void share(TokenHash hash, UnaryOperator<CachedSession> change) {
        String key = hash.hex();
        while (true) {
            CachedSession mine = local.get(hash);
            String stored = grid.get(key);
            String opened = seal.open(key, stored);
            if (opened == null) {
                if (mine == null) {
                    return;
                }
                CachedSession wanted = change.apply(mine);
                String sealed = seal.seal(key, SessionText.of(wanted));
                boolean written = stored == null
                        ? grid.putIfAbsent(key, sealed, ttlMillis(wanted), TimeUnit.MILLISECONDS) == null
                        : grid.replace(key, stored, sealed);
                if (written) {
                    return;
                }
                continue;
            }
            CachedSession current = SessionText.parse(opened);
            CachedSession wanted = change.apply(current.mergedWith(mine));
            if (wanted.equals(current)) {
                return;
            }
            if (grid.replace(key, stored, seal.seal(key, SessionText.of(wanted)))) {
                grid.setTtl(key, ttlMillis(wanted), TimeUnit.MILLISECONDS);
                return;
            }
        }
    }

    /** Until the session expires, plus a minute so a late read still answers "expired"; a day at most. */
    static long ttlMillis(CachedSession session) {
        long untilExpiry = session.expiresAtMillis() - System.currentTimeMillis();
        if (untilExpiry > LONGEST_TTL_MILLIS) {
            return LONGEST_TTL_MILLIS;
        }
        return Math.max(1_000, untilExpiry + GRACE_MILLIS);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
