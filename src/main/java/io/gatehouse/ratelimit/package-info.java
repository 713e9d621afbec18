/**
 * Rate limits: which bucket a request counts against ({@link io.gatehouse.ratelimit.boundary.RateLimited}, chosen once
 * per resource method by {@link io.gatehouse.ratelimit.boundary.RateLimitFeature}; a {@code /ws} handshake and a request
 * no resource method took count too), the key of a request (its principal, or its client address by the one rule
 * of {@code network.ClientAddress}), the counters behind the small
 * {@link io.gatehouse.ratelimit.control.RateLimitCounters} interface (in memory, or shared across a cluster), and the
 * {@code 429} with its {@code Retry-After} and {@code RateLimit-*} headers. It does not authenticate: it reads the
 * caller the security feature left on the request, and lets the access filter that runs after it refuse what
 * needs refusing.
 */
package io.gatehouse.ratelimit;
