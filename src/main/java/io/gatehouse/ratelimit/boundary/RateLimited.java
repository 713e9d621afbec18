package io.gatehouse.ratelimit.boundary;

import io.gatehouse.ratelimit.entity.Bucket;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bucket a resource method (or every method of a resource class) counts against. Without it a method
 * counts in {@link Bucket#API}: per principal, or per client address in {@link Bucket#PUBLIC} without a caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    Bucket value();
}
