package io.gatehouse.cluster.control;

import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.control.RunEventNotifications;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A data grid shared by the instances of one cluster, seen through Gatehouse's own types only, so the CDI bean
 * holding it never names the grid's classes.
 */
public interface Grid {

    /**
     * The session cache of this instance, kept in {@code local} and shared with the others; {@code revokedElsewhere}
     * hears of each session another instance revoked, on {@code handOff}.
     */
    SessionCache sessionCache(InMemorySessionCache local, GridSeal seal, Consumer<TokenHash> revokedElsewhere,
            Executor handOff);

    RateLimitCounters rateLimitCounters(GridSeal seal, Clock clock);

    /** Run events published on any instance, delivered to {@code local}'s listeners here (on {@code handOff}). */
    RunEventNotifications runEventNotifications(InMemoryRunEventNotifications local, GridSeal seal, Executor handOff);

    /** Notices that a user changed, applied to {@code local} here and on every other member (on {@code handOff}). */
    UserCacheNotices userCacheNotices(LocalUserCacheNotices local, GridSeal seal, Executor handOff);

    /** This instance's id among the members; stable while it runs, new after a restart. */
    String localMemberId();

    /** The ids of the members now in the cluster, this one included. */
    Set<String> memberIds();

    /** Calls {@code listener} with the id of each member that leaves the cluster (a stop or a crash). */
    void onMemberLeft(Consumer<String> listener);

    /** A line for the log: the grid, its members and how it finds them. */
    String describe();

    /** Whether the grid was configured to find other members (a one-member grid of {@code --nocluster} was not). */
    boolean joinsOthers();

    /** Stops listening (undeploy); the grid itself belongs to the server. */
    void close();
}
