package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.entity.RateLimitUsage;
import java.time.Duration;

/**
 * Counts requests per key in fixed windows: the first hit of a key opens a window of the given length, and
 * within it at most {@code limit} hits are allowed; the first hit after it ends opens the next. Atomic per
 * key. A key is always used with the same window. In memory on one instance; in a cluster the counts are
 * shared, so a client spreading requests over several instances gets the limit once, not once per instance.
 */
public interface RateLimitCounters {

    /** Counts one hit of the key (when allowed; a refused hit changes nothing) and reports the window's state. */
    RateLimitUsage hit(String key, int limit, Duration window);

    /** Forgets the keys whose window has ended (a new hit opens a fresh window anyway); returns how many. */
    int forgetIdle();
}
