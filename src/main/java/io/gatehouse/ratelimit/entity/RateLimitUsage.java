package io.gatehouse.ratelimit.entity;

/**
 * One counted request: the limit of its window, how many requests the window has left, the whole seconds
 * until it resets (at least 1), and whether this request was let through.
 */
public record RateLimitUsage(int limit, int remaining, int resetSeconds, boolean allowed) {
}
