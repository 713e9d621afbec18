package io.gatehouse.ratelimit;

import java.time.Duration;

/**
 * Counts requests per key in fixed windows: the first hit of a key opens a window of the given length, and
 * within it at most {@code limit} hits are allowed; the first hit after it ends opens the next. Atomic per
 * key. A key is always used with the same window. In memory on one instance now; a cluster shares them
 * later (one JCache entry per key, updated by an entry processor).
 */
public interface RateLimitCounters {

    /** Counts one hit of the key (when allowed; a refused hit changes nothing) and reports the window's state. */
    RateLimitUsage hit(String key, int limit, Duration window);
}
