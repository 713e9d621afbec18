package io.gatehouse.ratelimit;

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

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    /** Request property under which {@link RateLimitFilter} leaves the request's {@link RateLimitUsage}. */
    static final String USAGE = RateLimitUsage.class.getName();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof RateLimitUsage usage) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            write(usage, headers::putSingle);
        }
    }

    /** Writes the three headers of a counted request with {@code header} (name, value). */
    static void write(RateLimitUsage usage, BiConsumer<String, String> header) {
        header.accept(LIMIT, Integer.toString(usage.limit()));
        header.accept(REMAINING, Integer.toString(usage.remaining()));
        header.accept(RESET, Integer.toString(usage.resetSeconds()));
    }
}
