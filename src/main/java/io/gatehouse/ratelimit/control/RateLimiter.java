package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.entity.RateLimitException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import io.gatehouse.kernel.AccessRefused;
import io.gatehouse.network.control.ClientAddress;
import io.gatehouse.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Counts the current request in its bucket: picks the key (principal or client address) and the limit. */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateLimitCounters counters;

    @Inject
    RateLimitSettings settings;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<AccessRefused> refused;

    /**
     * Counts the request (of the caller, {@code null} when none) and reports its window, or returns
     * {@code null} when its bucket is switched off.
     */
    public RateLimitUsage hit(Bucket bucket, Caller caller) {
        if (bucket == Bucket.API && caller != null) {
            int limit = settings.limitOf(Bucket.API);
            return limit == 0 ? null : counters.hit(Bucket.API.prefix() + caller.principalId(), limit, Bucket.API.window());
        }
        Bucket perAddress = bucket == Bucket.API ? Bucket.PUBLIC : bucket;
        int limit = settings.limitOf(perAddress);
        return limit == 0 ? null : counters.hit(perAddress.prefix() + clientAddress.of(request), limit, perAddress.window());
    }

    /**
     * Counts a request that no resource method serves (a {@code /ws} handshake, answered by a servlet filter) as one
     * of them would be counted, putting the {@code RateLimit-*} headers on the response; returns the {@code 429} to
     * answer when it is over its limit, else {@code null}.
     */
    public RateLimitException admit(Bucket bucket, Caller caller, HttpServletResponse response) {
        RateLimitUsage usage = hit(bucket, caller);
        if (usage == null) {
            return null;
        }
        RateLimitHeaders.write(usage, response::setHeader);
        if (usage.allowed()) {
            return null;
        }
        refused.fire(new AccessRefused(AccessRefused.Reason.RATE_LIMITED, caller));
        return RateLimitHeaders.tooManyRequests(usage);
    }
}
