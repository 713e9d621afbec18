package io.gatehouse.ratelimit.entity;

import java.time.Duration;

/** What a request counts against: a limit, its window, and whether the client is its address or its principal. */
public enum Bucket {

    /** {@code POST /auth/anonymous}, per client address ({@code RATE_LIMIT_ANONYMOUS_PER_HOUR}). */
    ANONYMOUS("anonymous:", Duration.ofHours(1)),
    /** {@code POST /auth/session}, per client address ({@code RATE_LIMIT_SESSION_PER_MINUTE}). */
    SESSION("session:", Duration.ofMinutes(1)),
    /** {@code POST /webhooks/clerk}, per client address ({@code RATE_LIMIT_WEBHOOKS_PER_MINUTE}). */
    WEBHOOKS("webhooks:", Duration.ofMinutes(1)),
    /**
     * The default: per principal for an authenticated caller ({@code RATE_LIMIT_API_PER_MINUTE}); a request
     * without a caller counts per client address in {@link #PUBLIC}.
     */
    API("api:", Duration.ofMinutes(1)),
    /** Public endpoints, per client address, whoever calls ({@code RATE_LIMIT_PUBLIC_PER_MINUTE}). */
    PUBLIC("public:", Duration.ofMinutes(1));

    private final String prefix;
    private final Duration window;

    Bucket(String prefix, Duration window) {
        this.prefix = prefix;
        this.window = window;
    }

    /** The start of every counter key of this bucket, so buckets never share a counter. */
    public String prefix() {
        return prefix;
    }

    public Duration window() {
        return window;
    }
}
