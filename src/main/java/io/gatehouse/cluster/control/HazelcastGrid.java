package io.gatehouse.cluster.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.Config;
import com.hazelcast.config.DiscoveryConfig;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.control.RunEventNotifications;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Payara Micro's Hazelcast member, as the {@link Grid} Gatehouse's cluster implementations use. */
public final class HazelcastGrid implements Grid {

    /** Longer than the longest rate-limit window (an hour), so an entry is idle only once its window ended. */
    static final int RATE_LIMIT_MAX_IDLE_SECONDS = 3660;

    /** Payara's discovery of a domain's admin server, the join of {@code --nocluster} and of no flags at all. */
    private static final String PAYARA_DOMAIN_DISCOVERY = "DomainDiscoveryStrategy";

    private static final Logger LOG = Logger.getLogger(HazelcastGrid.class.getName());

    private final HazelcastInstance hazelcast;
    private final List<Runnable> closing = new ArrayList<>();

    private HazelcastGrid(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        configureMaps(hazelcast.getConfig());
    }

    /** The grid behind a JNDI lookup's result, or null when it is not a Hazelcast member. */
    public static Grid of(Object found) {
        return found instanceof HazelcastInstance instance ? new HazelcastGrid(instance) : null;
    }

    /** Backups for the shared state (a member may crash without loss) and idle expiry for rate-limit keys. */
    private static void configureMaps(Config config) {
        try {
            config.addMapConfig(new MapConfig(GridSessionCache.MAP).setBackupCount(1));
            config.addMapConfig(new MapConfig(GridRateLimitCounters.MAP).setBackupCount(1)
                    .setMaxIdleSeconds(RATE_LIMIT_MAX_IDLE_SECONDS));
        } catch (InvalidConfigurationException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Kept the data grid's own configuration of Gatehouse's maps: " + e.getMessage());
        }
    }

    @Override
    public SessionCache sessionCache(InMemorySessionCache local, GridSeal seal, Consumer<TokenHash> revokedElsewhere,
            Executor handOff) {
        GridSessionCache cache = new GridSessionCache(hazelcast.getMap(GridSessionCache.MAP), local, seal,
                revokedElsewhere, handOff);
        closing.add(cache::close);
        return cache;
    }

    @Override
    public RateLimitCounters rateLimitCounters(GridSeal seal, Clock clock) {
        return new GridRateLimitCounters(hazelcast.getMap(GridRateLimitCounters.MAP), seal, clock);
    }

    @Override
    public RunEventNotifications runEventNotifications(InMemoryRunEventNotifications local, GridSeal seal,
            Executor handOff) {
        GridRunEventNotifications notifications = new GridRunEventNotifications(
                hazelcast.getTopic(GridRunEventNotifications.TOPIC), seal, local, handOff);
        closing.add(notifications::close);
        return notifications;
    }

    @Override
    public UserCacheNotices userCacheNotices(LocalUserCacheNotices local, GridSeal seal, Executor handOff) {
        GridUserCacheNotices notices = new GridUserCacheNotices(hazelcast.getTopic(GridUserCacheNotices.TOPIC), seal,
                local, handOff);
        closing.add(notices::close);
        return notices;
    }

    @Override
    public String localMemberId() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public Set<String> memberIds() {
        return hazelcast.getCluster().getMembers().stream().map(member -> member.getUuid().toString())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void onMemberLeft(Consumer<String> listener) {
        UUID registration = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a member joining changes nothing: it reads the database and the grid itself
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                listener.accept(event.getMember().getUuid().toString());
            }
        });
        closing.add(() -> hazelcast.getCluster().removeMembershipListener(registration));
    }

    /**
     * Whether the member was told how to find others: {@code --clustermode tcpip|multicast|dns|kubernetes}, a
     * Hazelcast file with a join, or already more than one member. Payara Micro's default "domain" mode (what
     * {@code --nocluster} leaves in place) only looks for a Payara Server domain's admin server, so alone it
     * counts as a single instance.
     */
    @Override
    public boolean joinsOthers() {
        JoinConfig join = hazelcast.getConfig().getNetworkConfig().getJoin();
        DiscoveryConfig discovery = join.getDiscoveryConfig();
        boolean otherDiscovery = discovery.getDiscoveryServiceProvider() != null
                || discovery.getDiscoveryStrategyConfigs().stream()
                        .anyMatch(strategy -> !String.valueOf(strategy.getClassName()).endsWith(PAYARA_DOMAIN_DISCOVERY));
        return join.getTcpIpConfig().isEnabled() || join.getMulticastConfig().isEnabled()
                || join.getKubernetesConfig().isEnabled() || otherDiscovery
                || join.getAwsConfig().isEnabled() || join.getGcpConfig().isEnabled()
                || join.getAzureConfig().isEnabled() || join.getEurekaConfig().isEnabled()
                || hazelcast.getCluster().getMembers().size() > 1;
    }

    @Override
    public String describe() {
        JoinConfig join = hazelcast.getConfig().getNetworkConfig().getJoin();
        Set<Member> members = hazelcast.getCluster().getMembers();
        return "Hazelcast cluster '" + hazelcast.getConfig().getClusterName() + "', " + members.size()
                + " member(s) " + members.stream().map(m -> m.getAddress().toString()).collect(Collectors.joining(", "))
                + "; join: tcp-ip " + join.getTcpIpConfig().isEnabled() + " " + join.getTcpIpConfig().getMembers()
                + ", multicast " + join.getMulticastConfig().isEnabled()
                + ", kubernetes " + join.getKubernetesConfig().isEnabled()
                + ", discovery " + join.getDiscoveryConfig().getDiscoveryStrategyConfigs().stream()
                        .map(strategy -> String.valueOf(strategy.getClassName())).toList()
                + ", auto-detection " + join.isAutoDetectionEnabled();
    }

    @Override
    public void close() {
        for (Runnable step : closing) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not stop listening to the data grid", e);
            }
        }
    }
}
