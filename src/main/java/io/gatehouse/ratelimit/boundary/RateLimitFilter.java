package io.gatehouse.ratelimit.boundary;

import io.gatehouse.ratelimit.control.RateLimitHeaders;
import io.gatehouse.ratelimit.control.RateLimiter;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import io.gatehouse.kernel.AccessRefused;
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
            AccessRefused.report(AccessRefused.Reason.RATE_LIMITED, caller);
            throw RateLimitHeaders.tooManyRequests(usage);
        }
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
