package io.gatehouse.cluster.control;

import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.accounts.entity.UserCacheStale;
import io.gatehouse.persistence.entity.DatabaseSettings;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.ratelimit.control.InMemoryRateLimitCounters;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.entity.SessionRevoked;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.control.RunEventNotifications;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides once, at start-up, whether this instance is one of a cluster, and produces the shared-state
 * implementations accordingly: the data grid's ({@link Grid}) when Payara Micro's Hazelcast member is in JNDI
 * and configured to find other members (or {@code CLUSTER_MODE=on}), the in-memory ones otherwise (WildFly,
 * {@code --nocluster}, {@code CLUSTER_MODE=off}). Features inject only the interfaces.
 */
@ApplicationScoped
public class ClusterBackends {

    static final long FORGET_IDLE_EVERY_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(ClusterBackends.class.getName());

    @Inject
    @ConfigProperty(name = "cluster.mode", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "cluster.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "db.url", defaultValue = DatabaseSettings.DEFAULT_URL)
    String databaseUrl;

    @Inject
    Clock clock;

    @Inject
    Event<SessionRevoked> revoked;

    @Inject
    Event<UserCacheStale> userCacheStale;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Grid grid;
    private GridSeal seal;
    private String alone = "no data grid";
    private RateLimitCounters rateLimitCounters;
    private ScheduledFuture<?> forgetting;

    @PostConstruct
    void choose() {
        String wanted = mode.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("auto") && !wanted.equals("on") && !wanted.equals("off")) {
            throw new IllegalStateException("CLUSTER_MODE must be auto, on or off, not " + mode);
        }
        if (wanted.equals("off")) {
            alone = "CLUSTER_MODE=off";
            return;
        }
        Grid found = GridLookup.find();
        if (found != null && (wanted.equals("on") || found.joinsOthers())) {
            seal = GridSeal.forClusterMember(secret.orElse(null));
            grid = found;
        } else if (found != null) {
            alone = "the data grid is set to find no other member (--nocluster): " + found.describe();
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (grid == null) {
            LOG.info(() -> "Single instance (" + alone + "): sessions, revocations, rate limits and run events are "
                    + "kept in memory");
        } else {
            LOG.info(() -> "Clustered through the data grid: " + grid.describe());
            if (DatabaseSettings.embeddedH2(databaseUrl)) {
                LOG.warning("This instance is clustered but uses its own embedded H2 database (" + databaseUrl
                        + "): every instance of a cluster must use one shared PostgreSQL database (DB_URL, DB_USER, "
                        + "DB_PASSWORD), or instances will disagree about users, sessions and data.");
            }
        }
        forgetting = scheduler.scheduleWithFixedDelay(() -> rateLimitCounters().forgetIdle(),
                FORGET_IDLE_EVERY_SECONDS, FORGET_IDLE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (forgetting != null) {
            forgetting.cancel(false);
        }
        if (grid != null) {
            grid.close();
        }
    }

    /** Whether this instance shares its state with others through the data grid. */
    public boolean clustered() {
        return grid != null;
    }

    @Produces
    @ApplicationScoped
    SessionCache sessionCache() {
        InMemorySessionCache local = new InMemorySessionCache();
        if (grid == null) {
            return local;
        }
        Consumer<TokenHash> elsewhere = hash -> revoked.fire(new SessionRevoked(hash));
        return grid.sessionCache(local, seal, elsewhere, new OrderedHandOff(executor));
    }

    @Produces
    @ApplicationScoped
    RunEventNotifications runEventNotifications() {
        InMemoryRunEventNotifications local = new InMemoryRunEventNotifications();
        return grid == null ? local : grid.runEventNotifications(local, seal, new OrderedHandOff(executor));
    }

    @Produces
    @ApplicationScoped
    UserCacheNotices userCacheNotices() {
        LocalUserCacheNotices local = new LocalUserCacheNotices(userCacheStale);
        return grid == null ? local : grid.userCacheNotices(local, seal, new OrderedHandOff(executor));
    }

    /** Grid values or messages ignored since start-up because their seal did not verify (0 when single). */
    public long rejectedGridValues() {
        return seal == null ? 0 : seal.rejected();
    }

    @Produces
    @ApplicationScoped
    RateLimitCounters rateLimitCountersBean() {
        return rateLimitCounters();
    }

    @Produces
    @ApplicationScoped
    InstanceMembership membership() {
        if (grid == null) {
            return new SingleInstance(UUID.randomUUID().toString());
        }
        return new GridMembership(grid, new OrderedHandOff(executor));
    }

    private synchronized RateLimitCounters rateLimitCounters() {
        if (rateLimitCounters == null) {
            rateLimitCounters = grid == null ? new InMemoryRateLimitCounters(clock) : grid.rateLimitCounters(seal, clock);
        }
        return rateLimitCounters;
    }
}
