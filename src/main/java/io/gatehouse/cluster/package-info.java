/**
 * One instance or a cluster: picks, at start-up, the implementations behind the seams that must be shared
 * when several instances serve one API ({@link io.gatehouse.sessions.control.SessionCache},
 * {@link io.gatehouse.ratelimit.control.RateLimitCounters}, {@link io.gatehouse.streaming.control.RunEventNotifications} and
 * the instance membership research runs are owned by). On Payara Micro joined to other members, they go
 * through Payara's own Hazelcast data grid ({@code payara/Hazelcast} in JNDI); everywhere else (WildFly,
 * {@code --nocluster}, {@code CLUSTER_MODE=off}) the in-memory ones.
 *
 * <p>Only {@link io.gatehouse.cluster.control.ClusterBackends} is a CDI bean here. The classes that use Hazelcast's
 * types are plain classes created after the JNDI lookup succeeded, so a server without Hazelcast never loads
 * them. Values crossing the grid are strings and longs: entry and topic listeners run on Hazelcast's threads,
 * which cannot load the application's classes.
 */
package io.gatehouse.cluster;
