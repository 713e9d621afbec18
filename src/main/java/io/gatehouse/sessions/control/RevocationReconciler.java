package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.RevokedToken;
import io.gatehouse.sessions.entity.SessionRevoked;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforces the database's revocations on this instance's memory every {@code CLUSTER_RECONCILE_SECONDS}, whatever
 * was missed on the way (a data grid write that failed, a listener event lost in a partition, a member restarted
 * next to a stale grid): every credential in the revocation journal ({@link RevocationJournal}) and every ended
 * Clerk session since the last pass is refused here from then on, and its open streams close. Each pass reads
 * only what changed since the previous one (less an overlap for clocks and long transactions), so its cost
 * follows the revocation rate, not the number of sessions; the first pass after start-up looks back further than
 * any grid entry lives.
 */
@ApplicationScoped
public class RevocationReconciler {

    static final Duration OVERLAP = Duration.ofSeconds(30);
    static final Duration FIRST_LOOK_BACK = Duration.ofHours(26);
    static final int PAGE = 10_000;

    private static final Logger LOG = Logger.getLogger(RevocationReconciler.class.getName());
    private static final long LOG_FAILURE_EVERY_MILLIS = 60_000;

    @Inject
    @ConfigProperty(name = "cluster.reconcile-seconds", defaultValue = "10")
    int everySeconds;

    @Inject
    RevocationJournal journal;

    @Inject
    ClerkSessionEnds clerkSessionEnds;

    @Inject
    SessionCache cache;

    @Inject
    Event<SessionRevoked> streamsClosed;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicLong enforced = new AtomicLong();
    private volatile long lastPassMillis = -1;
    private volatile long sinceMillis;
    private volatile long lastFailureLoggedMillis;
    private ScheduledFuture<?> passes;

    void onStart(@Observes StartupEvent event) {
        if (everySeconds < 1) {
            throw new IllegalStateException("CLUSTER_RECONCILE_SECONDS must be at least 1, not " + everySeconds);
        }
        sinceMillis = clock.millis() - FIRST_LOOK_BACK.toMillis();
        passes = scheduler.scheduleWithFixedDelay(this::passQuietly, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (passes != null) {
            passes.cancel(false);
        }
    }

    /** One pass; returns how many credentials this instance still accepted that the database says are revoked. */
    public int pass() {
        long started = clock.millis();
        OffsetDateTime since = Instant.ofEpochMilli(sinceMillis).minus(OVERLAP).atOffset(ZoneOffset.UTC);
        Set<TokenHash> newlyRefused = new HashSet<>();
        String afterHash = "";
        OffsetDateTime from = since;
        while (true) {
            List<RevokedToken> page = journal.after(from, afterHash, PAGE);
            newlyRefused.addAll(cache.enforceRevoked(page.stream().map(RevokedToken::hash).toList()));
            if (page.size() < PAGE) {
                break;
            }
            RevokedToken last = page.get(page.size() - 1);
            from = last.revokedAt();
            afterHash = last.hex();
        }
        newlyRefused.addAll(clerkSessionEnds.enforceEndedSince(since));
        newlyRefused.forEach(hash -> streamsClosed.fire(new SessionRevoked(hash)));
        enforced.addAndGet(newlyRefused.size());
        sinceMillis = started;
        lastPassMillis = clock.millis() - started;
        if (!newlyRefused.isEmpty()) {
            int count = newlyRefused.size();
            LOG.warning(() -> "Reconciliation refused " + count + " credential(s) revoked in the database that this "
                    + "instance still accepted (a revocation notice was missed)");
        }
        return newlyRefused.size();
    }

    private void passQuietly() {
        try {
            pass();
        } catch (RuntimeException e) {
            long now = clock.millis();
            if (now - lastFailureLoggedMillis >= LOG_FAILURE_EVERY_MILLIS) {
                lastFailureLoggedMillis = now;
                LOG.log(Level.WARNING, "Reconciliation with the database's revocations failed; retrying every "
                        + everySeconds + " s: " + e);
            }
        }
    }

    /** Credentials refused by reconciliation since start-up (each one a notice that was missed). */
    public long enforced() {
        return enforced.get();
    }

    /** How long the last pass took, in milliseconds; -1 before the first. */
    public long lastPassMillis() {
        return lastPassMillis;
    }
}
