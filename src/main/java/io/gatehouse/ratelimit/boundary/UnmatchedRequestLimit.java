package io.gatehouse.ratelimit.boundary;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.ratelimit.control.RateLimitHeaders;
import io.gatehouse.ratelimit.control.RateLimiter;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import io.gatehouse.kernel.AccessRefused;
import io.gatehouse.problems.control.ProblemRewrite;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts the requests no resource method took (an unknown path, a wrong method) in the per-address public bucket,
 * so probing for paths costs like any other request. Every resource method has a {@link RateLimitFilter}, which
 * marks the requests it saw; a request without the mark reached no method. It is counted once its 404 or 405 is
 * built (JAX-RS runs no request filter for it), and over the limit that answer becomes the {@code 429}.
 * {@code OPTIONS} is never counted.
 */
@Provider
public class UnmatchedRequestLimit implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RateLimitFilter.COUNTED) != null || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        RateLimitUsage usage = CDI.current().select(RateLimiter.class).get().hit(Bucket.PUBLIC, null);
        if (usage == null) {
            return;
        }
        request.setProperty(RateLimitHeaders.USAGE, usage);
        RateLimitHeaders.write(usage, response.getHeaders()::putSingle);
        if (!usage.allowed()) {
            AccessRefused.report(AccessRefused.Reason.RATE_LIMITED, null);
            ProblemRewrite.into(request, response, FeatureProblems.of(RateLimitHeaders.tooManyRequests(usage)));
        }
    }
}
