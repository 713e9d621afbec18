package io.gatehouse.cluster.control;

import com.hazelcast.map.IMap;
import io.gatehouse.ratelimit.control.InMemoryRateLimitCounters;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate-limit counters shared by every member: one grid entry per key holds the window's start (epoch seconds,
 * high 32 bits) and how many hits the cluster has been granted in it (low 32 bits), changed only by
 * compare-and-set, so the members together never allow more than the limit in a window.
 *
 * <p>A member takes hits from the grid in claims: one at a time for limits up to 199 (exact: a client spreading
 * requests over the members gets exactly the limit), a hundredth of the limit at a time above that, so a key
 * hit thousands of times a second costs a grid round trip only now and then. What a member claimed and did
 * not use before the window ends is lost, so above 199 a client can be refused up to (members − 1) ×
 * (limit / 100) hits early; never late. Once the grid refuses, the member refuses locally until the window
 * ends. Idle grid entries expire (the map's max-idle, set by {@link HazelcastGrid}).
 *
 * <p>Values are sealed under the cluster secret ({@link GridSeal}); one that does not verify counts as no entry
 * and is replaced, so a process without the secret cannot grant a client more hits than the limit (at worst,
 * by deleting entries, it restarts a window, which it could do by flooding the grid anyway).
 */
public final class GridRateLimitCounters implements RateLimitCounters {

    public static final String MAP = "gatehouse-rate-limits";
    static final int EXACT_BELOW = 200;

    private final IMap<String, Object> grid;
    private final GridSeal seal;
    private final Clock clock;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    GridRateLimitCounters(IMap<String, Object> grid, GridSeal seal, Clock clock) {
        this.grid = grid;
        this.seal = seal;
        this.clock = clock;
    }

    @Override
    public RateLimitUsage hit(String key, int limit, Duration window) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        Lease lease = leases.get(key);
        if (lease != null && now < lease.endMillis) {
            if (lease.take()) {
                return InMemoryRateLimitCounters.usage(limit, lease.used(), lease.endMillis - now, windowMillis, true);
            }
            if (lease.refused) {
                return InMemoryRateLimitCounters.usage(limit, limit, lease.endMillis - now, windowMillis, false);
            }
        }
        Lease claimed = claim(key, limit, windowMillis, now);
        leases.put(key, claimed);
        boolean allowed = claimed.take();
        return InMemoryRateLimitCounters.usage(limit, allowed ? claimed.used() : limit, claimed.endMillis - now,
                windowMillis, allowed);
    }

    /** Claims hits from the grid's entry for the key, opening a new window when the entry's has ended. */
    private Lease claim(String key, int limit, long windowMillis, long now) {
        int wanted = limit < EXACT_BELOW ? 1 : limit / 100;
        while (true) {
            Object stored = grid.get(key);
            String text = seal.open(key, stored);
            Long state = text == null ? null : Long.valueOf(text);
            long start = state == null ? 0 : state >>> 32;
            long end = start * 1000 + windowMillis;
            if (state == null || now >= end) {
                long newStart = now / 1000;
                int granted = Math.min(wanted, limit);
                Object opened = sealed(key, newStart << 32 | granted);
                boolean won = stored == null ? grid.putIfAbsent(key, opened) == null : grid.replace(key, stored, opened);
                if (won) {
                    return new Lease(newStart * 1000 + windowMillis, granted, granted, limit);
                }
                continue;
            }
            int count = (int) (state & 0xFFFF_FFFFL);
            if (count >= limit) {
                return Lease.refused(end, limit);
            }
            int granted = Math.min(wanted, limit - count);
            if (grid.replace(key, stored, sealed(key, state + granted))) {
                return new Lease(end, granted, count + granted, limit);
            }
        }
    }

    private Object sealed(String key, long state) {
        return seal.seal(key, Long.toString(state));
    }

    @Override
    public int forgetIdle() {
        long now = clock.millis();
        int before = leases.size();
        leases.values().removeIf(lease -> now >= lease.endMillis);
        return before - leases.size();
    }

    /** The hits this member may still allow in a window without asking the grid. */
    private static final class Lease {

        final long endMillis;
        final boolean refused;
        private final AtomicInteger left;
        /** The cluster's count in the window once this claim was granted. */
        private final int countAfterClaim;
        private final int limit;

        Lease(long endMillis, int granted, int countAfterClaim, int limit) {
            this.endMillis = endMillis;
            this.refused = granted == 0;
            this.left = new AtomicInteger(granted);
            this.countAfterClaim = countAfterClaim;
            this.limit = limit;
        }

        static Lease refused(long endMillis, int limit) {
            return new Lease(endMillis, 0, limit, limit);
        }

        boolean take() {
            int now = left.get();
            while (now > 0) {
                if (left.compareAndSet(now, now - 1)) {
                    return true;
                }
                now = left.get();
            }
            return false;
        }

        /** The hits counted in the window as far as this member knows: the grid's count less what is unused here. */
        int used() {
            return Math.min(limit, countAfterClaim - left.get());
        }
    }
}
