package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.entity.RateLimitException;
import io.gatehouse.kernel.FeatureException.Reason;
import java.util.Map;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.function.BiConsumer;

/**
 * Puts {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} on the response to
 * every counted request, whatever its status. A global filter rather than part of the per-method one, because
 * every server runs global response filters on the responses its exception mappers build too.
 */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    /** Request property under which {@link RateLimitFilter} leaves the request's {@link RateLimitUsage}. */
    public static final String USAGE = RateLimitUsage.class.getName();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof RateLimitUsage usage) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            write(usage, headers::putSingle);
        }
    }

    /** Writes the three headers of a counted request with {@code header} (name, value). */
    public static void write(RateLimitUsage usage, BiConsumer<String, String> header) {
        header.accept(LIMIT, Integer.toString(usage.limit()));
        header.accept(REMAINING, Integer.toString(usage.remaining()));
        header.accept(RESET, Integer.toString(usage.resetSeconds()));
    }

    /** The 429 answer for a spent limit, with its {@code Retry-After} and rate-limit headers. */
    public static RateLimitException tooManyRequests(RateLimitUsage usage) {
        String seconds = Integer.toString(usage.resetSeconds());
        return new RateLimitException(Reason.LIMITED, "rate_limited", "Too many requests: retry in " + seconds + " seconds", true,
                Map.of("Retry-After", seconds, LIMIT, Integer.toString(usage.limit()),
                        REMAINING, "0", RESET, seconds));
    }
}
