package io.gatehouse.ratelimit.boundary;

import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitFeatureTest {

    @RateLimited(Bucket.PUBLIC)
    static class PublicResource {
        public void page() {
        }

        @RateLimited(Bucket.WEBHOOKS)
        public void hook() {
        }
    }

    static class PlainResource {
        public void list() {
        }
    }

    @Test
    void theMethodWinsOverItsClassAndTheDefaultIsTheApiBucket() throws Exception {
        assertEquals(Bucket.WEBHOOKS, RateLimitFeature.bucketOf(PublicResource.class.getMethod("hook"), PublicResource.class));
        assertEquals(Bucket.PUBLIC, RateLimitFeature.bucketOf(PublicResource.class.getMethod("page"), PublicResource.class));
        assertEquals(Bucket.API, RateLimitFeature.bucketOf(PlainResource.class.getMethod("list"), PlainResource.class));
    }

    @Test
    void theRefusalCarriesEveryHeaderAndSaysWhenToRetry() {
        var problem = io.gatehouse.problems.control.FeatureProblems.of(io.gatehouse.ratelimit.control.RateLimitHeaders.tooManyRequests(new RateLimitUsage(3, 0, 42, false)));
        assertEquals(429, problem.status());
        assertEquals("rate_limited", problem.code());
        assertEquals("Too many requests: retry in 42 seconds", problem.detail());
        assertEquals(true, problem.retryable());
        assertEquals("42", problem.headers().get("Retry-After"));
        assertEquals("3", problem.headers().get("RateLimit-Limit"));
        assertEquals("0", problem.headers().get("RateLimit-Remaining"));
        assertEquals("42", problem.headers().get("RateLimit-Reset"));
    }
}
