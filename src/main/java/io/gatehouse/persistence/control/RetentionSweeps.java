package io.gatehouse.persistence.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention sweeps of the features that keep rows for a while (ended sessions, abandoned devices, applied
 * webhook deliveries) on the managed scheduler: a minute after start-up (sooner when the interval is shorter), then
 * every {@code RETENTION_SWEEP_SECONDS}. A sweep deletes in batches of {@link #BATCH} rows, each batch a transaction
 * of its own, until a batch comes back short, so no lock is held for long and a sweep interrupted half-way loses
 * nothing. Features pick their rows with {@code FOR UPDATE SKIP LOCKED}: instances of a cluster sweeping at the same
 * moment take different rows instead of waiting for (or deadlocking on) each other. A failed sweep is logged and
 * tried again at the next interval.
 */
@ApplicationScoped
public class RetentionSweeps {

    /** Rows per transaction. */
    public static final int BATCH = 1_000;

    private static final Logger LOG = Logger.getLogger(RetentionSweeps.class.getName());
    private static final long FIRST_AFTER_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "retention.sweep-seconds", defaultValue = "3600")
    long intervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

    /**
     * Schedules the sweep of a feature that keeps rows for {@code days} days (the setting {@code setting}, logged to
     * {@code log} and refused at start-up when below 1): {@code batch} is given the cut-off, that many days ago.
     */
    public void scheduleDays(Logger log, String setting, int days, String what, ToIntFunction<Instant> batch) {
        if (days < 1) {
            String message = "Gatehouse refuses to start: " + setting + " must be at least 1, got " + days;
            log.severe(message);
            throw new IllegalStateException(message);
        }
        schedule(what, () -> batch.applyAsInt(clock.instant().minus(Duration.ofDays(days))));
    }

    /**
     * Schedules a sweep; {@code batch} deletes at most {@link #BATCH} rows in a transaction of its own and returns how
     * many, {@code what} names the rows in the log.
     */
    public void schedule(String what, IntSupplier batch) {
        if (intervalSeconds < 1) {
            String message = "Gatehouse refuses to start: RETENTION_SWEEP_SECONDS must be at least 1, got " + intervalSeconds;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        long first = Math.min(FIRST_AFTER_SECONDS, intervalSeconds);
        scheduled.add(scheduler.scheduleWithFixedDelay(() -> sweep(what, batch), first, intervalSeconds, TimeUnit.SECONDS));
    }

    /** Deletes batch after batch until one comes back short ({@link #BATCH}); returns how many rows went. */
    public static int drain(IntSupplier batch) {
        int total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted >= BATCH);
        return total;
    }

    /** A point in time as JDBC binds it on every database and provider (native queries take no java.time values everywhere). */
    public static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static void sweep(String what, IntSupplier batch) {
        try {
            int deleted = drain(batch);
            if (deleted > 0) {
                LOG.info(() -> "Retention: deleted " + deleted + " " + what);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention: deleting " + what + " failed; trying again at the next sweep", e);
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(task -> task.cancel(false));
    }
}
