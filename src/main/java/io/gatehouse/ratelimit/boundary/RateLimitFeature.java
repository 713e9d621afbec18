package io.gatehouse.ratelimit.boundary;

import io.gatehouse.ratelimit.entity.Bucket;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Gives every resource method a {@link RateLimitFilter} for its bucket, read once at deployment from
 * {@link RateLimited} on the method, else on its class, else {@link Bucket#API}. The filter runs before
 * authorization ({@code Priorities.AUTHENTICATION}), so requests the access filter refuses count too.
 */
@Provider
public class RateLimitFeature implements DynamicFeature {

    static final int PRIORITY = Priorities.AUTHENTICATION - 100;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        context.register(new RateLimitFilter(bucketOf(method, resource.getResourceClass())), PRIORITY);
    }

    static Bucket bucketOf(Method method, Class<?> type) {
        RateLimited chosen = method.getAnnotation(RateLimited.class);
        if (chosen == null && type != null) {
            chosen = type.getAnnotation(RateLimited.class);
        }
        return chosen == null ? Bucket.API : chosen.value();
    }
}
