package io.gatehouse.ratelimit.boundary;

import io.gatehouse.ratelimit.control.RateLimitHeaders;
import io.gatehouse.ratelimit.control.RateLimiter;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import io.gatehouse.metrics.control.GatehouseMetrics;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Map;

/**
 * Counts each request to one resource method in its bucket before the access filter runs (so refused
 * attempts count too), refuses it with {@code 429} over the limit, and leaves the count for
 * {@link RateLimitHeaders}. {@code OPTIONS} is never counted.
 */
public final class RateLimitFilter implements ContainerRequestFilter {

    /** Request property set on every request a resource method's filter saw, counted or not. */
    static final String COUNTED = RateLimitFilter.class.getName() + ".counted";

    private final Bucket bucket;
    private volatile RateLimiter limiter;

    RateLimitFilter(Bucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(COUNTED, Boolean.TRUE);
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        Caller caller = (Caller) request.getProperty(Caller.ATTRIBUTE);
        RateLimitUsage usage = limiter().hit(bucket, caller);
        if (usage == null) {
            return;
        }
        request.setProperty(RateLimitHeaders.USAGE, usage);
        if (!usage.allowed()) {
            CDI.current().select(GatehouseMetrics.class).get().rateLimited(caller);
            throw tooManyRequests(usage);
        }
    }

    public static ApiProblem tooManyRequests(RateLimitUsage usage) {
        String seconds = Integer.toString(usage.resetSeconds());
        return new ApiProblem(429, "rate_limited", "Too many requests: retry in " + seconds + " seconds", true,
                Map.of("Retry-After", seconds, RateLimitHeaders.LIMIT, Integer.toString(usage.limit()),
                        RateLimitHeaders.REMAINING, "0", RateLimitHeaders.RESET, seconds));
    }

    /** Looked up on first use: filters are created at deployment, before every server has its CDI beans ready. */
    private RateLimiter limiter() {
        RateLimiter current = limiter;
        if (current == null) {
            current = CDI.current().select(RateLimiter.class).get();
            limiter = current;
        }
        return current;
    }
}
