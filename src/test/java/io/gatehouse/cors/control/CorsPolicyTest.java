package io.gatehouse.cors.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private final CorsPolicy policy = new CorsPolicy(" http://localhost:3000 ,https://App.Example.com/,");

    @Test
    void onlyTheConfiguredOriginsAreAllowed() {
        assertTrue(policy.allows("http://localhost:3000"));
        assertTrue(policy.allows("https://app.example.com"), "origins compare without case and trailing slash");
        assertFalse(policy.allows("http://localhost:3001"));
        assertFalse(policy.allows("https://app.example.com.evil.net"));
        assertFalse(policy.allows("null"));
        assertFalse(policy.allows(null));
        assertFalse(new CorsPolicy("").allows("http://localhost:3000"));
    }

    @Test
    void requestedHeadersAreGrantedOnlyFromTheAllowList() {
        assertEquals("Authorization, Content-Type", CorsPolicy.grantedHeaders("Authorization, Content-Type"));
        assertEquals("", CorsPolicy.grantedHeaders(null));
        assertNull(CorsPolicy.grantedHeaders("authorization, x-forwarded-host"));
    }

    @Test
    void browsersMayReadTheRateLimitHeaders() {
        for (String header : new String[] {"Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}) {
            assertTrue(CorsPolicy.EXPOSED_HEADERS.contains(header), header);
        }
    }
}
