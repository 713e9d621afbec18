package io.gatehouse.ratelimit;

import io.gatehouse.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;

/** Counts the current request in its bucket: picks the key (principal or client address) and the limit. */
@ApplicationScoped
public class RateLimiter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    RateLimitCounters counters;

    @Inject
    RateLimitSettings settings;

    @Inject
    HttpServletRequest request;

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
        return limit == 0 ? null : counters.hit(perAddress.prefix() + clientAddress(), limit, perAddress.window());
    }

    private String clientAddress() {
        ClientAddress clients = settings.clientAddress();
        String peer = request.getRemoteAddr();
        if (!clients.trustsProxies()) {
            return peer;
        }
        List<String> forwardedFor = Collections.list(request.getHeaders(FORWARDED_FOR));
        return clients.of(peer, forwardedFor);
    }
}
