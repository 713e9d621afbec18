package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.entity.RateLimitUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of one instance: a {@link ConcurrentHashMap} from key to one {@link AtomicLong} holding the
 * window's start (epoch seconds, high 32 bits) and its count (low 32 bits), updated by compare-and-set, so
 * a hit takes no lock and allocates nothing once the key exists. A key whose window has ended is idle:
 * its next hit would open a fresh window anyway, so {@link #forgetIdle()} (every minute) removes it, and no
 * key outlives its window by more than a minute. Chosen by {@code io.gatehouse.cluster.control.ClusterBackends} on a
 * single instance; not a CDI bean of its own.
 */
public class InMemoryRateLimitCounters implements RateLimitCounters {

    /** The state of a counter the sweep has removed; a hit that meets it starts over with a new counter. */
    private static final long REMOVED = -1L;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private final Clock clock;

    public InMemoryRateLimitCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RateLimitUsage hit(String key, int limit, Duration window) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        Counter counter = counters.get(key);
        while (true) {
            if (counter == null) {
                counter = counters.computeIfAbsent(key, k -> new Counter(windowMillis));
            }
            long state = counter.get();
            if (state == REMOVED) {
                counters.remove(key, counter);
                counter = null;
                continue;
            }
            long end = (state >>> 32) * 1000 + windowMillis;
            int count = (int) state;
            if (now >= end) {
                long start = now / 1000;
                if (counter.compareAndSet(state, start << 32 | 1)) {
                    return usage(limit, 1, start * 1000 + windowMillis - now, windowMillis, true);
                }
            } else if (count >= limit) {
                return usage(limit, count, end - now, windowMillis, false);
            } else if (counter.compareAndSet(state, state + 1)) {
                return usage(limit, count + 1, end - now, windowMillis, true);
            }
        }
    }

    /** Removes every key whose window has ended; returns how many. */
    @Override
    public int forgetIdle() {
        long now = clock.millis();
        int removed = 0;
        for (Map.Entry<String, Counter> entry : counters.entrySet()) {
            Counter counter = entry.getValue();
            long state = counter.get();
            boolean idle = state == REMOVED
                    || now >= (state >>> 32) * 1000 + counter.windowMillis && counter.compareAndSet(state, REMOVED);
            if (idle && counters.remove(entry.getKey(), counter)) {
                removed++;
            }
        }
        return removed;
    }

    /** How many keys are held. */
    int size() {
        return counters.size();
    }

    /** The usage a response reports, the time until the window resets clamped to [1 ms, the window]. */
    public static RateLimitUsage usage(int limit, int count, long untilResetMillis, long windowMillis, boolean allowed) {
        long clamped = Math.min(Math.max(untilResetMillis, 1), windowMillis);
        int resetSeconds = (int) Math.max(1, (clamped + 999) / 1000);
        return new RateLimitUsage(limit, Math.max(0, limit - count), resetSeconds, allowed);
    }

    /** One key's window: start and count in one long; the window's length so the sweep knows when it ends. */
    private static final class Counter extends AtomicLong {

        private static final long serialVersionUID = 1L;

        final long windowMillis;

        Counter(long windowMillis) {
            this.windowMillis = windowMillis;
        }
    }
}
